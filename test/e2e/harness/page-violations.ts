/**
 * The shared record of what the app's pages did wrong (errors, unhandled rejections, console errors, CSP
 * violations, requests that would have left the app), filled by the stand-in and read after every test by
 * page-guard.ts.
 */
const violations: string[] = [];

export function recordViolation(what: string): void {
  violations.push(what);
}

/** What pages reported since the last call. */
export function takeViolations(): string[] {
  return violations.splice(0);
}
