/**
 * The range each sheet of an OpenDocument spreadsheet really uses, read from its content.xml before SheetJS is.
 * One element of ODS markup may stand for many cells (table:number-columns-repeated, table:number-rows-repeated),
 * and SheetJS makes an object of every cell a filled one stands for: a few bytes can stand for a whole sheet of
 * 16,384 × 1,048,576. Counted here first, the same range as read-spreadsheet.ts counts after SheetJS, a file past
 * the cell limit is refused before that memory is taken.
 */

import type { SheetExtent } from './spreadsheet-limits';

// Any namespace prefix: the markup's meaning comes from its namespaces, not from the customary "table:".
const TAG = /<(\/?)(?:[\w.-]+:)?(table-row|table-cell|covered-table-cell|table)(?=[\s/>])([^>]*)>/g;
const ATTRIBUTES = {
  name: /\s(?:[\w.-]+:)?name="([^"]*)"/,
  rowsRepeated: /\s(?:[\w.-]+:)?number-rows-repeated="([^"]*)"/,
  columnsRepeated: /\s(?:[\w.-]+:)?number-columns-repeated="([^"]*)"/,
  valueType: /\s(?:[\w.-]+:)?value-type="([^"]*)"/,
};
const attribute = (tag: string, name: keyof typeof ATTRIBUTES) => ATTRIBUTES[name].exec(tag)?.[1];
const count = (tag: string, name: 'rowsRepeated' | 'columnsRepeated') =>
  Math.max(1, Number.parseInt(attribute(tag, name) ?? '1', 10) || 1);

/**
 * Each sheet's used range in `xml` (an ODS content.xml), in document order, by the cells that hold something: a
 * value type, or text inside. Empty cells, however many they repeat, fill no range, as SheetJS keeps none.
 */
export function odsExtents(xml: string): SheetExtent[] {
  const extents: SheetExtent[] = [];
  let sheet: SheetExtent | null = null;
  let row = 0;
  let rowRepeat = 1;
  let column = 0;
  for (const match of xml.matchAll(TAG)) {
    const [whole, closing, name, attributes] = match as unknown as [string, string, string, string];
    const selfClosing = attributes.endsWith('/');
    if (name === 'table') {
      if (closing) sheet = null;
      else if (!selfClosing) {
        sheet = { sheet: attribute(attributes, 'name') ?? '', rows: 0, columns: 0 };
        extents.push(sheet);
        row = 0;
      }
    } else if (name === 'table-row') {
      if (closing) row += rowRepeat;
      else {
        rowRepeat = count(attributes, 'rowsRepeated');
        column = 0;
        if (selfClosing) row += rowRepeat;
      }
    } else if (!closing && sheet) {
      const repeat = count(attributes, 'columnsRepeated');
      if (name === 'table-cell' && holdsSomething(xml, match.index! + whole.length, attributes, selfClosing)) {
        sheet.rows = Math.max(sheet.rows, row + rowRepeat);
        sheet.columns = Math.max(sheet.columns, column + repeat);
      }
      column += repeat;
    }
  }
  return extents;
}

/** A cell holds something when it has a value type or a paragraph of text before it closes. */
function holdsSomething(xml: string, bodyStart: number, attributes: string, selfClosing: boolean): boolean {
  if (attribute(attributes, 'valueType') !== undefined) return true;
  if (selfClosing) return false;
  const close = xml.indexOf('table-cell>', bodyStart);
  const body = xml.slice(bodyStart, close < 0 ? xml.length : close);
  return /<(?:[\w.-]+:)?p[\s/>]/.test(body);
}
