import { parseCsvRows, readCsv } from '../../../electron/main/spreadsheets/read-csv';
import { windows1252Csv } from '../../support/messy-workbooks';

const rowsOf = (text: string, separator?: string) => {
  const rows = parseCsvRows(text, 'file.csv', separator);
  if (!rows.ok) throw new Error(rows.error.message);
  return rows.value;
};

describe('parseCsvRows', () => {
  it('reads quoted separators, doubled quotes and line breaks inside cells, with CRLF, LF or CR line ends', () => {
    const text = '\uFEFFName,Notes\r\n"Claims, triage","said ""go""\r\nnext line"\nB,\rC,x';
    expect(rowsOf(text)).toEqual([['Name', 'Notes'], ['Claims, triage', 'said "go"\r\nnext line'], ['B'], ['C', 'x']]);
  });

  it('splits on the separator it detects, or the one it is given', () => {
    expect(rowsOf('a;b\n1;"2;3"\n')).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
    expect(rowsOf('a\tb,c\n1\t2\n', '\t')).toEqual([
      ['a', 'b,c'],
      ['1', '2'],
    ]);
  });

  it('keeps quotes inside unquoted cells, rows of any length and blank lines as empty rows', () => {
    expect(rowsOf('Name,Size\nMonitor,27" screen\n\nOnly one\nA,B,C\n')).toEqual([
      ['Name', 'Size'],
      ['Monitor', '27" screen'],
      [],
      ['Only one'],
      ['A', 'B', 'C'],
    ]);
  });

  it('refuses a quoted cell that never closes, naming its row', () => {
    expect(parseCsvRows('Name,Notes\nA,ok\nB,"runs on\nC,to the end\n', 'open.csv')).toEqual({
      ok: false,
      error: {
        code: 'corrupt',
        message:
          'open.csv could not be read: a quoted cell in row 3 is never closed. Add the missing " or save the file again from Excel.',
      },
    });
  });
});

describe('readCsv', () => {
  it('decodes Windows-1252 and names the sheet after the file', () => {
    const read = readCsv(windows1252Csv(), 'inventory.csv', 'csv');
    if (!read.ok) throw new Error(read.error.message);
    expect(read.value.sheets.map((s) => s.name)).toEqual(['inventory']);
    const headers = read.value.sheets[0]!.rows[0]!;
    expect(headers[0]).toBe('Use Case ID\n\n[Agency Abbrev.] – [#] ');
    expect(headers[5]).toBe('Date when AI use case became operational or the pilot’s start date');
  });
});
