/**
 * Where the spreadsheet work runs: a separate process, so that a file that needs more memory than allowed, or a
 * library that crashes on it, ends that process and never the app. (A worker thread is not enough: V8 aborts the
 * whole process when one large allocation overshoots a worker's heap limit, which the tests showed.) In the app
 * it is an Electron utility process (utility-host.ts); in plain Node, for the command-line tool and tests, a
 * forked child.
 */
import { fork } from 'node:child_process';

export interface WorkerHost {
  post(message: unknown): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process ends, with how it ended. */
  onExit(listener: (how: string) => void): void;
  stop(): void;
}

export type StartHost = (entry: string, heapMb: number) => WorkerHost;

/** How much of the child's standard error is kept to say how it ended. */
const STDERR_TAIL_CHARS = 8 * 1024;

/**
 * A child process of plain Node, talking over its IPC channel with structured clones. Its standard error is kept
 * to itself: a child that runs out of memory prints V8's report and a native stack there, and the command-line
 * tool must still end with one line. The report's first line is passed on in how the child ended.
 */
export const forkHost: StartHost = (entry, heapMb) => {
  const child = fork(entry, [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  let stderr = '';
  child.stderr?.setEncoding('utf8');
  child.stderr?.on('data', (chunk: string) => (stderr = (stderr + chunk).slice(-STDERR_TAIL_CHARS)));
  let ended: string | null = null;
  const exitListeners: ((how: string) => void)[] = [];
  const end = (how: string) => {
    if (ended !== null) return;
    ended = how;
    for (const listener of exitListeners) listener(how);
  };
  // 'close' rather than 'exit': by then the child's standard error has been read to its end.
  child.once('close', (code, signal) => {
    const said = lastWords(stderr);
    const how = signal ? `it ended with ${signal}` : `it ended with code ${code}`;
    end(said ? `${how} (${said})` : how);
  });
  // A message to a child that has just died fails with EPIPE, and its exit answers the calls; a child that could
  // not start has no exit to wait for.
  child.on('error', (error) => {
    if (child.pid === undefined) end(`it could not start (${error.message})`);
  });
  // An idle reader does not keep its parent alive.
  child.unref();
  child.channel?.unref();
  (child.stderr as { unref?: () => void } | null)?.unref?.();
  return {
    post: (message) => child.send(message as never),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) => {
      if (ended !== null) listener(ended);
      else exitListeners.push(listener);
    },
    stop: () => child.kill(),
  };
};

/** The line of a dying child's standard error that says why: V8's fatal error, else its last line. */
function lastWords(stderr: string): string {
  const lines = stderr
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const line = lines.find((l) => l.startsWith('FATAL ERROR')) ?? lines.at(-1) ?? '';
  return line.slice(0, 200);
}
