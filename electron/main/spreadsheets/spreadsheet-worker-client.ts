/**
 * Main's side of the spreadsheet process: starts it on first use, sends it operations, relays its progress, and
 * answers every call with a Result, also when the process dies (its memory limit, a crash in a library) or runs
 * past its deadline: then the calls in flight get an error saying what happened, and the next call starts a fresh
 * process. The process holds the import dialog's workbook, so an import in flight when it dies must be started
 * again; nothing else is lost.
 */
import type { Result } from '../../../domain';
import { err } from '../../../domain';
import type { OperationName, SpreadsheetOperations } from './spreadsheet-work';
import type { StartHost, WorkerHost } from './worker-host';
import { forkHost } from './worker-host';

export interface WorkerRequest {
  id: number;
  operation: OperationName;
  args: unknown[];
}
export interface WorkerProgress {
  phase: 'reading' | 'building' | 'writing';
  done: number;
  total: number;
}
export type WorkerReply = { id: number; result: Result<unknown> };
type WorkerMessage = WorkerReply | { id: number; progress: WorkerProgress };

interface Pending {
  resolve: (result: Result<unknown>) => void;
  onProgress?: (progress: WorkerProgress) => void;
}

/**
 * Heap for the spreadsheet process, in the app and the command-line tool alike: room for the largest workbook
 * allowed; a bomb ends that process, not the app.
 */
const WORKER_HEAP_MB = 2048;
/**
 * The longest one operation may take. The largest file Scaleboard accepts reads in well under a minute; past
 * this, something in a damaged file has sent a library into a loop, and the worker is ended so the app is not.
 */
const DEADLINE_MS = 5 * 60_000;

export interface WorkerOptions {
  heapMb?: number;
  deadlineMs?: number;
  start?: StartHost;
  /** Where to note how the process ended; the console by default. The command-line tool keeps to one line. */
  log?: (message: string) => void;
}

export class SpreadsheetWorkerClient {
  private worker: WorkerHost | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly entry: string,
    private readonly options: WorkerOptions = {},
  ) {}

  call<K extends OperationName>(
    operation: K,
    args: SpreadsheetOperations[K]['args'],
    onProgress?: (progress: WorkerProgress) => void,
  ): Promise<Result<SpreadsheetOperations[K]['result']>> {
    const id = this.nextId++;
    const deadlineMs = this.options.deadlineMs ?? DEADLINE_MS;
    return new Promise((resolve) => {
      const worker = this.start();
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.worker = null;
        this.failAll(
          `Scaleboard stopped working on this spreadsheet after ${formatDuration(deadlineMs)}: the file may be damaged. Nothing was changed; try saving it again from Excel.`,
        );
        worker.stop();
      }, deadlineMs);
      timer.unref();
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          (resolve as Pending['resolve'])(result);
        },
        onProgress,
      });
      worker.post({ id, operation, args } satisfies WorkerRequest);
    });
  }

  /** Ends the worker; calls in flight are answered with an error. */
  stop(): void {
    const worker = this.worker;
    this.worker = null;
    this.failAll('Scaleboard is closing, so the spreadsheet work was stopped. Nothing was changed.');
    worker?.stop();
  }

  private start(): WorkerHost {
    if (this.worker) return this.worker;
    const start = this.options.start ?? forkHost;
    const worker = start(this.entry, this.options.heapMb ?? WORKER_HEAP_MB);
    worker.onMessage((raw) => {
      const message = raw as WorkerMessage;
      const pending = this.pending.get(message.id);
      if (!pending) return;
      if ('progress' in message) {
        try {
          pending.onProgress?.(message.progress);
        } catch (error) {
          // Progress is only news for the window; failing to pass it on must not end the work.
          console.warn('[scaleboard] could not report spreadsheet progress:', error);
        }
        return;
      }
      this.pending.delete(message.id);
      pending.resolve(message.result);
    });
    worker.onExit((how) => this.lost(worker, how));
    this.worker = worker;
    return worker;
  }

  private lost(worker: WorkerHost, how: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    // How the process ended is for whoever reads the log; the facilitator hears what it means and what to do.
    (this.options.log ?? console.warn)(`[scaleboard] the spreadsheet process stopped: ${how}`);
    this.failAll(
      'Scaleboard could not finish with this spreadsheet: it needs more memory than Scaleboard allows, or it is damaged. Nothing was changed; try splitting it into smaller files.',
    );
  }

  private failAll(message: string): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.resolve(err('worker-failed', message));
    }
  }
}

function formatDuration(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minutes`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}
