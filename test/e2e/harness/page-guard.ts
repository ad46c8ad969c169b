/**
 * Every e2e test fails when a page of the app reported an error, an unhandled rejection, a console error or a CSP
 * violation, or tried a request that would have left the app's origin (see fake-electron.ts).
 */
import { afterEach, expect } from 'vitest';
import { takeViolations } from './fake-electron';

afterEach(() => {
  expect(takeViolations(), 'what the app’s pages reported during this test').toEqual([]);
});
