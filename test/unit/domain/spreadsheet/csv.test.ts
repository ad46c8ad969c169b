import { detectSeparator, parseCsv } from '../../../../domain';

describe('parseCsv', () => {
  it('reads quoted separators, doubled quotes and line breaks inside cells, with CRLF, LF or CR line ends', () => {
    const text = '\uFEFFName,Notes\r\n"Claims, triage","said ""go""\r\nnext line"\nB,\rC,x';
    expect(parseCsv(text)).toEqual([
      ['Name', 'Notes'],
      ['Claims, triage', 'said "go"\r\nnext line'],
      ['B', ''],
      ['C', 'x'],
    ]);
  });

  it('detects semicolon and tab separators', () => {
    expect(detectSeparator('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectSeparator('a\tb\n1\t2\n')).toBe('\t');
    expect(detectSeparator('a,"x;y",c\n1,2,3\n')).toBe(',');
    expect(parseCsv('a;b\n1;"2;3"\n')).toEqual([
      ['a', 'b'],
      ['1', '2;3'],
    ]);
  });
});
