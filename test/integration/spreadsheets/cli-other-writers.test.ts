/**
 * `scaleboard import --into` never overwrites what someone else saved while it ran, and `--out` onto an existing
 * board keeps that board as its .bak. The other writer is simulated while the import is applied.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createExampleBoard, serializeBoard, updateBoard } from '../../../domain';
import type * as ApplyImport from '../../../domain/spreadsheet/apply-import';
import { cli } from '../../support/run-cli';
import { inventoryWorkbook } from '../../support/messy-workbooks';

const NOW = '2026-01-01T00:00:00.000Z';
const meanwhile = { file: null as string | null, text: '' };

vi.mock('../../../domain/spreadsheet/apply-import', async (importOriginal) => {
  const actual = await importOriginal<typeof ApplyImport>();
  return {
    ...actual,
    applyImport: (...args: Parameters<typeof actual.applyImport>) => {
      if (meanwhile.file) writeFileSync(meanwhile.file, meanwhile.text);
      return actual.applyImport(...args);
    },
  };
});

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-writers-'));
const at = (name: string) => path.join(folder, name);
writeFileSync(at('inventory.xlsx'), inventoryWorkbook());
afterEach(() => {
  meanwhile.file = null;
});

describe('scaleboard import and other writers', () => {
  it('refuses to write an --into board someone else saved while the import ran', async () => {
    writeFileSync(at('shared.scaleboard'), serializeBoard(createExampleBoard(NOW)));
    const theirs = serializeBoard(updateBoard(createExampleBoard(NOW), { title: 'Theirs' }, { now: NOW }));
    Object.assign(meanwhile, { file: at('shared.scaleboard'), text: theirs });
    const result = await cli(
      'import',
      at('inventory.xlsx'),
      '--into',
      at('shared.scaleboard'),
      '--out',
      at('shared.scaleboard'),
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      'shared.scaleboard: not written: it changed on disk while the import ran (someone else saved it). Run the import again.\n',
    );
    expect(readFileSync(at('shared.scaleboard'), 'utf8')).toBe(theirs);
  });

  it('keeps a board already at --out as its .bak', async () => {
    const earlier = serializeBoard(createExampleBoard(NOW));
    writeFileSync(at('out.scaleboard'), earlier);
    const result = await cli('import', at('inventory.xlsx'), '--out', at('out.scaleboard'));
    expect(result.code).toBe(0);
    expect(readFileSync(at('out.scaleboard.bak'), 'utf8')).toBe(earlier);
    expect(readFileSync(at('out.scaleboard'), 'utf8')).not.toBe(earlier);
    expect(existsSync(at('inventory.scaleboard'))).toBe(false);
  });
});
