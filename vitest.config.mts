import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        plugins: [react()],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.{ts,tsx}'],
          environment: 'node',
          globals: true,
          setupFiles: ['test/unit/setup.ts'],
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          environment: 'node',
          globals: true,
          // Real files of real size (a 250,000-row CSV, 5 million cells): seconds on a busy two-core machine.
          testTimeout: 30_000,
          setupFiles: ['test/integration/setup.ts'],
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          environment: 'node',
          globals: true,
          setupFiles: ['test/e2e/harness/page-guard.ts'],
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 120_000,
          hookTimeout: 60_000,
          // A poll returns as soon as it holds; the default second is too short for an export or a closed popup
          // on a two-core machine that is also building, and made passing tests fail under load.
          expect: { poll: { timeout: 10_000 } },
        },
      },
      {
        // The real Electron (npm run test:electron, not part of npm test): skipped, with the reason, where it cannot run.
        test: {
          name: 'electron',
          include: ['test/electron/**/*.test.ts'],
          environment: 'node',
          globals: true,
          pool: 'forks',
          fileParallelism: false,
          testTimeout: 180_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
