/**
 * How much a zipped workbook (xlsx, xlsm, ods) may unpack to: all its parts together, since SheetJS unpacks every
 * part before it reads any. The sizes the zip declares are checked first (zip-directory.ts), so an honest bomb is
 * refused before anything is inflated; a zip that understates them is stopped here while inflating, when the parts
 * so far have used the budget up, before the memory is taken.
 */
import { kMaxLength } from 'node:buffer';
import * as zlib from 'node:zlib';
import * as XLSX from 'xlsx';

/** Bytes the parts of the workbook being read may still unpack to; no budget outside withUnpackedBudget. */
let remaining = Number.POSITIVE_INFINITY;

interface ProcessChunk {
  _processChunk(chunk: Uint8Array, flushFlag: number): Buffer;
}
const inflateChunk = (zlib.InflateRaw.prototype as unknown as ProcessChunk)._processChunk;

/**
 * SheetJS inflates zip entries with its own JavaScript by default, which a damaged deflate stream can send into
 * a loop that never ends (found by the importer's fuzz test). Node's zlib refuses such a stream at once, and is
 * faster. SheetJS inflates each part with one `_processChunk` call and then probes the deprecated `bytesRead`;
 * this subclass answers with `bytesWritten`, its meaning.
 */
class BudgetedInflateRaw extends zlib.InflateRaw {
  constructor(options?: zlib.ZlibOptions) {
    // Past the budget zlib throws ERR_BUFFER_TOO_LARGE rather than grow its output.
    super({ ...options, maxOutputLength: Math.max(1, Math.min(remaining, kMaxLength)) });
  }

  _processChunk(chunk: Uint8Array, flushFlag: number): Buffer {
    const out = inflateChunk.call(this, chunk, flushFlag);
    remaining -= out.length;
    return out;
  }

  override get bytesRead(): number {
    return this.bytesWritten;
  }
}
XLSX.CFB.utils.use_zlib({ ...zlib, InflateRaw: BudgetedInflateRaw });

/** Runs `read` (a SheetJS read) with at most `bytes` to unpack over all the zip parts it inflates. */
export function withUnpackedBudget<T>(bytes: number, read: () => T): T {
  remaining = bytes;
  try {
    return read();
  } finally {
    remaining = Number.POSITIVE_INFINITY;
  }
}

/** True when `error` is zlib's refusal to unpack past the budget. */
export function isOverUnpackedBudget(error: unknown): boolean {
  return (error as NodeJS.ErrnoException | null)?.code === 'ERR_BUFFER_TOO_LARGE';
}
