/**
 * `scaleboard import` checks the board against the schema before it writes it: should an import ever make a board
 * that would not validate, nothing is written and one line says what is wrong. No spreadsheet makes such a board
 * any more, so here applyImport is made to return one (a card with a tag too many).
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BOARD_LIMITS, createExampleBoard, serializeBoard } from '../../../domain';
import type * as ApplyImport from '../../../domain/spreadsheet/apply-import';
import { cli } from '../../support/run-cli';
import { inventoryWorkbook } from '../../support/messy-workbooks';

vi.mock('../../../domain/spreadsheet/apply-import', async (importOriginal) => {
  const actual = await importOriginal<typeof ApplyImport>();
  return {
    ...actual,
    applyImport: (...args: Parameters<typeof actual.applyImport>) => {
      const result = actual.applyImport(...args);
      const tags = Array.from({ length: BOARD_LIMITS.tagsPerInitiative + 1 }, (_, i) => `tag ${i + 1}`);
      const [first, ...rest] = result.board.initiatives;
      return { ...result, board: { ...result.board, initiatives: [{ ...first!, tags }, ...rest] } };
    },
  };
});

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-invalid-'));
const at = (name: string) => path.join(folder, name);
writeFileSync(at('inventory.xlsx'), inventoryWorkbook());

describe('scaleboard import, when the board would not validate', () => {
  it('writes nothing and names the problem in one line', async () => {
    const result = await cli('import', at('inventory.xlsx'), '--out', at('new.scaleboard'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toBe(
      `new.scaleboard: not written: the imported board would not be valid (initiatives[0].tags: Too big: expected array to have <=${BOARD_LIMITS.tagsPerInitiative} items.)\n`,
    );
    expect(existsSync(at('new.scaleboard'))).toBe(false);
  });

  it('leaves the board given with --into as it was, even when it is also --out', async () => {
    writeFileSync(at('target.scaleboard'), serializeBoard(createExampleBoard('2026-01-01T00:00:00.000Z')));
    const before = readFileSync(at('target.scaleboard'));
    const result = await cli(
      'import',
      at('inventory.xlsx'),
      '--into',
      at('target.scaleboard'),
      '--out',
      at('target.scaleboard'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^target\.scaleboard: not written: /);
    expect(readFileSync(at('target.scaleboard')).equals(before)).toBe(true);
    expect(existsSync(at('target.scaleboard.bak'))).toBe(false);
  });
});
