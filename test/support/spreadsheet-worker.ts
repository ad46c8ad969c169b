import path from 'node:path';
import type { OperationName, SpreadsheetOperations } from '../../electron/main/spreadsheets/spreadsheet-work';
import type { WorkerOptions } from '../../electron/main/spreadsheets/spreadsheet-worker-client';
import { SpreadsheetWorkerClient } from '../../electron/main/spreadsheets/spreadsheet-worker-client';
import type { StartHost } from '../../electron/main/spreadsheets/worker-host';
import { forkHost } from '../../electron/main/spreadsheets/worker-host';

/** The spreadsheet process from source (see the file's comment); the app's built one needs `npm run build`. */
export const WORKER_FROM_SOURCE = path.join(__dirname, 'spreadsheet-worker-entry.cjs');

function isUsage(message: unknown): message is { usage: { peakRssBytes: number } } {
  return typeof message === 'object' && message !== null && 'usage' in message;
}

/**
 * Runs one operation in a fresh spreadsheet process, with the app's heap cap unless told otherwise, and reports
 * its answer with the seconds it took (the process's start included) and the most memory the process held.
 */
export async function measuredCall<K extends OperationName>(
  operation: K,
  args: SpreadsheetOperations[K]['args'],
  options: Omit<WorkerOptions, 'start'> = {},
) {
  let reportUsage: (bytes: number) => void = () => {};
  const usage = new Promise<number>((resolve) => (reportUsage = resolve));
  const start: StartHost = (entry, heapMb) => {
    const host = forkHost(entry, heapMb);
    host.onMessage((message) => {
      if (isUsage(message)) reportUsage(message.usage.peakRssBytes);
    });
    return host;
  };
  const logged: string[] = [];
  const client = new SpreadsheetWorkerClient(WORKER_FROM_SOURCE, { log: (m) => logged.push(m), ...options, start });
  const started = performance.now();
  try {
    const result = await client.call(operation, args);
    const seconds = (performance.now() - started) / 1000;
    // The report follows the answer; a process that died sends none.
    const died = !result.ok && result.error.code === 'worker-failed';
    const peakRssBytes = died ? Number.NaN : await usage;
    return { result, seconds, peakMb: peakRssBytes / 1024 / 1024, logged };
  } finally {
    client.stop();
  }
}
