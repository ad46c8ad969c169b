import { odsExtents } from '../../../electron/main/spreadsheets/ods-extent';

const content = (tables: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:spreadsheet>${tables}</office:spreadsheet></office:body></office:document-content>`;
const text = (value: string, attributes = '') =>
  `<table:table-cell office:value-type="string"${attributes}><text:p>${value}</text:p></table:table-cell>`;

describe('odsExtents', () => {
  it('counts the range filled cells reach, repeats included, and not the empty cells LibreOffice repeats to the edge', () => {
    const xml = content(
      `<table:table table:name="Inventory" table:style-name="ta1"><table:table-column table:number-columns-repeated="1024"/>` +
        `<table:table-row>${text('Name')}${text('Stage')}<table:table-cell table:number-columns-repeated="1022"/></table:table-row>` +
        `<table:table-row table:number-rows-repeated="3">${text('Claims')}<table:table-cell/>${text('x', ' table:number-columns-repeated="2"')}</table:table-row>` +
        `<table:table-row table:number-rows-repeated="1048572"><table:table-cell table:number-columns-repeated="1024"/></table:table-row>` +
        `</table:table><table:table table:name="Empty"><table:table-row><table:table-cell/></table:table-row></table:table>`,
    );
    expect(odsExtents(xml)).toEqual([
      { sheet: 'Inventory', rows: 4, columns: 4 },
      { sheet: 'Empty', rows: 0, columns: 0 },
    ]);
  });

  it('counts a number or a covered cell as LibreOffice writes them, whatever the namespace prefix', () => {
    const xml = content(
      `<t:table t:name="Sheet1" xmlns:t="urn:oasis:names:tc:opendocument:xmlns:table:1.0"><t:table-row>` +
        `<t:table-cell t:number-columns-spanned="2" office:value-type="float" office:value="3"/><t:covered-table-cell/>` +
        `<t:table-cell office:value-type="float" office:value="4"/></t:table-row></t:table>`,
    );
    expect(odsExtents(xml)).toEqual([{ sheet: 'Sheet1', rows: 1, columns: 3 }]);
  });

  it('sees the whole sheet that a few bytes of repeated markup stand for', () => {
    const xml = content(
      `<table:table table:name="Bomb"><table:table-row table:number-rows-repeated="1048576">${text('x', ' table:number-columns-repeated="16384"')}</table:table-row></table:table>`,
    );
    expect(xml.length).toBeLessThan(1000);
    expect(odsExtents(xml)).toEqual([{ sheet: 'Bomb', rows: 1_048_576, columns: 16_384 }]);
  });
});
