/**
 * A zip's central directory, read without unpacking anything: what each part declares it unpacks to, and where it
 * starts, so that one part can be unpacked on its own. What a zip declares may be false: the sizes serve to refuse
 * early, and unpacking is always capped by the caller's budget.
 */
import * as zlib from 'node:zlib';

export interface ZipEntry {
  /** 0 stored, 8 deflated. */
  method: number;
  /** Where the entry's local header starts. */
  offset: number;
  compressedBytes: number;
}

export interface ZipDirectory {
  /** The sum of the unpacked sizes the parts declare. */
  unpackedBytes: number;
  entries: Map<string, ZipEntry>;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const UNKNOWN_32 = 0xffffffff;

/**
 * The zip's central directory, or null when it cannot be found or walked (SheetJS then says what is wrong with
 * the file). A size kept in a ZIP64 extra field is read from there.
 */
export function readZipDirectory(bytes: Uint8Array): ZipDirectory | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // The end record is 22 bytes, followed by a comment of up to 65,535.
  let end = bytes.length - 22;
  const stop = Math.max(0, end - 0xffff);
  while (end >= stop && view.getUint32(end, true) !== END_OF_DIRECTORY) end -= 1;
  if (end < stop) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const directory: ZipDirectory = { unpackedBytes: 0, entries: new Map() };
  for (let i = 0; i < count; i += 1) {
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
    directory.unpackedBytes += size;
    const name = Buffer.from(bytes.buffer, bytes.byteOffset + at + 46, Math.min(nameLength, bytes.length - at - 46));
    directory.entries.set(name.toString('utf8'), {
      method: view.getUint16(at + 10, true),
      offset: view.getUint32(at + 42, true),
      compressedBytes: view.getUint32(at + 20, true),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return directory;
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

/**
 * One part of the zip, unpacked as SheetJS unpacks it (a deflate stream runs from its local header to its own
 * end, whatever size is declared); null when the part is damaged or of another kind. Throws zlib's
 * ERR_BUFFER_TOO_LARGE past `maxBytes`.
 */
export function unpackZipEntry(bytes: Uint8Array, entry: ZipEntry, maxBytes: number): Buffer | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== LOCAL_HEADER) return null;
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  if (start > bytes.length) return null;
  if (entry.method === 0) {
    // Stored: no larger than the file itself.
    const stored = bytes.subarray(start, start + entry.compressedBytes);
    return Buffer.from(stored.buffer, stored.byteOffset, stored.length);
  }
  if (entry.method !== 8) return null;
  try {
    return zlib.inflateRawSync(bytes.subarray(start), { maxOutputLength: Math.max(1, maxBytes) });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw error;
    return null;
  }
}
