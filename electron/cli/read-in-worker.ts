/**
 * The command-line tool reads spreadsheets as the app does: in the spreadsheet process, with the app's heap cap.
 * A file that needs more memory than that ends the process, not the tool, and the tool says so in one line: the
 * process's own report of how it died stays in the pipe it writes to.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Result, WorkbookTables } from '../../domain';
import { err } from '../../domain';
import { SpreadsheetWorkerClient } from '../main/spreadsheets/spreadsheet-worker-client';

export interface SpreadsheetProcess {
  /** The process's script: the built out/main/spreadsheet-worker.js beside the built tool by default. */
  entry: string;
  /** Its heap in MB: the app's by default. */
  heapMb?: number;
}

export async function readSpreadsheetInWorker(
  filePath: string,
  worker: SpreadsheetProcess = { entry: path.join(__dirname, 'spreadsheet-worker.js') },
): Promise<Result<WorkbookTables>> {
  if (!existsSync(worker.entry)) {
    return err(
      'not-built',
      'scaleboard: the spreadsheet reader is not built yet; run `npm run build` in the Scaleboard folder.',
    );
  }
  const client = new SpreadsheetWorkerClient(worker.entry, { heapMb: worker.heapMb, log: () => {} });
  // The process does not hold its parent open (an idle reader must not keep the app alive); the tool waits for it.
  const waiting = setInterval(() => {}, 60_000);
  try {
    const read = await client.call('read', [filePath]);
    // The process's own errors name the file; its death is told without the name.
    if (!read.ok && read.error.code === 'worker-failed') {
      return err(read.error.code, `${path.basename(filePath)}: ${read.error.message}`);
    }
    return read;
  } finally {
    clearInterval(waiting);
    client.stop();
  }
}
