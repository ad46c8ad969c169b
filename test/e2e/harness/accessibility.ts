import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(__filename).resolve('axe-core/axe.min.js'), 'utf8');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; html: string }[];
}

/**
 * A card's handle is named by the card's title, its visible label, and described by the rest (owner, readiness,
 * risk, days), which screen readers then read after the name instead of as one 400-character name. axe's
 * label-in-name heuristic counts all of a control's text as its label, so it is not applied to card handles.
 */
const isCardHandle = (node: { html: string }) => node.html.startsWith('<div class="card-handle"');

/**
 * Rules that fail whatever impact axe gives them: axe rates them moderate or minor, but each one broke a screen
 * reader's way around the board (a column read as a list item it is not, two banners, no main landmark or first
 * heading to jump to). The page-level ones apply only when the whole page is checked.
 */
export const ALWAYS_FAIL_RULES = [
  'aria-allowed-role',
  'landmark-no-duplicate-banner',
  'landmark-one-main',
  'page-has-heading-one',
  'landmark-unique',
];

/**
 * Runs axe-core in the page (optionally on one part of it) and returns the serious and critical violations, and
 * any violation of ALWAYS_FAIL_RULES.
 */
export async function seriousViolations(page: Page, selector?: string): Promise<string[]> {
  // Evaluated rather than added as a script tag: the app's Content-Security-Policy rightly refuses inline scripts.
  await page.evaluate(`${axeSource};void 0`);
  const violations = await page.evaluate(async (context) => {
    const axe = (
      window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<{ violations: AxeViolation[] }> } }
    ).axe;
    const result = await axe.run(context ? { include: [context] } : document, { resultTypes: ['violations'] });
    return result.violations;
  }, selector ?? null);
  return violations
    .map((v) => (v.id === 'label-content-name-mismatch' ? { ...v, nodes: v.nodes.filter((n) => !isCardHandle(n)) } : v))
    .filter((v) => v.nodes.length > 0)
    .filter((v) => v.impact === 'serious' || v.impact === 'critical' || ALWAYS_FAIL_RULES.includes(v.id))
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .slice(0, 3)
          .map((n) => n.target.join(' '))
          .join(', ')}`,
    );
}
