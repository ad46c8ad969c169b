import type { BoardDocument } from '../../../domain';
import {
  boardDocumentSchema,
  columns,
  isCanonicalBoard,
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
    const newer = CURRENT_SCHEMA_VERSION + 1;
    const text = serializeBoard(example()).replace(
      `"schemaVersion":${CURRENT_SCHEMA_VERSION}`,
      `"schemaVersion":${newer}`,
    );
    const parsed = parseBoardFile(text);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.error.code).toBe('newer-version');
    expect(parsed.error.message).toBe(
      `This file was saved by a newer version of Scaleboard (schema ${newer}); this version reads up to ${CURRENT_SCHEMA_VERSION}. Update Scaleboard to open it.`,
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
    const old = {
      ...createBoard('Migrated', { now: NOW }),
      schemaVersion: CURRENT_SCHEMA_VERSION,
      title: undefined,
      name: 'Migrated',
    };
    const seen: unknown[] = [];
    const migrations = {
      [CURRENT_SCHEMA_VERSION]: ({ name, ...doc }: Record<string, unknown>) => {
        seen.push(doc.schemaVersion);
        return { ...doc, title: name };
      },
    };
    // As if this build wrote the next schema, whose only change renamed `name` to `title`: the upgrade runs once
    // and the result carries the new version, which this build's schema then names as the problem.
    const next = CURRENT_SCHEMA_VERSION + 1;
    const parsed = parseBoardFile(JSON.stringify(old), { migrations, currentVersion: next });
    expect(seen).toEqual([CURRENT_SCHEMA_VERSION]);
    expect(!parsed.ok && parsed.error.message).toMatch(/^The board is damaged: schemaVersion/);
    const missing = parseBoardFile(JSON.stringify(old), { migrations: {}, currentVersion: next });
    expect(missing).toMatchObject({
      ok: false,
      error: {
        code: 'unknown-version',
        message: `There is no upgrade from schema ${CURRENT_SCHEMA_VERSION} to ${next}.`,
      },
    });
  });
});

describe('schema 4: regulatory classification, minimum practices and regimes', () => {
  /** The example board as version 3 wrote it: no card classified, no regimes, the gates of the time. */
  const versionThree = () => {
    const board = example();
    const { regimes: _regimes, ...workshop } = board.workshop;
    const initiatives = board.initiatives.map(({ euAiAct: _e, practices: _p, ...card }) => card);
    const gates = board.gates.map((gate) => ({
      ...gate,
      criteria: gate.criteria.filter((c) => c.kind === 'readiness' || c.kind === 'field'),
    }));
    return { ...board, workshop, initiatives, gates };
  };

  it('opens a version-3 board unchanged: nothing assessed, no regimes chosen, its gates as they were', () => {
    const board = versionThree();
    const text = serializeBoard({ ...board, schemaVersion: 3 } as unknown as BoardDocument);
    const parsed = parseBoardFile(text);
    expect(parsed).toEqual({ ok: true, value: { ...board, schemaVersion: CURRENT_SCHEMA_VERSION } });
    if (!parsed.ok) return;
    expect(parsed.value.initiatives.some((i) => i.euAiAct ?? i.usHighImpact ?? i.usRightsSafety ?? i.practices)).toBe(
      false,
    );
    expect(parsed.value.gates.flatMap((g) => g.criteria).some((c) => c.kind === 'classification')).toBe(false);
  });

  it('reads back every classification and practice, and refuses a value no regime has, naming the field', () => {
    const board = example();
    const card = { ...board.initiatives[0]!, usHighImpact: 'presumed-not' as const, usRightsSafety: 'both' as const };
    card.practices = { appeal: { status: 'waived', evidence: 'CAIO waiver 2025-14' }, training: { status: 'done' } };
    const good = { ...board, initiatives: [card, ...board.initiatives.slice(1)] };
    expect(isCanonicalBoard(good)).toBe(true);
    expect(parseBoardFile(serializeBoard(good))).toEqual({ ok: true, value: good });

    const bad = { ...good, initiatives: [{ ...card, euAiAct: 'high' }, ...board.initiatives.slice(1)] };
    const parsed = parseBoardFile(serializeBoard(bad as unknown as BoardDocument));
    expect(!parsed.ok && parsed.error.message).toMatch(/^The board is damaged: initiatives\[0\]\.euAiAct/);
    const badStatus = {
      ...good,
      initiatives: [{ ...card, practices: { appeal: { status: 'yes' } } }, ...board.initiatives.slice(1)],
    };
    const parsedStatus = parseBoardFile(serializeBoard(badStatus as unknown as BoardDocument));
    expect(!parsedStatus.ok && parsedStatus.error.message).toMatch(/initiatives\[0\]\.practices\.appeal\.status/);
  });
});

describe('schema 3: actions, a readiness log and a workshop snapshot', () => {
  it('opens a version-2 board with no actions, an empty readiness log and no snapshot, the rest unchanged', () => {
    const { actions: _a, readinessLog: _r, ...board } = example();
    const text = serializeBoard({ ...board, schemaVersion: 2 } as unknown as BoardDocument);
    const parsed = parseBoardFile(text);
    expect(parsed).toEqual({
      ok: true,
      value: { ...board, schemaVersion: CURRENT_SCHEMA_VERSION, actions: [], readinessLog: [] },
    });
    expect(parsed.ok && parsed.value.snapshot).toBeUndefined();
  });

  it('refuses an action due on a day that does not exist, naming the field', () => {
    const board = example();
    const action = {
      id: 'a1',
      title: 'Sign the contract',
      status: 'open' as const,
      due: '2026-02-30',
      createdAt: board.createdAt,
      updatedAt: board.createdAt,
    };
    const bad = parseBoardFile(serializeBoard({ ...board, actions: [action] }));
    expect(!bad.ok && bad.error.message).toMatch(/^The board is damaged: actions\[0\]\.due/);
    const good = { ...board, actions: [{ ...action, due: '2026-02-28' }] };
    expect(isCanonicalBoard(good)).toBe(true);
    expect(parseBoardFile(serializeBoard(good))).toEqual({ ok: true, value: good });
  });
});

describe('schema 2: unknown stage dates and a board locale', () => {
  /** The example board as version 1 wrote it: every card with its stage date, no locale, no actions. */
  const versionOne = () => {
    const { actions: _a, readinessLog: _r, ...board } = example();
    return { text: serializeBoard({ ...board, schemaVersion: 1 } as unknown as BoardDocument), board };
  };

  it('opens a version-1 file unchanged, as the current version', () => {
    const { text, board } = versionOne();
    expect(text).toContain('"schemaVersion":1,');
    expect(text).not.toContain('"actions"');
    expect(parseBoardFile(text)).toEqual({
      ok: true,
      value: { ...board, actions: [], readinessLog: [], schemaVersion: CURRENT_SCHEMA_VERSION },
    });
  });

  it('reads a card whose stage date is unknown, by the fast path and by the schema alike', () => {
    const board = example();
    const { stageEnteredAt: _, ...undated } = board.initiatives[0]!;
    const withUnknown = { ...board, initiatives: [undated, ...board.initiatives.slice(1)] };
    expect(isCanonicalBoard(withUnknown)).toBe(true);
    expect(boardDocumentSchema.parse(withUnknown)).toEqual(withUnknown);
    const parsed = parseBoardFile(serializeBoard(withUnknown));
    expect(parsed.ok && parsed.value.initiatives[0]!.stageEnteredAt).toBeUndefined();
  });

  it('keeps a board locale Intl knows and refuses one it does not, naming the field', () => {
    const board = example();
    const british = { ...board, workshop: { ...board.workshop, locale: 'en-GB' } };
    expect(isCanonicalBoard(british)).toBe(true);
    expect(parseBoardFile(serializeBoard(british))).toEqual({ ok: true, value: british });
    for (const locale of ['en_GB', 'not a locale', 'en-gb', 'x'.repeat(40)]) {
      const bad = parseBoardFile(serializeBoard({ ...board, workshop: { ...board.workshop, locale } }));
      expect(bad.ok).toBe(false);
      expect(!bad.ok && bad.error.message).toMatch(/^The board is damaged: workshop\.locale/);
    }
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
