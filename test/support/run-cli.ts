import { runCli } from '../../electron/cli/cli';
import { WORKER_FROM_SOURCE } from './spreadsheet-worker';

/** Runs the command-line tool in-process, reading in the spreadsheet process from source, and collects its output. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return cliWithHeap(undefined, ...args);
}

/** The same with the spreadsheet process's heap set, in MB: the app's when undefined. */
export async function cliWithHeap(
  heapMb: number | undefined,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => new Date('2026-05-01T09:00:00.000Z'),
    spreadsheetProcess: { entry: WORKER_FROM_SOURCE, heapMb },
  });
  return { code, stdout, stderr };
}
