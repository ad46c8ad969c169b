/**
 * The spreadsheet process's entry: runs SpreadsheetWork's operations as main asks, posting progress on the way.
 * It runs as an Electron utility process in the app (messages through `process.parentPort`) and as a forked Node
 * child in tests and tools (messages through `process.send`). Every answer is a Result; an exception becomes an
 * error result, so the process lives on for the next request.
 */
import type { Result } from '../../../domain';
import { err } from '../../../domain';
import type { OperationName, Progress, SpreadsheetOperations } from './spreadsheet-work';
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

/** Each operation with its arguments, typed by SpreadsheetOperations: main and this process cannot disagree. */
const OPERATIONS: {
  [K in OperationName]: (
    args: SpreadsheetOperations[K]['args'],
    progress: Progress,
  ) => Result<SpreadsheetOperations[K]['result']> | Promise<Result<SpreadsheetOperations[K]['result']>>;
} = {
  read: ([filePath]) => work.read(filePath),
  open: ([filePath, stages, saved], progress) => work.open(filePath, stages, saved, progress),
  inspect: ([token, choices, saved]) => work.inspect(token, choices, saved),
  preview: ([token, choices]) => work.preview(token, choices),
  build: ([token, choices], progress) => work.build(token, choices, progress),
  close: ([token]) => work.close(token),
  xlsx: ([board, now], progress) => work.xlsx(board, now, progress),
  csv: ([board, now]) => work.csv(board, now),
  actionsCsv: ([board, now]) => work.actionsCsv(board, now),
};

async function answer({ id, operation, args }: WorkerRequest): Promise<WorkerReply> {
  const progress: Progress = (phase, done, total) => port.post({ id, progress: { phase, done, total } });
  try {
    const run = OPERATIONS[operation] as (args: unknown[], progress: Progress) => Promise<Result<unknown>>;
    return { id, result: await run(args, progress) };
  } catch (error) {
    return { id, result: err('worker-failed', `The spreadsheet could not be processed: ${(error as Error).message}`) };
  }
}
