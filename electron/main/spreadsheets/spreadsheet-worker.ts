/**
 * The spreadsheet process's entry: runs SpreadsheetWork's operations as main asks, posting progress on the way.
 * It runs as an Electron utility process in the app (messages through `process.parentPort`) and as a forked Node
 * child in tests and tools (messages through `process.send`). Every answer is a Result; an exception becomes an
 * error result, so the process lives on for the next request.
 */
import { err } from '../../../domain';
import type { Progress } from './spreadsheet-work';
import { SpreadsheetWork } from './spreadsheet-work';
import type { WorkerReply, WorkerRequest } from './spreadsheet-worker-client';

interface Port {
  on(listener: (request: WorkerRequest) => void): void;
  post(message: unknown): void;
}

function parentPort(): Port {
  const utility = (process as { parentPort?: Electron.ParentPort }).parentPort;
  if (utility) {
    return {
      on: (listener) => utility.on('message', (event) => listener(event.data as WorkerRequest)),
      post: (message) => utility.postMessage(message),
    };
  }
  if (process.send) {
    // A forked child ends with its parent.
    process.on('disconnect', () => process.exit(0));
    return {
      on: (listener) => process.on('message', listener as (message: unknown) => void),
      post: (message) => process.send!(message),
    };
  }
  throw new Error('spreadsheet-worker runs only as a utility or forked process');
}

const port = parentPort();
const work = new SpreadsheetWork();

port.on((request) => {
  void answer(request).then((reply) => port.post(reply));
});

async function answer({ id, operation, args }: WorkerRequest): Promise<WorkerReply> {
  const progress: Progress = (phase, done, total) => port.post({ id, progress: { phase, done, total } });
  try {
    const [a, b, c] = args as unknown[];
    const result = await (() => {
      switch (operation) {
        case 'open':
          return work.open(a as string, b as never, c as never, progress);
        case 'inspect':
          return work.inspect(a as string, b as never, c as never);
        case 'preview':
          return work.preview(a as string, b as never);
        case 'build':
          return work.build(a as string, b as never, progress);
        case 'close':
          return work.close(a as string);
        case 'xlsx':
          return work.xlsx(a as never, b as string, progress);
        case 'csv':
          return work.csv(a as never, b as string);
      }
    })();
    return { id, result };
  } catch (error) {
    return { id, result: err('worker-failed', `The spreadsheet could not be processed: ${(error as Error).message}`) };
  }
}
