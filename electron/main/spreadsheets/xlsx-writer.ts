/**
 * Writes export tables as an .xlsx workbook with what leaders expect of one: bold, frozen header rows, filters
 * and column widths. SheetJS's community build cannot write styles or frozen panes, so this small writer produces
 * the OOXML itself; every string is a text cell, so no exported value can ever run as a formula, and text that
 * looks like one carries Excel's quote prefix so it stays text even when the cell is edited.
 */
import type { ExportCell, ExportSheet } from '../../../domain';
import { columnLetter, isFormulaLike } from '../../../domain';
import { zip } from './zip-writer';

const NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const DAY_MS = 86_400_000;
const EPOCH_1900 = Date.UTC(1899, 11, 30);

/** Style indexes in styles.xml below. */
const STYLE = { normal: 0, header: 1, date: 2, quotedText: 3 } as const;

/** Characters XML 1.0 cannot hold, and CR, which XML parsers turn into LF: Excel writes them as _xHHHH_. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B-\u000D\u000E-\u001F\uFFFE\uFFFF]/g;

/** Text for an XML text node: escapes markup, and Excel's own _xHHHH_ escape for control characters and CR. */
function xmlText(value: string): string {
  return value
    .replace(/_(x[0-9A-Fa-f]{4}_)/g, '_x005F_$1')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(CONTROL_CHARACTERS, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

function attr(value: string): string {
  return xmlText(value).replace(/"/g, '&quot;');
}

function cellXml(ref: string, cell: ExportCell, header: boolean): string {
  if (cell === null) return '';
  if (typeof cell === 'number') {
    return Number.isFinite(cell) ? `<c r="${ref}"${header ? ` s="${STYLE.header}"` : ''}><v>${cell}</v></c>` : '';
  }
  if (typeof cell === 'object') {
    const serial = (Date.parse(cell.date) - EPOCH_1900) / DAY_MS;
    return Number.isFinite(serial) ? `<c r="${ref}" s="${STYLE.date}"><v>${serial}</v></c>` : '';
  }
  const style = header ? STYLE.header : isFormulaLike(cell) ? STYLE.quotedText : STYLE.normal;
  return `<c r="${ref}" t="inlineStr"${style ? ` s="${style}"` : ''}><is><t xml:space="preserve">${xmlText(cell)}</t></is></c>`;
}

function sheetXml(sheet: ExportSheet): string {
  const lastColumn = columnLetter(Math.max(sheet.columns.length, 1) - 1);
  const lastRow = sheet.rows.length + 1;
  const range = `A1:${lastColumn}${lastRow}`;
  const letters = sheet.columns.map((_, i) => columnLetter(i));
  const out: string[] = [
    XML,
    `<worksheet xmlns="${NS}" xmlns:r="${REL_NS}">`,
    `<dimension ref="${range}"/>`,
    '<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A2" sqref="A2"/></sheetView></sheetViews>',
    '<sheetFormatPr defaultRowHeight="15"/>',
    '<cols>',
    ...sheet.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`),
    '</cols><sheetData>',
    `<row r="1">${sheet.columns.map((c, i) => cellXml(`${letters[i]}1`, c.header, true)).join('')}</row>`,
  ];
  sheet.rows.forEach((row, r) => {
    const number = r + 2;
    let cells = '';
    for (let i = 0; i < row.length; i += 1)
      cells += cellXml(`${letters[i] ?? columnLetter(i)}${number}`, row[i]!, false);
    out.push(`<row r="${number}">${cells}</row>`);
  });
  out.push('</sheetData>', `<autoFilter ref="${range}"/>`, '</worksheet>');
  return out.join('');
}

const STYLES = `${XML}<styleSheet xmlns="${NS}">
<numFmts count="1"><numFmt numFmtId="164" formatCode="yyyy-mm-dd hh:mm"/></numFmts>
<fonts count="2"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font><font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font></fonts>
<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>
<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>
<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>
<cellXfs count="4">
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>
<xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/>
<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>
<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0" quotePrefix="1"/>
</cellXfs>
<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>
</styleSheet>`;

/** The .xlsx bytes of the given sheets; `onProgress` hears the rows written so far, sheet by sheet. */
export function writeXlsx(sheets: ExportSheet[], onProgress?: (done: number, total: number) => void): Buffer {
  const total = sheets.reduce((sum, s) => sum + s.rows.length, 0);
  let done = 0;
  const sheetFiles = sheets.map((s, i) => {
    const data = sheetXml(s);
    done += s.rows.length;
    onProgress?.(done, total);
    return { name: `xl/worksheets/sheet${i + 1}.xml`, data };
  });
  const names = sheets.map((s) => s.name.replace(/[\\/?*[\]:]/g, ' ').slice(0, 31));
  const workbook = `${XML}<workbook xmlns="${NS}" xmlns:r="${REL_NS}"><workbookPr/><bookViews><workbookView/></bookViews><sheets>${names
    .map((name, i) => `<sheet name="${attr(name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join('')}</sheets><definedNames>${sheets
    .map(
      (s, i) =>
        `<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">'${attr(names[i]!.replace(/'/g, "''"))}'!$A$1:$${columnLetter(Math.max(s.columns.length, 1) - 1)}$${s.rows.length + 1}</definedName>`,
    )
    .join('')}</definedNames></workbook>`;
  const workbookRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${sheets
    .map((_, i) => `<Relationship Id="rId${i + 1}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`)
    .join('')}<Relationship Id="rId${sheets.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`;
  const contentTypes = `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>${sheets
    .map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
    )
    .join(
      '',
    )}<Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>`;
  const rootRels = `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/></Relationships>`;
  return zip([
    { name: '[Content_Types].xml', data: contentTypes },
    { name: '_rels/.rels', data: rootRels },
    { name: 'xl/workbook.xml', data: workbook },
    { name: 'xl/_rels/workbook.xml.rels', data: workbookRels },
    { name: 'xl/styles.xml', data: STYLES },
    ...sheetFiles,
  ]);
}
