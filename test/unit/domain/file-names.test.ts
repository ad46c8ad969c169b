import { BOARD_EXTENSION, fileNameFor, formatBytes, hasBoardExtension } from '../../../domain';

const MiB = 1024 * 1024;

describe('fileNameFor', () => {
  it('keeps an ordinary title as it is', () => {
    expect(fileNameFor('Q4 portfolio review')).toBe('Q4 portfolio review');
  });

  it('replaces what Windows, macOS or Linux forbid in a name, and control characters, with one space', () => {
    expect(fileNameFor('Q4: <draft>/"final"\\v2|?*')).toBe('Q4 draft final v2');
    expect(fileNameFor('Line one\nline\ttwo\u0007')).toBe('Line one line two');
  });

  it('keeps at most 80 characters, and names a title with none left "Untitled board"', () => {
    expect(fileNameFor('x'.repeat(200))).toHaveLength(80);
    expect(fileNameFor('  ///  ')).toBe('Untitled board');
    expect(fileNameFor('')).toBe('Untitled board');
  });
});

describe('hasBoardExtension', () => {
  it('takes the board extension in any case, and nothing else', () => {
    expect(hasBoardExtension(`Q4${BOARD_EXTENSION}`)).toBe(true);
    expect(hasBoardExtension('/boards/Q4.SCALEBOARD')).toBe(true);
    expect(hasBoardExtension('Q4.scaleboard.bak')).toBe(false);
    expect(hasBoardExtension('Q4.xlsx')).toBe(false);
  });
});

describe('formatBytes', () => {
  it('says whole MiB only for an exact number, so one byte over a limit does not read as the limit', () => {
    expect(formatBytes(100 * MiB)).toBe('100 MiB');
    expect(formatBytes(100 * MiB + 1)).toBe('100.0 MiB');
    expect(formatBytes(257.5 * MiB)).toBe('257.5 MiB');
  });

  it('says a size under one MiB in KiB, rounded up', () => {
    expect(formatBytes(1)).toBe('1 KiB');
    expect(formatBytes(1024)).toBe('1 KiB');
    expect(formatBytes(1025)).toBe('2 KiB');
  });
});
