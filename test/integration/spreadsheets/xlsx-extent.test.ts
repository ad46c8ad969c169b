import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { worksheetExtent, worksheetNames } from '../../../electron/main/spreadsheets/xlsx-extent';
import { SHEET_HEAD, SHEET_TAIL, workbookWithSheet } from '../../support/bomb-workbooks';

describe('worksheetExtent', () => {
  it('reaches the last row and column with a filled cell; cells with only a style fill nothing', () => {
    const xml =
      '<worksheet><sheetData><row r="1" spans="1:3"><c r="A1" t="s"><v>0</v></c><c r="C1" s="2"/></row>' +
      '<row r="4"><c r="B4"><v>2</v></c></row><row r="9" s="1" customFormat="1"><c r="XFD9" s="1"/></row>' +
      '</sheetData></worksheet>';
    expect(worksheetExtent(xml, 'Sheet1')).toEqual({ sheet: 'Sheet1', rows: 4, columns: 2 });
  });

  it('places rows and cells without a reference after the ones before, whatever the namespace prefix', () => {
    const xml =
      '<x:worksheet><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:v>2</x:v></x:c></x:row>' +
      '<x:row><x:c r="E2"><x:v>3</x:v></x:c><x:c><x:v>4</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    expect(worksheetExtent(xml, 'Strict')).toEqual({ sheet: 'Strict', rows: 2, columns: 6 });
  });
});

describe('worksheetNames', () => {
  it('names each worksheet part through the workbook relationships, relative or absolute', () => {
    const workbook =
      '<workbook xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets>' +
      '<sheet name="Inventory" sheetId="1" r:id="rId2"/><sheet name="Lists &amp; notes" sheetId="2" r:id="rId1"/></sheets></workbook>';
    const relationships =
      '<Relationships><Relationship Id="rId1" Type="…/worksheet" Target="/xl/worksheets/sheet2.xml"/>' +
      '<Relationship Id="rId2" Type="…/worksheet" Target="worksheets/sheet1.xml"/></Relationships>';
    expect([...worksheetNames(workbook, relationships)]).toEqual([
      ['xl/worksheets/sheet1.xml', 'Inventory'],
      ['xl/worksheets/sheet2.xml', 'Lists &amp; notes'],
    ]);
  });
});

describe('a workbook refused before SheetJS reads it', () => {
  it('names the sheet as the user sees it', () => {
    const xml = `${SHEET_HEAD}<row r="1"><c r="A1"><v>1</v></c></row><row r="400"><c r="XFD400"><v>2</v></c></row>${SHEET_TAIL}`;
    const refused = readSpreadsheetBytes(workbookWithSheet(xml, {}, 'Übersicht & Co'), 'wide.xlsx');
    expect(refused).toMatchObject({
      ok: false,
      error: {
        code: 'too-many-cells',
        message: expect.stringContaining('“Übersicht & Co” reaches row 400 and column XFD'),
      },
    });
  });
});
