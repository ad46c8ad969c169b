import { detectSeparator } from '../../../../domain';

describe('detectSeparator', () => {
  it('detects semicolon and tab separators, ignoring those inside quoted cells', () => {
    expect(detectSeparator('a;b;c\n1;2;3\n')).toBe(';');
    expect(detectSeparator('a\tb\n1\t2\n')).toBe('\t');
    expect(detectSeparator('a,"x;y",c\n1,2,3\n')).toBe(',');
    expect(detectSeparator('a;b\n1;"2;3"\n')).toBe(';');
  });
});
