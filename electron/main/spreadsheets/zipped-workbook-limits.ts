/**
 * A zipped workbook measured before SheetJS unpacks and reads it: by the sizes its parts declare, and by the
 * ranges its sheets use, counted in their XML (ods-extent.ts, xlsx-extent.ts) with the rule the reader applies
 * after SheetJS. What SheetJS would spend on a file past the limits is then never spent.
 */
import type { Result } from '../../../domain';
import { odsExtents } from './ods-extent';
import type { SheetExtent } from './spreadsheet-limits';
import { cellsPastLimit, SPREADSHEET_LIMITS, unpacksTooLarge } from './spreadsheet-limits';
import { worksheetExtent, worksheetNames } from './xlsx-extent';
import type { ZipDirectory } from './zip-directory';
import { readZipDirectory, unpackZipEntry } from './zip-directory';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/i;

/** The refusal of a zipped workbook past a limit, or null to let SheetJS read it (and say what else is wrong). */
export function refuseZippedWorkbook(bytes: Uint8Array, fileName: string): Result<never> | null {
  const directory = readZipDirectory(bytes);
  if (!directory) return null;
  if (directory.unpackedBytes > SPREADSHEET_LIMITS.unpackedBytes) return unpacksTooLarge(fileName);
  try {
    const unpack = partReader(bytes, directory);
    const content = unpack('content.xml');
    if (content !== null) return cellsPastLimit(fileName, odsExtents(content).map(named));
    const worksheets = [...directory.entries.keys()].filter((name) => WORKSHEET.test(name));
    if (!worksheets.length) return null;
    const names = worksheetNames(unpack('xl/workbook.xml') ?? '', unpack('xl/_rels/workbook.xml.rels') ?? '');
    const extents: SheetExtent[] = [];
    for (const part of worksheets) {
      const xml = unpack(part);
      if (xml !== null) extents.push(named(worksheetExtent(xml, names.get(part) ?? part)));
    }
    return cellsPastLimit(fileName, extents);
  } catch (error) {
    // The parts unpack to more than the zip declared; anything else is for SheetJS to find and name.
    return (error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' ? unpacksTooLarge(fileName) : null;
  }
}

/** A sheet's name as the user knows it, from an attribute read as Latin-1 (see partReader). */
function named(extent: SheetExtent): SheetExtent {
  if (extent.sheet === undefined) return extent;
  const sheet = Buffer.from(extent.sheet, 'latin1')
    .toString('utf8')
    .replace(/&(lt|gt|quot|apos|amp);/g, (_, entity: string) => XML_ENTITIES[entity]!);
  return { ...extent, sheet };
}
const XML_ENTITIES: Record<string, string> = { lt: '<', gt: '>', quot: '"', apos: "'", amp: '&' };

/**
 * The text of a part by name, or null when there is none or it is damaged; all the parts read share the unpacked
 * budget. Latin-1 keeps one byte a character: the markup is ASCII, and the text between is not looked at.
 */
function partReader(bytes: Uint8Array, directory: ZipDirectory): (name: string) => string | null {
  let remaining: number = SPREADSHEET_LIMITS.unpackedBytes;
  return (name) => {
    const entry = directory.entries.get(name);
    const part = entry ? unpackZipEntry(bytes, entry, remaining) : null;
    if (!part) return null;
    remaining -= part.length;
    return part.toString('latin1');
  };
}
