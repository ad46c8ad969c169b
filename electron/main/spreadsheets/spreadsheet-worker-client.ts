/**
 * Main's side of the spreadsheet worker: starts the worker thread on first use, sends it operations, relays its
 * progress, and answers every call with a Result, also when the worker dies (its memory limit, a bug): then the
 * calls in flight get an error naming what happened, and the next call starts a fresh worker. The worker holds
 * the import dialog's workbook, so an import in flight when it dies must be started again; nothing else is lost.
 */
import { Worker } from 'node:worker_threads';
import type { Result } from '../../../domain';
import { err } from '../../../domain';
import type { OperationName, SpreadsheetOperations } from './spreadsheet-work';

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

/** Heap for the worker: room for a 100 MiB workbook's cells, but a bomb ends the worker, not the app. */
const WORKER_HEAP_MB = 2048;
/**
 * The longest one operation may take. The largest file Scaleboard accepts reads in well under a minute; past
 * this, something in a damaged file has sent a library into a loop, and the worker is ended so the app is not.
 */
const DEADLINE_MS = 5 * 60_000;

export class SpreadsheetWorkerClient {
  private worker: Worker | null = null;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;

  constructor(
    private readonly entry: string,
    private readonly limits: { heapMb?: number; deadlineMs?: number } = {},
  ) {}

  call<K extends OperationName>(
    operation: K,
    args: SpreadsheetOperations[K]['args'],
    onProgress?: (progress: WorkerProgress) => void,
  ): Promise<Result<SpreadsheetOperations[K]['result']>> {
    const id = this.nextId++;
    const deadlineMs = this.limits.deadlineMs ?? DEADLINE_MS;
    return new Promise((resolve) => {
      const worker = this.start();
      const timer = setTimeout(() => {
        if (!this.pending.has(id)) return;
        this.worker = null;
        this.failAll(`it took longer than ${formatDuration(deadlineMs)}; the file may be damaged`);
        void worker.terminate();
      }, deadlineMs);
      timer.unref();
      this.pending.set(id, {
        resolve: (result) => {
          clearTimeout(timer);
          (resolve as Pending['resolve'])(result);
        },
        onProgress,
      });
      worker.postMessage({ id, operation, args } satisfies WorkerRequest);
    });
  }

  /** Ends the worker; calls in flight are answered with an error. */
  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = null;
    this.failAll('the app is closing');
    await worker?.terminate();
  }

  private start(): Worker {
    if (this.worker) return this.worker;
    const worker = new Worker(this.entry, {
      resourceLimits: { maxOldGenerationSizeMb: this.limits.heapMb ?? WORKER_HEAP_MB },
    });
    worker.on('message', (message: WorkerMessage) => {
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
    worker.on('error', (error) => this.lost(worker, error.message));
    worker.on('exit', (code) => this.lost(worker, `it stopped with code ${code}`));
    // An idle worker does not keep the app (or the command-line tool) alive.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  private lost(worker: Worker, reason: string): void {
    if (this.worker !== worker) return;
    this.worker = null;
    this.failAll(/memory/i.test(reason) ? 'the file needs more memory than Scaleboard allows' : reason);
  }

  private failAll(reason: string): void {
    for (const [id, pending] of this.pending) {
      this.pending.delete(id);
      pending.resolve(
        err('worker-failed', `The spreadsheet work stopped before it finished (${reason}). Nothing was changed.`),
      );
    }
  }
}

function formatDuration(ms: number): string {
  if (ms >= 60_000) return `${Math.round(ms / 60_000)} minutes`;
  return ms >= 1000 ? `${Math.round(ms / 1000)} seconds` : `${ms} ms`;
}
