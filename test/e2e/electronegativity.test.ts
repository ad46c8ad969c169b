/**
 * Electronegativity (Doyensec's checker for Electron misconfigurations) over the app's main and preload source
 * and its built page (whose Content-Security-Policy is written at build time): nothing at medium severity or
 * above. A check that needs a person's review is answered by an `eng-disable` comment beside the code saying why.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { OUT_DIR } from './harness/app-harness';

const ROOT = path.resolve(__dirname, '../..');

interface Issue {
  id: string;
  file: string;
  location: { line: number; column: number };
  severity: { value: number; name: string };
  description: string;
}
type Run = (options: Record<string, unknown>) => Promise<{ issues: Issue[]; errors: unknown[]; atomicChecks: number }>;

it('finds nothing at medium severity or above in main, preload and the built page', async () => {
  const stage = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-electronegativity-'));
  try {
    cpSync(path.join(ROOT, 'electron'), path.join(stage, 'electron'), { recursive: true });
    cpSync(path.join(OUT_DIR, 'renderer'), path.join(stage, 'renderer'), { recursive: true });
    cpSync(path.join(ROOT, 'package.json'), path.join(stage, 'package.json'));
    // The tool is CommonJS without types.
    const load = createRequire(__filename);
    const run = load('@doyensec/electronegativity') as Run;
    const { severity } = load('@doyensec/electronegativity/dist/finder') as {
      severity: Record<string, { value: number }>;
    };
    const result = await run({
      input: stage,
      isRelative: true,
      electronVersionOverride: '45.5.0',
      // Looks up Electron's release list online; the build is offline, and Electron's version is pinned.
      excludeFromScan: ['AvailableSecurityFixesGlobalCheck'],
    });
    expect(result.errors).toEqual([]);
    expect(result.atomicChecks).toBeGreaterThan(20);
    const serious = result.issues
      .filter((issue) => issue.severity.value >= severity.MEDIUM!.value)
      .map((issue) => `${issue.id} ${issue.file}:${issue.location.line} ${issue.description}`);
    expect(serious).toEqual([]);
  } finally {
    rmSync(stage, { recursive: true, force: true });
  }
});
