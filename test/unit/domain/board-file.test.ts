import {
  columns,
  createBoard,
  createExampleBoard,
  CURRENT_SCHEMA_VERSION,
  parseBoardFile,
  serializeBoard,
} from '../../../domain';

const NOW = '2026-05-01T12:00:00.000Z';
const example = () => createExampleBoard(NOW);

describe('parseBoardFile', () => {
  it('reads back what serializeBoard wrote', () => {
    const board = example();
    const parsed = parseBoardFile(serializeBoard(board));
    expect(parsed).toEqual({ ok: true, value: board });
  });

  it('refuses a board whose schema version is newer, naming both versions', () => {
    const text = serializeBoard(example()).replace('"schemaVersion":1', '"schemaVersion":3');
    const parsed = parseBoardFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('newer-version');
    expect(parsed.error.message).toBe(
      `This file was saved by a newer version of Scaleboard (schema 3); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Scaleboard to open it.`,
    );
  });

  it('calls a cut-off file truncated and broken JSON invalid', () => {
    const text = serializeBoard(example());
    const truncated = parseBoardFile(text.slice(0, text.length / 2));
    expect(!truncated.ok && truncated.error.code).toBe('truncated-file');
    const broken = parseBoardFile('{"format": "scaleboard", oops}');
    expect(!broken.ok && broken.error.code).toBe('invalid-json');
    expect(!parseBoardFile('').ok).toBe(true);
  });

  it('refuses JSON that is not a board, and an unknown version', () => {
    expect(parseBoardFile('{"hello": 1}')).toMatchObject({ ok: false, error: { code: 'not-a-board' } });
    expect(parseBoardFile('{"format":"scaleboard","schemaVersion":0}')).toMatchObject({
      ok: false,
      error: { code: 'unknown-version' },
    });
  });

  it('names the field that fails the schema', () => {
    const board = example();
    (board.initiatives[3] as { readiness: Record<string, number> }).readiness.data = 7;
    const parsed = parseBoardFile(JSON.stringify(board));
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.message).toMatch(/^The board is damaged: initiatives\[3\]\.readiness\.data/);
  });

  it('refuses two initiatives with the same id', () => {
    const board = example();
    board.initiatives[1]!.id = board.initiatives[0]!.id;
    const parsed = parseBoardFile(JSON.stringify(board));
    expect(!parsed.ok && parsed.error.message).toMatch(/is used twice/);
  });

  it('migrates an older version step by step, then validates the result', () => {
    const old = { ...createBoard('Migrated', { now: NOW }), title: undefined, name: 'Migrated' };
    const seen: unknown[] = [];
    const migrations = {
      1: ({ name, ...doc }: Record<string, unknown>) => {
        seen.push(doc.schemaVersion);
        return { ...doc, title: name };
      },
    };
    // As if this build wrote schema 2, whose only change renamed `name` to `title`: the upgrade runs once and
    // the result carries the new version, which this build's schema (still 1) then names as the problem.
    const parsed = parseBoardFile(JSON.stringify(old), { migrations, currentVersion: 2 });
    expect(seen).toEqual([1]);
    expect(!parsed.ok && parsed.error.message).toMatch(/^The board is damaged: schemaVersion/);
    const missing = parseBoardFile(JSON.stringify(old), { migrations: {}, currentVersion: 2 });
    expect(missing).toMatchObject({
      ok: false,
      error: { code: 'unknown-version', message: 'There is no upgrade from schema 1 to 2.' },
    });
  });
});

describe('the example board', () => {
  it('is valid and spreads about two dozen initiatives over all five stages', () => {
    const board = example();
    const parsed = parseBoardFile(serializeBoard(board));
    expect(parsed.ok).toBe(true);
    const perStage = columns(board);
    expect(Object.values(perStage).every((cards) => cards.length > 0)).toBe(true);
    expect(board.initiatives.length).toBeGreaterThanOrEqual(20);
    // Pilot fatigue is the point: more pilots than production systems.
    expect(perStage.pilot.length).toBeGreaterThan(perStage.production.length);
    for (const initiative of board.initiatives.filter((i) => i.stage !== 'idea')) {
      expect(board.decisions.some((d) => d.initiativeId === initiative.id && d.to === initiative.stage)).toBe(true);
    }
  });
});
