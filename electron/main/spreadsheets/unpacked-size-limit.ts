/**
 * How much a zipped workbook (xlsx, xlsm, ods) may unpack to: all its parts together, since SheetJS unpacks every
 * part before it reads any. The sizes the zip declares are checked first, so an honest bomb is refused before
 * anything is inflated; a zip that understates them is stopped while inflating, when the parts so far have used
 * the budget up, before the memory is taken.
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

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;

/**
 * The sum of the unpacked sizes the zip's central directory declares for its parts, or null when the directory
 * cannot be found or walked (SheetJS then says what is wrong with the file). A size kept in a ZIP64 extra field
 * is read from there.
 */
export function declaredUnpackedBytes(bytes: Uint8Array): number | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes, followed by a comment of up to 65,535.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  if (end < stop) return null;
  const entries = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  let total = 0;
  for (let i = 0; i < entries; i += 1) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== DIRECTORY_ENTRY) return null;
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    let size = view.getUint32(at + 24, true);
    if (size === UNKNOWN_32) {
      const zip64 = zip64Size(view, at + 46 + nameLength, extraLength);
      if (zip64 === null) return null;
      size = zip64;
    }
    total += size;
    at += 46 + nameLength + extraLength + commentLength;
  }
  return total;
}

/** The unpacked size in an entry's ZIP64 extra field, which comes first there when the entry's own is unknown. */
function zip64Size(view: DataView, start: number, length: number): number | null {
  const end = Math.min(start + length, view.byteLength);
  for (let at = start; at + 4 <= end;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA && size >= 8 && at + 12 <= end) return Number(view.getBigUint64(at + 4, true));
    at += 4 + size;
  }
  return null;
}
