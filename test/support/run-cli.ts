import { runCli } from '../../electron/cli/cli';

/** Runs the command-line tool in-process and collects what it prints. */
export async function cli(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await runCli(args, {
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    now: () => new Date('2026-05-01T09:00:00.000Z'),
  });
  return { code, stdout, stderr };
}
