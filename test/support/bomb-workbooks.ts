/**
 * Workbooks made to cost far more to read than their size suggests, built in code for the bomb tests: a real
 * workbook whose first sheet's XML is replaced, zipped again with Node's zlib so the files stay small.
 */
import * as XLSX from 'xlsx';
// Loading this has SheetJS inflate and deflate with Node's zlib, as the reader does.
import '../../electron/main/spreadsheets/unpacked-size-limit';

export const SHEET_HEAD =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>';
export const SHEET_TAIL = '</sheetData></worksheet>';

/** A workbook whose one sheet (named `name`) is `xml`, with any `extra` parts added. */
export function workbookWithSheet(xml: string | Buffer, extra: Record<string, Buffer> = {}, name = 'Sheet1'): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Name'], ['A']]), name);
  const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'xlsx' }) as Buffer, { type: 'buffer' });
  XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content = typeof xml === 'string' ? Buffer.from(xml) : xml;
  for (const [part, content] of Object.entries(extra)) XLSX.CFB.utils.cfb_add(zip, part, content);
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}

/** One value in the last column (XFD) of each of `rows` rows: about 17 bytes a row, 16,384 cells wide. */
export function farRightWorkbook(rows: number): Buffer {
  const xml = Array.from(
    { length: rows },
    (_, i) => `<row r="${i + 1}"><c r="XFD${i + 1}" t="inlineStr"><is><t>Row ${i + 1}</t></is></c></row>`,
  );
  return workbookWithSheet(SHEET_HEAD + xml.join('') + SHEET_TAIL);
}

/**
 * An OpenDocument workbook whose sheet is one row of text repeated `rows` times, the text repeated across
 * `columns` columns: a few hundred bytes of markup that stand for rows × columns filled cells.
 */
export function repeatedOdsWorkbook(columns: number, rows: number): Buffer {
  const book = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet([['Name'], ['A']]), 'Sheet1');
  const zip = XLSX.CFB.read(XLSX.write(book, { type: 'buffer', bookType: 'ods' }) as Buffer, { type: 'buffer' });
  const entry = XLSX.CFB.find(zip, 'content.xml')!;
  const xml = Buffer.from(entry.content as Uint8Array).toString('utf8');
  const row = `<table:table-row table:number-rows-repeated="${rows}"><table:table-cell table:number-columns-repeated="${columns}" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>`;
  const replaced = xml.replace(/<table:table-row>[\s\S]*<\/table:table-row>/, row);
  if (replaced === xml) throw new Error('the ODS template has changed');
  entry.content = Buffer.from(replaced);
  return Buffer.from(XLSX.CFB.write(zip, { type: 'buffer', fileType: 'zip', compression: true }) as Uint8Array);
}
