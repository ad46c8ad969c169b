/**
 * Every e2e test fails when a page of the app reported an error, an unhandled rejection, a console error or a CSP
 * violation, or tried a request that would have left the app's origin (see fake-electron.ts).
 */
import { afterAll, afterEach, expect } from 'vitest';
import { takeViolations } from './page-violations';

afterEach(() => {
  expect(takeViolations(), 'what the app’s pages reported during this test').toEqual([]);
});

// What a page reported after the file's last test (while its app shut down, say) fails the file too.
afterAll(() => {
  expect(takeViolations(), 'what the app’s pages reported after the last test').toEqual([]);
});
