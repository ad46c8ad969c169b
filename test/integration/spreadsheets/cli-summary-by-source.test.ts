/**
 * `scaleboard export --sheet Summary` of a combined board: the CSV carries the block by source board after the
 * rows every board has, as the workbook's Summary sheet does.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { figuresBySourceBoard, NO_SOURCE_BOARD, serializeBoard } from '../../../domain';
import { realSizeBoard } from '../../support/real-size-board';
import { cli } from '../../support/run-cli';
import { withSourceBoards } from '../../support/source-boards';

// run-cli's clock.
const NOW = '2026-05-01T09:00:00.000Z';
let folder: string;
beforeAll(() => (folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-source-'))));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

it('writes the Summary of a combined board as CSV with a row per source board', async () => {
  const board = withSourceBoards(realSizeBoard(400, { now: '2026-04-01T09:00:00.000Z' }), 80);
  const file = path.join(folder, 'portfolio.scaleboard');
  writeFileSync(file, serializeBoard(board));
  const out = path.join(folder, 'summary.csv');
  const done = await cli('export', file, '--out', out, '--sheet', 'Summary');
  expect(done.stderr).toBe('');
  expect(done.code).toBe(0);
  const lines = readFileSync(out, 'utf8').trimEnd().split('\r\n');
  const start = lines.findIndex((line) => line.startsWith('By source board,Initiatives,Ideas,Pilot,'));
  expect(lines[start - 1]).toBe(',,');
  const figures = figuresBySourceBoard(board, NOW);
  const block = lines.slice(start + 1);
  expect(block).toHaveLength(figures.length);
  // Each row starts with the source's name (quoted when it holds a comma), its cards and its cards per stage.
  block.forEach((line, i) => {
    const f = figures[i]!;
    const name = f.label.includes(',') ? `"${f.label}"` : f.label;
    const stages = [f.byStage.idea, f.byStage.pilot, f.byStage.scaling, f.byStage.production, f.byStage.stopped];
    expect(line.startsWith(`${name},${f.cards},${stages.join(',')},`)).toBe(true);
  });
  expect(block.at(-1)!.startsWith(`${NO_SOURCE_BOARD},`)).toBe(true);
  expect(figures.reduce((sum, f) => sum + f.cards, 0)).toBe(board.initiatives.length);

  // A board that was not combined keeps its Summary as it was: no block, three columns.
  const plainFile = path.join(folder, 'plain.scaleboard');
  writeFileSync(plainFile, serializeBoard(realSizeBoard(400, { now: '2026-04-01T09:00:00.000Z' })));
  const plainOut = path.join(folder, 'plain.csv');
  expect((await cli('export', plainFile, '--out', plainOut, '--sheet', 'Summary')).code).toBe(0);
  const plain = readFileSync(plainOut, 'utf8').trimEnd().split('\r\n');
  expect(plain[0]).toBe('\uFEFFMeasure,Value,');
  expect(plain.some((line) => line.startsWith('By source board'))).toBe(false);
  expect(lines.slice(1, plain.length)).toEqual(plain.slice(1));
});
