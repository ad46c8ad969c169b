/**
 * Imported first by main.tsx, before any schema is built: zod decides at construction whether to compile its
 * parsers with `new Function`, and even its probe for that is reported as a violation of the page's CSP, which
 * forbids eval.
 */
import { config } from 'zod';

config({ jitless: true });
