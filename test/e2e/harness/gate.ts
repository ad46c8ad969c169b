import type { Page } from 'playwright-core';

/**
 * Records a decision in the gate dialog: picks it, writes the rationale, and records it once the dialog
 * accepts it. Picking and typing are repeated if a busy machine re-rendered the dialog between them.
 */
export async function recordDecision(page: Page, decision: RegExp, rationale?: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: /^Gate decision/ });
  await dialog.waitFor();
  const record = dialog.getByRole('button', { name: 'Record decision' });
  for (let attempt = 0; attempt < 3; attempt += 1) {
    await dialog.getByRole('radio', { name: decision }).check();
    if (rationale !== undefined) await dialog.getByLabel(/Rationale/).fill(rationale);
    // A go with exception or a hold needs an action: a blank one is named after the decision's rationale.
    const untitled = dialog
      .getByRole('textbox', { name: /^Action \d+: title$/ })
      .and(dialog.locator('input:placeholder-shown'));
    if ((await untitled.count()) > 0) await untitled.first().fill(`Follow up: ${rationale ?? 'the decision'}`);
    if (await record.isEnabled({ timeout: 3000 }).catch(() => false)) break;
    await page.waitForTimeout(500);
  }
  await record.click({ timeout: 10_000 });
  await dialog.waitFor({ state: 'detached' });
}
