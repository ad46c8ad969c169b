import fc from 'fast-check';
import type { BoardDocument, CombineReport, StageId } from '../../../domain';
import {
  addActions,
  addInitiative,
  BOARD_LIMITS,
  boardDocumentSchema,
  combineBoards,
  combineRecord,
  combineReportText,
  describeCombine,
  createBoard,
  createExampleBoard,
  defaultGates,
  emptyReadiness,
  moveInitiative,
  MAX_BOARD_FILE_BYTES,
  OTHER_VALUES_FIELD,
  serializeBoard,
  SOURCE_BOARD_FIELD,
  sourceBoardName,
  utf8ByteLength,
  STAGE_IDS,
  updateInitiative,
} from '../../../domain';

const NOW = '2026-06-01T09:00:00.000Z';
const T1 = '2026-03-01T09:00:00.000Z';
const T2 = '2026-04-01T09:00:00.000Z';
const T3 = '2026-05-01T09:00:00.000Z';

let counter = 0;
const ids = () => `fresh-${++counter}`;

function board(title: string, boardId = title.toLowerCase()): BoardDocument {
  return createBoard(title, { now: T1, newId: () => boardId });
}

function combined(...sources: [string, BoardDocument][]): { board: BoardDocument; report: CombineReport } {
  const result = combineBoards(
    sources.map(([name, b]) => ({ name, board: b })),
    { now: NOW, newId: ids },
  );
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

const card = (b: BoardDocument, id: string) => b.initiatives.find((c) => c.id === id)!;

/**
 * The example board with a history the example lacks: for the first cards, an action each (ids `act-0`…) and a
 * readiness change each, made through the ordinary editing functions.
 */
function withHistory(b: BoardDocument, cards = 4): BoardDocument {
  b.initiatives.slice(0, cards).forEach((c, i) => {
    const at = new Date(Date.parse(T2) + i * 60_000).toISOString();
    b = addActions(b, [{ title: `Follow up ${i}`, initiativeId: c.id }], { now: at, newId: () => `act-${i}` });
    const level = ((c.readiness.data + 1) % 5) as 0;
    b = updateInitiative(b, c.id, { readiness: { ...c.readiness, data: level } }, { now: at, newId: () => `rc-${i}` });
  });
  return b;
}

/**
 * Another workshop's board made from the same start as `b`: other cards (ids, references and titles prefixed), its
 * log entries and actions keeping their ids, as two boards both begun from the example would.
 */
function relabelled(b: BoardDocument, prefix: string): BoardDocument {
  const to = (id: string) => `${prefix}-${id}`;
  return {
    ...b,
    id: to(b.id),
    initiatives: b.initiatives.map((c) => ({
      ...c,
      id: to(c.id),
      title: `${prefix} ${c.title}`,
      ...(c.ref ? { ref: to(c.ref) } : {}),
    })),
    decisions: b.decisions.map((d) => ({ ...d, initiativeId: to(d.initiativeId) })),
    readinessLog: b.readinessLog.map((r) => ({ ...r, initiativeId: to(r.initiativeId) })),
    actions: b.actions.map((a) => (a.initiativeId ? { ...a, initiativeId: to(a.initiativeId) } : a)),
  };
}

const counts = (b: BoardDocument) => ({
  cards: b.initiatives.length,
  decisions: b.decisions.length,
  readinessLog: b.readinessLog.length,
  actions: b.actions.length,
});
const withoutSource = (b: BoardDocument) =>
  b.initiatives.map((c) => {
    const { [SOURCE_BOARD_FIELD.key]: _source, ...custom } = c.custom;
    return { ...c, custom };
  });

describe('combineBoards', () => {
  it('gives back a board combined with itself: the same cards, logs and actions, each once, with their source added', () => {
    const example = withHistory(createExampleBoard(T1));
    // Not empty, or the comparisons below could not fail.
    expect(example.actions.length).toBeGreaterThan(0);
    expect(example.readinessLog.length).toBeGreaterThan(0);
    expect(example.decisions.length).toBeGreaterThan(0);
    const { board: result, report } = combined(['Harbourline', example], ['Harbourline', example]);
    expect(withoutSource(result)).toEqual(example.initiatives);
    expect(result.decisions).toEqual(example.decisions);
    expect(result.readinessLog).toEqual(example.readinessLog);
    expect(result.actions).toEqual(example.actions);
    expect(report.conflicts).toEqual([]);
    expect(report.cards).toBe(example.initiatives.length);
    expect(report.matched).toBe(example.initiatives.length);
    // The same board twice is one source: each card names it once, and the report says why.
    expect(report.sources.map((s) => s.name)).toEqual(['Harbourline', 'Harbourline']);
    expect(report.notes).toContain(
      'Board 2 is “Harbourline” again, unchanged: its cards, logs and actions count once.',
    );
    for (const c of result.initiatives) expect(c.custom[SOURCE_BOARD_FIELD.key]).toBe('Harbourline');
    expect(result.customFields).toEqual([...example.customFields, SOURCE_BOARD_FIELD]);
    expect(result.id).not.toBe(example.id);
    expect(boardDocumentSchema.safeParse(result).success).toBe(true);
  });

  it('numbers two different boards that go by the same name', () => {
    const north = createExampleBoard(T1);
    const other = { ...north, title: 'Another quarter' };
    const { board, report } = combined(['North', north], ['north', other]);
    expect(report.sources.map((s) => s.name)).toEqual(['North', 'north (2)']);
    expect(report.notes).toContain(
      'Two boards are called “north”: board 2 is called “north (2)” on the combined board.',
    );
    expect(new Set(board.initiatives.map((c) => c.custom[SOURCE_BOARD_FIELD.key]))).toEqual(
      new Set(['North + north (2)']),
    );
  });

  it('matches cards by reference, trimmed and in any case, before ids; the other board’s log follows the card', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'n1', ref: 'DOJ-12', title: 'Fraud signals', stage: 'pilot' }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 's1', ref: ' doj-12 ', title: 'Fraud signals', stage: 'idea' }, { now: T1 });
    south = moveInitiative(south, 's1', 'pilot', 0, { now: T2, newId: () => 'd-south' });
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(result.initiatives.map((c) => c.id)).toEqual(['n1']);
    expect(report.sources[1]).toMatchObject({ matchedByRef: 1, matchedById: 0, added: 0 });
    expect(result.decisions).toEqual([expect.objectContaining({ id: 'd-south', initiativeId: 'n1' })]);
    expect(card(result, 'n1').custom[SOURCE_BOARD_FIELD.key]).toBe('North + South');
  });

  it('matches by id when the references do not contradict, and gives a card whose id another card has a new id, its log and actions following', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'a', ref: 'R-1', title: 'Claims triage' }, { now: T1 });
    north = addInitiative(north, { id: 'b', title: 'Mail routing' }, { now: T1 });
    let south = board('South');
    // Same id, another reference: another card. Same id, no reference: the same card.
    south = addInitiative(south, { id: 'a', ref: 'R-2', title: 'Chatbot' }, { now: T1 });
    south = addInitiative(south, { id: 'b', title: 'Mail routing' }, { now: T1 });
    south = moveInitiative(south, 'a', 'pilot', 0, { now: T2, newId: () => 'd1' });
    south = addActions(south, [{ title: 'Find a data owner', initiativeId: 'a', decisionId: 'd1' }], {
      now: T2,
      newId: () => 'act1',
    });
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(result.initiatives).toHaveLength(3);
    const chatbot = result.initiatives.find((c) => c.title === 'Chatbot')!;
    expect(chatbot.id).not.toBe('a');
    expect(new Set(result.initiatives.map((c) => c.id)).size).toBe(3);
    expect(result.decisions[0]).toMatchObject({ id: 'd1', initiativeId: chatbot.id });
    expect(result.actions[0]).toMatchObject({ id: 'act1', initiativeId: chatbot.id, decisionId: 'd1' });
    expect(report.sources[1]).toMatchObject({ matchedById: 1, added: 1, newIds: 1 });
    expect(report.notes.join(' ')).toContain('1 card of South had the id of a different card on an earlier board');
    expect(card(result, 'a').custom[SOURCE_BOARD_FIELD.key]).toBe('North');
    expect(card(result, 'b').custom[SOURCE_BOARD_FIELD.key]).toBe('North + South');
  });

  it('does not match by a reference two cards of one board share', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'n1', ref: 'X', title: 'One' }, { now: T1 });
    north = addInitiative(north, { id: 'n2', ref: 'x', title: 'Two' }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 's1', ref: 'X', title: 'One' }, { now: T1 });
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(result.initiatives).toHaveLength(3);
    expect(report.notes[0]).toBe(
      '1 reference is shared by several cards on one board, so no card was matched by it: x.',
    );
  });

  describe('a stage that differs', () => {
    const pair = (northMovedAt: string | null, southMovedAt: string | null) => {
      let north = board('North');
      north = addInitiative(north, { id: 'c', ref: 'R', title: 'Claims', stageEnteredAt: T1 }, { now: T1 });
      if (northMovedAt) north = moveInitiative(north, 'c', 'pilot', 0, { now: northMovedAt, newId: () => 'dn' });
      let south = board('South');
      south = addInitiative(south, { id: 'c', ref: 'R', title: 'Claims', stageEnteredAt: T1 }, { now: T1 });
      if (southMovedAt) south = moveInitiative(south, 'c', 'scaling', 0, { now: southMovedAt, newId: () => 'ds' });
      return combined(['North', north], ['South', south]);
    };

    it('is the stage the most recent decision moved the card to, and the report says so with each board’s stage', () => {
      const later = pair(T2, T3);
      expect(card(later.board, 'c').stage).toBe('scaling');
      expect(card(later.board, 'c').stageEnteredAt).toBe(T3);
      expect(later.report.conflicts).toEqual([
        {
          card: { id: 'c', ref: 'R', title: 'Claims' },
          field: 'Stage',
          values: [
            { source: 'North', value: 'Pilot' },
            { source: 'South', value: 'Scaling' },
          ],
          kept: 'Scaling',
          rule: 'stage',
          ruleText: expect.stringContaining('the stage the card entered most recently is kept'),
        },
      ]);
      expect(card(pair(T3, T2).board, 'c').stage).toBe('pilot');
      // Both moves are in the log, in time order.
      expect(later.board.decisions.map((d) => d.id)).toEqual(['dn', 'ds']);
    });

    it('is the first board’s when neither board says when the card got there', () => {
      let north = board('North');
      north = addInitiative(north, { id: 'c', title: 'Claims', stage: 'pilot' }, { now: T1 });
      let south = board('South');
      south = addInitiative(south, { id: 'c', title: 'Claims', stage: 'production' }, { now: T1 });
      const strip = (b: BoardDocument) => ({
        ...b,
        initiatives: b.initiatives.map(({ stageEnteredAt: _at, ...rest }) => rest),
      });
      const result = combined(['North', strip(north)], ['South', strip(south)]);
      expect(card(result.board, 'c').stage).toBe('pilot');
      expect(result.report.conflicts[0]).toMatchObject({ field: 'Stage', kept: 'Pilot', rule: 'stage' });
    });

    it('goes to the end of its new column, after the first board’s cards there', () => {
      let north = board('North');
      north = addInitiative(north, { id: 'p1', title: 'Pilot one', stage: 'scaling' }, { now: T1 });
      north = addInitiative(north, { id: 'c', ref: 'R', title: 'Claims', stage: 'pilot' }, { now: T1 });
      let south = board('South');
      south = addInitiative(south, { id: 'c', ref: 'R', title: 'Claims', stage: 'pilot' }, { now: T1 });
      south = moveInitiative(south, 'c', 'scaling', 0, { now: T2 });
      const { board: result } = combined(['North', north], ['South', south]);
      const column = result.initiatives.filter((c) => c.stage === 'scaling').sort((a, b) => (a.rank < b.rank ? -1 : 1));
      expect(column.map((c) => c.id)).toEqual(['p1', 'c']);
    });
  });

  describe('readiness that differs', () => {
    it('is the level changed most recently in the readiness logs', () => {
      let north = board('North');
      north = addInitiative(north, { id: 'c', title: 'Claims' }, { now: T1 });
      north = updateInitiative(north, 'c', { readiness: { ...card(north, 'c').readiness, data: 3 } }, { now: T3 });
      let south = board('South');
      south = addInitiative(south, { id: 'c', title: 'Claims' }, { now: T1 });
      south = updateInitiative(south, 'c', { readiness: { ...card(south, 'c').readiness, data: 1 } }, { now: T2 });
      const { board: result, report } = combined(['North', north], ['South', south]);
      expect(card(result, 'c').readiness.data).toBe(3);
      expect(report.conflicts).toEqual([
        expect.objectContaining({
          field: 'Readiness: Data',
          values: [
            { source: 'North', value: `3 Established (set ${T3})` },
            { source: 'South', value: `1 Emerging (set ${T2})` },
          ],
          kept: '3 Established',
          rule: 'readiness',
        }),
      ]);
      expect(result.readinessLog.map((c) => c.at)).toEqual([T2, T3]);
    });

    it('is the lower level when no board logged a change', () => {
      let north = board('North');
      north = addInitiative(
        north,
        { id: 'c', title: 'Claims', readiness: { ...emptyReadiness(), governance: 3 } },
        { now: T1 },
      );
      let south = board('South');
      south = addInitiative(
        south,
        { id: 'c', title: 'Claims', readiness: { ...emptyReadiness(), governance: 2, data: 4 } },
        { now: T1 },
      );
      const { board: result, report } = combined(['North', north], ['South', south]);
      expect(card(result, 'c').readiness).toMatchObject({ governance: 2, data: 0 });
      expect(report.conflicts.map((c) => [c.field, c.kept])).toEqual([
        ['Readiness: Data', '0 Not started'],
        ['Readiness: Governance', '2 Developing'],
      ]);
    });
  });

  it('reads text that differs only in its spacing (a non-breaking space, a line break) as the same, no conflict', () => {
    let north = board('North');
    north = addInitiative(
      north,
      { id: 'c', title: 'Claims triage', problem: 'a) Purchased from a vendor' },
      { now: T1 },
    );
    let south = board('South');
    south = addInitiative(
      south,
      { id: 'c', title: 'Claims  triage', problem: 'a)\u00a0Purchased from\na vendor' },
      { now: T1 },
    );
    const { report } = combined(['North', north], ['South', south]);
    expect(report.conflicts).toEqual([]);
  });

  it('keeps the first board’s text, lists the others and keeps them on the card; fills what the first board lacks', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims triage', owner: 'Ana' }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 'c', title: 'Claims triage assistant', kpi: 'Hours saved' }, { now: T1 });
    const { board: result, report } = combined(['North', north], ['South', south]);
    const merged = card(result, 'c');
    expect(merged).toMatchObject({ title: 'Claims triage', owner: 'Ana', kpi: 'Hours saved' });
    expect(report.conflicts).toEqual([
      expect.objectContaining({ field: 'Title', kept: 'Claims triage', rule: 'first' }),
    ]);
    expect(merged.custom[OTHER_VALUES_FIELD.key]).toBe('Title (South): Claims triage assistant');
    expect(result.customFields.map((f) => f.key)).toEqual([SOURCE_BOARD_FIELD.key, OTHER_VALUES_FIELD.key]);
  });

  it('keeps the most severe risk tier and classification, rights on one board and safety on another being both', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims', riskTier: 'low', usRightsSafety: 'rights' }, { now: T1 });
    let south = board('South');
    south = addInitiative(
      south,
      { id: 'c', title: 'Claims', riskTier: 'high', usRightsSafety: 'safety', euAiAct: 'limited' },
      { now: T1 },
    );
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(card(result, 'c')).toMatchObject({ riskTier: 'high', usRightsSafety: 'both', euAiAct: 'limited' });
    expect(report.conflicts.map((c) => [c.field, c.kept, c.rule])).toEqual([
      ['Risk tier', 'High', 'severest'],
      ['US rights/safety-impacting (OMB M-24-10)', 'Rights- and safety-impacting', 'severest'],
    ]);
  });

  it('counts a voter on several boards once, at their highest count, and keeps every tag', () => {
    let north = board('North');
    north = addInitiative(
      north,
      { id: 'c', title: 'Claims', votes: { Ana: 2, Ben: 1 }, tags: ['claims'] },
      { now: T1 },
    );
    let south = board('South');
    south = addInitiative(south, { id: 'c', title: 'Claims', votes: { Ana: 3, Cy: 1 }, tags: ['fraud'] }, { now: T1 });
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(card(result, 'c').votes).toEqual({ Ana: 3, Ben: 1, Cy: 1 });
    expect(card(result, 'c').tags).toEqual(['claims', 'fraud']);
    expect(report.conflicts).toEqual([expect.objectContaining({ field: 'Votes: Ana', kept: '3', rule: 'votes' })]);
  });

  it('merges logs and actions in time order, an entry on both boards once, and keeps the action updated last', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims' }, { now: T1 });
    north = addActions(north, [{ title: 'Shared', initiativeId: 'c' }], { now: T1, newId: () => 'shared' });
    let south = structuredClone(north);
    north = moveInitiative(north, 'c', 'pilot', 0, { now: T3, newId: () => 'late' });
    south = moveInitiative(south, 'c', 'pilot', 0, { now: T2, newId: () => 'early' });
    south = {
      ...south,
      actions: south.actions.map((a) => ({ ...a, status: 'done' as const, closedAt: T2, updatedAt: T2 })),
    };
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(result.decisions.map((d) => d.id)).toEqual(['early', 'late']);
    expect(result.actions).toEqual([expect.objectContaining({ id: 'shared', status: 'done' })]);
    expect(report.conflicts.find((c) => c.field === 'Action')).toMatchObject({ rule: 'action' });
  });

  it('keeps the boards a card of an already combined board names', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims' }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 'c', title: 'Claims' }, { now: T1 });
    const first = combined(['North', north], ['South', south]).board;
    let east = board('East');
    east = addInitiative(east, { id: 'c', title: 'Claims' }, { now: T1 });
    const again = combined(['Q1 portfolio', first], ['East', east]).board;
    expect(card(again, 'c').custom[SOURCE_BOARD_FIELD.key]).toBe('North + South + East');
  });

  it('names a board whose name holds the separator otherwise, and says so', () => {
    const { report } = combined(['North + South', board('A')], ['C++ team', board('B')]);
    expect(report.sources.map((s) => s.name)).toEqual(['North & South', 'C++ team']);
    expect(report.notes[0]).toContain('is called “North & South” on the combined board');
  });

  it('keeps the first board’s settings and says which differ', () => {
    const north = board('North');
    const south = { ...board('South'), gates: defaultGates().slice(1) };
    const { board: result, report } = combined(['North', north], ['South', south]);
    expect(result.title).toBe('North');
    expect(result.gates).toEqual(north.gates);
    expect(report.notes).toEqual([
      'Titles differ: the combined board is called “North”, as North is.',
      'The gates differ on South: North’s are kept.',
    ]);
  });

  it('refuses, rather than cut, a card that would pass a limit', () => {
    const tags = (prefix: string) => Array.from({ length: 60 }, (_, i) => `${prefix}${i}`);
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims', tags: tags('n') }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 'c', title: 'Claims', tags: tags('s') }, { now: T1 });
    const result = combineBoards(
      [
        { name: 'North', board: north },
        { name: 'South', board: south },
      ],
      { now: NOW },
    );
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'combined-too-large',
        message: `The boards cannot be combined: the card “Claims” would have 120 tags, and a card has at most ${BOARD_LIMITS.tagsPerInitiative}. Nothing was combined.`,
      },
    });
  });

  it('gives back any board combined with itself (property)', () => {
    const stage = fc.constantFrom<StageId>(...STAGE_IDS);
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            pick: fc.nat(),
            stage,
            level: fc.constantFrom(0, 1, 2, 3, 4 as const),
            voter: fc.constantFrom('Ana', 'Ben'),
          }),
          {
            minLength: 1,
            maxLength: 12,
          },
        ),
        (steps) => {
          let b = createExampleBoard(T1);
          steps.forEach((s, i) => {
            const c = b.initiatives[s.pick % b.initiatives.length]!;
            const at = new Date(Date.parse(T2) + i * 60_000).toISOString();
            b = moveInitiative(b, c.id, s.stage, 0, { now: at });
            b = addActions(b, [{ title: `Step ${i}`, initiativeId: c.id }], { now: at });
            b = updateInitiative(
              b,
              c.id,
              { readiness: { ...c.readiness, data: s.level as 0 }, votes: { ...c.votes, [s.voter]: i % 3 } },
              { now: at },
            );
          });
          expect(b.actions.length).toBe(steps.length);
          const { board: result, report } = combined(['Same', b], ['Same', b]);
          expect(withoutSource(result)).toEqual(b.initiatives);
          expect(result.decisions).toEqual(b.decisions);
          expect(result.readinessLog).toEqual(b.readinessLog);
          expect(result.actions).toEqual(b.actions);
          expect(report.conflicts).toEqual([]);
        },
      ),
      { numRuns: 40 },
    );
  });
  it('takes a card’s value, cost and currency from one board, never an amount from one and a currency from another', () => {
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims', valueEstimate: 1_000_000 }, { now: T1 });
    let south = board('South');
    south = addInitiative(
      south,
      { id: 'c', title: 'Claims', valueEstimate: 900_000, costEstimate: 50_000, currency: 'EUR' },
      { now: T1 },
    );
    const { board: result, report } = combined(['North', north], ['South', south]);
    const merged = card(result, 'c');
    expect(merged.valueEstimate).toBe(1_000_000);
    expect(merged.costEstimate).toBeUndefined();
    expect(merged.currency).toBeUndefined();
    expect(report.conflicts).toEqual([
      expect.objectContaining({
        field: 'Value, cost and currency',
        values: [
          { source: 'North', value: 'value 1000000, no cost, no currency' },
          { source: 'South', value: 'value 900000, cost 50000, currency EUR' },
        ],
        kept: 'value 1000000, no cost, no currency',
        rule: 'first',
      }),
    ]);
    expect(merged.custom[OTHER_VALUES_FIELD.key]).toBe(
      'Value, cost and currency (South): value 900000, cost 50000, currency EUR',
    );
    // A board with a currency and no amount gives way to one with an amount: its currency is not attached to it.
    let east = board('East');
    east = addInitiative(east, { id: 'c', title: 'Claims', currency: 'USD' }, { now: T1 });
    const other = card(combined(['East', east], ['South', south]).board, 'c');
    expect([other.valueEstimate, other.costEstimate, other.currency]).toEqual([900_000, 50_000, 'EUR']);
  });

  describe('combined again, or with a third board', () => {
    // Two workshops begun from the example: other cards, the same ids for their decisions, changes and actions.
    const north = withHistory(createExampleBoard(T1));
    const south = relabelled(north, 'S');

    it('keeps each action, decision and readiness change once when a third board is a copy of the second', () => {
      const two = combined(['North', north], ['South', south]).board;
      expect(counts(two)).toEqual({
        cards: north.initiatives.length * 2,
        decisions: north.decisions.length * 2,
        readinessLog: north.readinessLog.length * 2,
        actions: north.actions.length * 2,
      });
      const three = combined(['North', north], ['South', south], ['South copy', structuredClone(south)]).board;
      expect(counts(three)).toEqual(counts(two));
      expect(new Set(three.actions.map((a) => a.id)).size).toBe(three.actions.length);
    });

    it('keeps each once when a portfolio is combined again with one of its boards, however often', () => {
      const two = combined(['North', north], ['South', south]).board;
      const again = combined(['Portfolio', two], ['South', south]).board;
      expect(counts(again)).toEqual(counts(two));
      const more = combined(['Portfolio', again], ['North', north], ['South', south]).board;
      expect(counts(more)).toEqual(counts(two));
      // The first board comes back too, its entries under their own ids.
      expect(counts(combined(['Portfolio', two], ['North', north]).board)).toEqual(counts(two));
    });

    it('still keeps two entries alike but for their ids that one board holds', () => {
      const b = withHistory(createExampleBoard(T1), 1);
      const twin = { ...b.actions[0]!, id: 'act-twin' };
      const doubled = { ...b, actions: [...b.actions, twin] };
      const result = combined(['One', doubled], ['Two', doubled]).board;
      expect(result.actions.map((a) => a.id)).toEqual(['act-0', 'act-twin']);
    });
  });
  it('refuses a combined board whose file would be larger than Scaleboard opens, naming its size and the limit', () => {
    const sources = [
      { name: 'North', board: withHistory(createExampleBoard(T1)) },
      { name: 'South', board: relabelled(withHistory(createExampleBoard(T1)), 'S') },
    ];
    // The same ids each time, so that each combine makes a board of the same size.
    const counting = () => {
      let n = 0;
      return () => `id-${++n}`;
    };
    const fits = combineBoards(sources, { now: NOW, newId: counting() });
    if (!fits.ok) throw new Error(fits.error.message);
    const bytes = Buffer.byteLength(serializeBoard(fits.value.board));
    // The limit by default is the one opening a file applies.
    expect(bytes).toBeLessThan(MAX_BOARD_FILE_BYTES);
    expect(combineBoards(sources, { now: NOW, newId: counting(), maxFileBytes: bytes }).ok).toBe(true);
    const refused = combineBoards(sources, { now: NOW, newId: counting(), maxFileBytes: bytes - 1 });
    expect(refused).toEqual({
      ok: false,
      error: {
        code: 'combined-too-large',
        message: expect.stringMatching(
          /^The boards cannot be combined: the combined board would be a file of \d+ KiB, and Scaleboard opens board files up to \d+ KiB\. Nothing was combined\.$/,
        ),
      },
    });
  });

  it('counts a board’s bytes as its file has them', () => {
    for (const text of ['', 'plain', 'Zürich – 5 €', 'emoji 🚀 and 𝔘', '\ud800 lone surrogate', 'x\udc00']) {
      expect(utf8ByteLength(text)).toBe(Buffer.byteLength(text, 'utf8'));
    }
  });

  it('names a source board after its file, without .scaleboard in any case, for the app and the command line', () => {
    expect(sourceBoardName('North.scaleboard')).toBe('North');
    expect(sourceBoardName('south.SCALEBOARD')).toBe('south');
    expect(sourceBoardName('q4.v2.scaleboard')).toBe('q4.v2');
    expect(sourceBoardName('board.json')).toBe('board.json');
  });

  it('refuses a card that would mark more fields confidential than the schema allows', () => {
    const fields = (prefix: string) =>
      Array.from({ length: BOARD_LIMITS.confidentialFields / 2 + 1 }, (_, i) => `${prefix}${i}`);
    let north = board('North');
    north = addInitiative(north, { id: 'c', title: 'Claims', confidential: fields('n') }, { now: T1 });
    let south = board('South');
    south = addInitiative(south, { id: 'c', title: 'Claims', confidential: fields('s') }, { now: T1 });
    const result = combineBoards(
      [
        { name: 'North', board: north },
        { name: 'South', board: south },
      ],
      { now: NOW },
    );
    expect(result.ok ? null : result.error.message).toBe(
      `The boards cannot be combined: the card “Claims” would have ${BOARD_LIMITS.confidentialFields + 2} confidential fields, and a card has at most ${BOARD_LIMITS.confidentialFields}. Nothing was combined.`,
    );
  });

  it('keeps one line about the combine in the workshop notes, after the first board’s own', () => {
    let north = board('North');
    north = { ...north, workshop: { ...north.workshop, notes: 'Held in Leeds.' } };
    north = addInitiative(north, { id: 'c', ref: 'R', title: 'Claims', stageEnteredAt: T1 }, { now: T1 });
    north = moveInitiative(north, 'c', 'pilot', 0, { now: T2 });
    let south = board('South');
    south = addInitiative(
      south,
      { id: 'c', ref: 'R', title: 'Claims', votes: { Ana: 1 }, stageEnteredAt: T1 },
      { now: T1 },
    );
    south = moveInitiative(south, 'c', 'scaling', 0, { now: T3 });
    const { board: result, report } = combined(['North', north], ['South', south]);
    const line = combineRecord(report, NOW);
    expect(line).toBe(
      `Combined on ${NOW.slice(0, 10)} from North, South: ${describeCombine(report).summary} Settled by rule: Stage 1.`,
    );
    expect(result.workshop.notes).toBe(`Held in Leeds.\n\n${line}`);
    // Combined again, the board keeps both lines.
    const again = combined(['Portfolio', result], ['South', south]);
    expect(again.board.workshop.notes).toBe(`Held in Leeds.\n\n${line}\n\n${combineRecord(again.report, NOW)}`);
    // Notes too full to take it: the board keeps its notes, and the report says so.
    const full = { ...north, workshop: { ...north.workshop, notes: 'x'.repeat(BOARD_LIMITS.longTextLength - 10) } };
    const refused = combined(['North', full], ['South', south]);
    expect(refused.board.workshop.notes).toBe(full.workshop.notes);
    expect(refused.report.notes).toContain(
      'North’s workshop notes are too long to take a line about this combine: copy or save this report to keep a record of it.',
    );
  });

  it('names the first boards and fields, and how many more, in that line', () => {
    const sources = Array.from({ length: 11 }, (_, i) => {
      let b = board(`B${i}`);
      b = addInitiative(b, { id: 'c', title: `Title ${i}`, owner: `Owner ${i}` }, { now: T1 });
      return [`B${i}`, b] as [string, BoardDocument];
    });
    const { report } = combined(...sources);
    expect(combineRecord(report, NOW)).toContain('from B0, B1, B2, B3, B4, B5, B6, B7 and 3 other boards:');
    expect(combineRecord(report, NOW)).toContain('Settled by rule: Title 1, Owner 1.');
  });

  it('writes the whole report as text, each part a block: what the command line prints and the app copies', () => {
    const { report } = combined(['North', withHistory(createExampleBoard(T1))], ['South', createExampleBoard(T1)]);
    const described = describeCombine(report);
    expect(described.conflicts.length).toBeGreaterThan(0);
    expect(combineReportText(report, 'a + b → c')).toBe(
      [
        `a + b → c: ${described.summary}`,
        ['Sources', ...described.sources.map((l) => `  ${l}`)].join('\n'),
        ...(described.notes.length ? [['Notes', ...described.notes.map((l) => `  ${l}`)].join('\n')] : []),
        ['Rules applied', ...described.rules.map((l) => `  ${l}`)].join('\n'),
        [`Conflicts (${report.conflicts.length})`, ...described.conflicts.map((l) => `  ${l}`)].join('\n'),
      ].join('\n\n') + '\n',
    );
    expect(combineReportText(report).startsWith(`${described.summary}\n\nSources\n`)).toBe(true);
  });
});
