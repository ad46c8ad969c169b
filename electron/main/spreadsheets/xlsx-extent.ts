/**
 * The range each worksheet of an xlsx or xlsm really uses, read from its XML before SheetJS is. SheetJS makes an
 * object of every filled cell before any limit can look at them: 230 MiB of small cells (well under the unpacked
 * limit) cost it 30 seconds and 1.5 GB, only to be refused after. Counted here first, with the same rule that
 * read-spreadsheet.ts applies to SheetJS's cells, such a file is refused in a few seconds.
 */
import type { SheetExtent } from './spreadsheet-limits';

// Any namespace prefix (strict OOXML files use one); a cell is `c`, a row `row`.
const TAG = /<(?:[\w.-]+:)?(row|c)(?=[\s/>])([^>]*)>/g;
const REFERENCE = /\sr="([A-Z]{1,3})?(\d+)?"/;
const ROW_NUMBER = /\sr="(\d+)"/;

function columnIndex(letters: string): number {
  let index = 0;
  for (const letter of letters) index = index * 26 + (letter.charCodeAt(0) - 64);
  return index - 1;
}

/**
 * The range a worksheet's XML uses, by the cells that hold something (a self-closing `<c/>` carries only a style,
 * and SheetJS keeps none of those). Cells and rows without a reference follow the one before, as in SheetJS.
 */
export function worksheetExtent(xml: string, sheet: string): SheetExtent {
  const extent: SheetExtent = { sheet, rows: 0, columns: 0 };
  let row = 0;
  let column = -1;
  for (const [, name, attributes] of xml.matchAll(TAG) as IterableIterator<[string, string, string]>) {
    if (name === 'row') {
      const number = ROW_NUMBER.exec(attributes)?.[1];
      row = number ? Number(number) : row + 1;
      column = -1;
      continue;
    }
    const reference = REFERENCE.exec(attributes);
    column = reference?.[1] ? columnIndex(reference[1]) : column + 1;
    if (reference?.[2]) row = Number(reference[2]);
    if (attributes.endsWith('/')) continue;
    extent.rows = Math.max(extent.rows, row);
    extent.columns = Math.max(extent.columns, column + 1);
  }
  return extent;
}

/**
 * Each worksheet part of a workbook (`xl/worksheets/sheet1.xml`) with its sheet's name as written in the workbook's
 * XML, found through the workbook's relationships.
 */
export function worksheetNames(workbookXml: string, relationshipsXml: string): Map<string, string> {
  const targets = new Map<string, string>();
  for (const [tag] of relationshipsXml.matchAll(/<(?:[\w.-]+:)?Relationship\s[^>]*>/g)) {
    const id = /\sId="([^"]*)"/.exec(tag)?.[1];
    const target = /\sTarget="([^"]*)"/.exec(tag)?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const names = new Map<string, string>();
  for (const [tag] of workbookXml.matchAll(/<(?:[\w.-]+:)?sheet\s[^>]*>/g)) {
    const name = /\sname="([^"]*)"/.exec(tag)?.[1];
    const id = /\s(?:[\w.-]+:)?id="([^"]*)"/.exec(tag)?.[1];
    const part = id && targets.get(id);
    if (name !== undefined && part) names.set(part, name);
  }
  return names;
}
