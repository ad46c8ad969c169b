/**
 * Where the spreadsheet work runs: a separate process, so that a file that needs more memory than allowed, or a
 * library that crashes on it, ends that process and never the app. (A worker thread is not enough: V8 aborts the
 * whole process when one large allocation overshoots a worker's heap limit, which the tests showed.) In the app
 * it is an Electron utility process (utility-host.ts); in plain Node, for tests and tools, a forked child.
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

/** A child process of plain Node, talking over its IPC channel with structured clones. */
export const forkHost: StartHost = (entry, heapMb) => {
  const child = fork(entry, [], {
    execArgv: [`--max-old-space-size=${heapMb}`],
    serialization: 'advanced',
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  // A message to a child that has just died fails with EPIPE; its exit, reported below, answers the calls.
  child.on('error', (error) =>
    console.warn('[scaleboard] the spreadsheet process could not be reached:', error.message),
  );
  // An idle reader does not keep its parent alive.
  child.unref();
  child.channel?.unref();
  return {
    post: (message) => child.send(message as never),
    onMessage: (listener) => child.on('message', listener),
    onExit: (listener) =>
      child.once('exit', (code, signal) => listener(signal ? `it ended with ${signal}` : `it ended with code ${code}`)),
    stop: () => child.kill(),
  };
};
