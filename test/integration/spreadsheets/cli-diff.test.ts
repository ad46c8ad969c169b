/** `scaleboard diff`: what changed from one board file to another, as text or as one JSON object. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BoardDiff, BoardDocument } from '../../../domain';
import {
  addInitiative,
  createBoard,
  moveInitiative,
  removeInitiative,
  serializeBoard,
  takeSnapshot,
  updateInitiative,
} from '../../../domain';
import { cli } from '../../support/run-cli';

const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-cli-diff-'));
const at = (name: string) => path.join(folder, name);
const THEN = '2026-04-01T09:00:00.000Z';
const LATER = '2026-04-20T09:00:00.000Z';

function older(): BoardDocument {
  let board = createBoard('Portfolio', { now: THEN, newId: () => 'portfolio' });
  board = { ...board, workshop: { ...board.workshop, locale: 'en-GB' } };
  board = addInitiative(board, { id: 'a', ref: 'PIL-1', title: 'Claims triage', stage: 'pilot' }, { now: THEN });
  board = addInitiative(board, { id: 'b', title: 'Mail routing', stage: 'idea' }, { now: THEN });
  return addInitiative(board, { id: 'old-c', ref: 'DOJ-12', title: 'Fraud signals', stage: 'pilot' }, { now: THEN });
}

/** a renamed, b deleted, and c re-imported under a new id with the same reference, moved on to Scaling. */
function newer(): BoardDocument {
  let board = updateInitiative(older(), 'a', { title: 'Claims triage assistant' }, { now: LATER });
  board = removeInitiative(board, 'b', { now: LATER });
  board = removeInitiative(board, 'old-c', { now: LATER });
  return addInitiative(board, { id: 'new-c', ref: 'doj-12', title: 'Fraud signals', stage: 'scaling' }, { now: LATER });
}

writeFileSync(at('march.scaleboard'), serializeBoard(older()));
writeFileSync(at('april.scaleboard'), serializeBoard(newer()));
writeFileSync(at('broken.scaleboard'), '{"format": "scaleboard", "schemaVersion": 3,');

describe('scaleboard diff', () => {
  it('prints what changed in sections, each card by title, reference and id: a renamed card, a deleted card, a card matched by its reference', async () => {
    const result = await cli('diff', at('march.scaleboard'), at('april.scaleboard'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const blocks = result.stdout.trimEnd().split('\n\n');
    expect(blocks[0]).toBe('march.scaleboard → april.scaleboard');
    expect(blocks).toContain('Moved between stages\n  Fraud signals (doj-12; id new-c): Pilot → Scaling');
    expect(blocks).toContain(
      'No longer on the board\n  Mail routing (id b), was in Ideas: deleted, or not on the newer board',
    );
    expect(blocks).toContain('Renamed\n  “Claims triage” → “Claims triage assistant” (PIL-1; id a)');
    expect(result.stdout).toContain('1 card was matched by reference, their ids being different: doj-12.');
    expect(result.stdout).not.toMatch(/^New$/m);
  });

  it('prints the whole diff as one JSON object with --json', async () => {
    const result = await cli('diff', at('march.scaleboard'), at('april.scaleboard'), '--json');
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout.trim().split('\n')).toHaveLength(1);
    const diff = JSON.parse(result.stdout) as BoardDiff;
    expect(diff.cards.renamed).toEqual([
      { id: 'a', ref: 'PIL-1', title: 'Claims triage assistant', from: 'Claims triage', to: 'Claims triage assistant' },
    ]);
    expect(diff.cards.removed).toEqual([{ id: 'b', title: 'Mail routing', stage: 'idea' }]);
    expect(diff.cards.new).toEqual([]);
    expect(diff.matching.byRef).toEqual([
      {
        ref: 'doj-12',
        before: { id: 'old-c', ref: 'DOJ-12', title: 'Fraud signals' },
        after: { id: 'new-c', ref: 'doj-12', title: 'Fraud signals' },
      },
    ]);
    // The newer board's figures are as of the command's clock (run-cli's 1 May 2026); the older's as of its save.
    expect([diff.figures.before.at, diff.figures.after.at]).toEqual([THEN, '2026-05-01T09:00:00.000Z']);
  });

  it('refuses a file that is not a board in one line naming it, with exit code 1', async () => {
    const result = await cli('diff', at('march.scaleboard'), at('broken.scaleboard'));
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Could not open broken\.scaleboard\. .*truncated/);
  });

  it('names a missing file in one line', async () => {
    const result = await cli('diff', at('nowhere.scaleboard'), at('april.scaleboard'));
    expect(result.code).toBe(1);
    expect(result.stderr.trim().split('\n')).toEqual([expect.stringMatching(/^Could not open nowhere\.scaleboard: /)]);
  });

  it('takes one or two files: anything else is a usage error, exit code 2', async () => {
    const three = await cli('diff', at('march.scaleboard'), at('april.scaleboard'), at('april.scaleboard'));
    expect(three.code).toBe(2);
    expect(three.stderr).toMatch(/diff takes two board files/);
    expect((await cli('diff')).code).toBe(2);
    expect((await cli('diff', at('march.scaleboard'), at('april.scaleboard'), '--xml')).code).toBe(2);
  });

  it('compares one board with the start of its workshop, and says so when it has none', async () => {
    const started = takeSnapshot(older(), { now: THEN });
    const day = moveInitiative(started, 'b', 'pilot', 0, { now: LATER });
    writeFileSync(at('workshop.scaleboard'), serializeBoard(day));
    const result = await cli('diff', at('workshop.scaleboard'));
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^workshop\.scaleboard since the workshop started \(/);
    expect(result.stdout).toContain('Moved between stages\n  Mail routing (id b): Ideas → Pilot');

    const none = await cli('diff', at('march.scaleboard'));
    expect(none.code).toBe(1);
    expect(none.stderr.trim()).toBe(
      'march.scaleboard has no workshop snapshot: press Start workshop in the app, or give the older board file too.',
    );
  });
});
