// `npm run fuzz`: the fuzz tests with many more cases than `npm test` runs (FUZZ_RUNS, 20,000 by default).
import { spawnSync } from 'node:child_process';

const runs = process.env.FUZZ_RUNS ?? '20000';
const result = spawnSync('npx', ['vitest', 'run', '--project', 'unit', '--project', 'integration', 'fuzz'], {
  stdio: 'inherit',
  shell: process.platform === 'win32',
  env: { ...process.env, FUZZ_RUNS: runs },
});
process.exit(result.status ?? 1);
