/**
 * The hosted CI workflow runs only what exists: every npm script it names is in package.json, the real-Electron
 * suite runs under a virtual display on Linux, and its Node satisfies the project's engines.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { load as loadYaml } from 'js-yaml';

const ROOT = path.resolve(__dirname, '../../..');
const NPM_COMMANDS = new Set(['ci', 'install', 'test', 'start']);

interface Step {
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  jobs: Record<string, { steps: Step[]; env?: Record<string, string>; strategy?: { matrix?: { os?: string[] } } }>;
}

const workflow = loadYaml(readFileSync(path.join(ROOT, '.github/workflows/ci.yml'), 'utf8')) as Workflow;
const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};
const steps = Object.values(workflow.jobs).flatMap((job) => job.steps);
const commands = steps.flatMap((step) => (step.run ?? '').split('\n')).filter((line) => line.trim());

describe('the hosted CI workflow', () => {
  it('names only npm scripts that exist', () => {
    const named = commands.flatMap((line) =>
      [...line.matchAll(/\bnpm\s+(?:run\s+)?([\w:.-]+)/g)].map((match) => ({ line, name: match[1]! })),
    );
    expect(named.length).toBeGreaterThanOrEqual(4);
    const missing = named
      .filter(({ line, name }) => !(name in pkg.scripts) && !(NPM_COMMANDS.has(name) && !/npm\s+run\s/.test(line)))
      .map(({ line }) => line);
    expect(missing).toEqual([]);
  });

  it('runs npm test, builds the installers, and runs the real-Electron suite on every desktop platform', () => {
    expect(commands).toContain('npm test');
    expect(workflow.jobs.electron!.strategy!.matrix!.os).toEqual(['ubuntu-latest', 'windows-latest', 'macos-latest']);
    const electronSteps = workflow.jobs.electron!.steps;
    expect(electronSteps.some((s) => s.run?.startsWith('npm run dist'))).toBe(true);
    const linux = electronSteps.filter((s) => s.if === "runner.os == 'Linux'").map((s) => s.run);
    expect(linux).toEqual([
      'sudo sysctl -w kernel.apparmor_restrict_unprivileged_userns=0',
      'xvfb-run -a npm run test:electron',
    ]);
    expect(electronSteps.find((s) => s.if === "runner.os != 'Linux'")?.run).toBe('npm run test:electron');
  });

  it('installs what the export tests open their files with, in the hosted workflow and in .ci/run alike', () => {
    const ciRun = readFileSync(path.join(ROOT, '.ci/run'), 'utf8');
    const testJob = workflow.jobs.test!.steps.map((s) => s.run ?? '').join('\n');
    for (const apt of ['poppler-utils', 'libreoffice-calc-nogui']) {
      expect(testJob).toMatch(new RegExp(`apt-get install .*\\b${apt}\\b`));
      expect(ciRun).toContain(`packages+=(${apt})`);
    }
  });

  it('fails the real-Electron suite rather than letting it skip where Electron can be had', () => {
    expect(workflow.jobs.electron!.env).toMatchObject({ SCALEBOARD_REQUIRE_ELECTRON: '1' });
  });

  it('uses a Node that the project supports', () => {
    const versions = steps.map((s) => s.with?.['node-version']).filter((v) => v !== undefined);
    const minimum = Number(/>=\s*(\d+)/.exec(pkg.engines.node)![1]);
    expect(versions.length).toBeGreaterThan(0);
    for (const version of versions) expect(Number(version)).toBeGreaterThanOrEqual(minimum);
  });
});
