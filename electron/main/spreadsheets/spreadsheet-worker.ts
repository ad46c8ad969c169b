/**
 * The spreadsheet worker's entry (a worker thread of the main process): runs SpreadsheetWork's operations as
 * main asks, posting progress on the way. Every answer is a Result; an exception becomes an error result, so the
 * worker lives on for the next request.
 */
import { parentPort } from 'node:worker_threads';
import { err } from '../../../domain';
import type { Progress } from './spreadsheet-work';
import { SpreadsheetWork } from './spreadsheet-work';
import type { WorkerReply, WorkerRequest } from './spreadsheet-worker-client';

const port = parentPort;
if (!port) throw new Error('spreadsheet-worker runs only as a worker thread');
const work = new SpreadsheetWork();

port.on('message', (request: WorkerRequest) => {
  void answer(request).then((reply) => {
    const bytes = reply.result.ok && reply.result.value instanceof Uint8Array ? [reply.result.value.buffer] : [];
    port.postMessage(reply, bytes as ArrayBuffer[]);
  });
});

async function answer({ id, operation, args }: WorkerRequest): Promise<WorkerReply> {
  const progress: Progress = (phase, done, total) => port!.postMessage({ id, progress: { phase, done, total } });
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
