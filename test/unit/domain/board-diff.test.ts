import type { Action, BoardDocument, Initiative } from '../../../domain';
import {
  boardAtSnapshot,
  createBoard,
  describeDiff,
  diffBoards,
  figureRows,
  emptyReadiness,
  moveInitiative,
  removeInitiative,
  takeSnapshot,
  updateInitiative,
} from '../../../domain';

const THEN = '2026-06-01T09:00:00.000Z';
const DURING = '2026-06-02T10:00:00.000Z';
const NOW = '2026-06-02T17:00:00.000Z';
const TODAY = '2026-06-02';
const options = { today: TODAY, now: NOW };

function card(id: string, stage: Initiative['stage'], extra: Partial<Initiative> = {}): Initiative {
  return {
    id,
    title: `Card ${id}`,
    stage,
    rank: 'i',
    readiness: emptyReadiness(),
    riskTier: 'unassessed',
    tags: [],
    votes: {},
    custom: {},
    createdAt: '2024-01-01T00:00:00.000Z',
    updatedAt: '2024-01-01T00:00:00.000Z',
    ...extra,
  };
}

function action(id: string, extra: Partial<Action> = {}): Action {
  return { id, title: `Action ${id}`, status: 'open', createdAt: THEN, updatedAt: THEN, ...extra };
}

/** In en-GB, so that dates and numbers read the same on any machine. */
function board(initiatives: Initiative[], extra: Partial<BoardDocument> = {}): BoardDocument {
  const empty = createBoard('Diff', { now: THEN, newId: () => 'board' });
  return { ...empty, workshop: { ...empty.workshop, locale: 'en-GB' }, initiatives, ...extra };
}

let ids = 0;
const at = (now: string) => ({ now, newId: () => `n${++ids}` });

/**
 * Eight cards at THEN. p1, p2, p3 and p4 are pilots entered 365, 31, 212 and 180 days before THEN (p4 passes 180
 * whole days during the day); s1 is scaling and r1 in production, both dated through Pilot by the file; r2 is in
 * production with no known path; i1 is an idea.
 */
function portfolioThen(): BoardDocument {
  return board(
    [
      card('p1', 'pilot', { ref: 'PIL-1', stageEnteredAt: '2025-06-01T09:00:00.000Z' }),
      card('p2', 'pilot', { stageEnteredAt: '2026-05-01T09:00:00.000Z' }),
      card('p3', 'pilot', { ref: 'PIL-3', stageEnteredAt: '2025-11-01T09:00:00.000Z' }),
      card('p4', 'pilot', { stageEnteredAt: '2025-12-02T12:00:00.000Z' }),
      card('s1', 'scaling', {
        readiness: { ...emptyReadiness(), people: 2 },
        stageDates: { pilot: '2024-01-01T00:00:00.000Z' },
      }),
      card('r1', 'production', { stageDates: { pilot: '2023-01-01T00:00:00.000Z' } }),
      card('r2', 'production'),
      card('i1', 'idea', { ref: 'IDEA-1', stageEnteredAt: '2026-01-01T00:00:00.000Z' }),
    ],
    {
      decisions: [
        {
          id: 'old-decision',
          initiativeId: 'p2',
          initiativeTitle: 'Card p2',
          at: '2026-05-01T09:00:00.000Z',
          kind: 'go',
          from: 'idea',
          to: 'pilot',
          unmetCriteria: [],
        },
      ],
      actions: [
        action('a1', { due: '2026-06-01', initiativeId: 'p2', owner: 'Ana' }),
        action('a2', { initiativeId: 'i1' }),
        action('a3'),
        action('a4'),
      ],
    },
  );
}

/** The day's work: p1 to Production, p3 stopped, s1 renamed, readiness changed, i1 deleted, an old pilot n1 added. */
function portfolioNow(then: BoardDocument): BoardDocument {
  let b = moveInitiative(then, 'p1', 'production', 0, at(DURING));
  b = moveInitiative(b, 'p3', 'stopped', 0, { ...at(DURING), decision: { kind: 'stop', by: 'Board' } });
  b = updateInitiative(
    b,
    's1',
    { title: 'Card s1, rolled out', readiness: { ...emptyReadiness(), people: 1 } },
    at(DURING),
  );
  b = updateInitiative(b, 'r2', { readiness: { ...emptyReadiness(), data: 2 } }, at(DURING));
  b = removeInitiative(b, 'i1', at(DURING));
  b = {
    ...b,
    initiatives: [...b.initiatives, card('n1', 'pilot', { ref: 'NEW-1', stageEnteredAt: '2025-01-01T00:00:00.000Z' })],
  };
  const status = new Map<string, Action['status']>([
    ['a3', 'done'],
    ['a4', 'dropped'],
  ]);
  return {
    ...b,
    actions: [
      ...b.actions.map((a) => (status.has(a.id) ? { ...a, status: status.get(a.id)!, closedAt: DURING } : a)),
      action('a5', { due: '2026-05-30', createdAt: DURING, updatedAt: DURING }),
      action('a6', { status: 'done', createdAt: DURING, updatedAt: DURING, closedAt: DURING }),
    ],
  };
}

describe('diffBoards: cards', () => {
  const diff = diffBoards(portfolioThen(), portfolioNow(portfolioThen()), options);

  it('lists moves between stages, naming the card by id, reference and title', () => {
    expect(diff.cards.moved).toEqual([{ id: 'p1', ref: 'PIL-1', title: 'Card p1', from: 'pilot', to: 'production' }]);
  });

  it('calls a card moved to Stopped stopped, not removed', () => {
    expect(diff.cards.stopped).toEqual([{ id: 'p3', ref: 'PIL-3', title: 'Card p3', from: 'pilot', to: 'stopped' }]);
    expect(diff.cards.removed.map((c) => c.id)).toEqual(['i1']);
  });

  it('lists a deleted card as no longer on the board, and says plainly what that means', () => {
    expect(diff.cards.removed).toEqual([{ id: 'i1', ref: 'IDEA-1', title: 'Card i1', stage: 'idea' }]);
    expect(diff.notes).toContain(
      '1 card of the older board is not on the newer one: deleted since, or never on it (no card there has the same id or reference).',
    );
  });

  it('lists a card added since as new, in its stage', () => {
    expect(diff.cards.new).toEqual([{ id: 'n1', ref: 'NEW-1', title: 'Card n1', stage: 'pilot' }]);
  });

  it('lists a renamed card with its old and new title', () => {
    expect(diff.cards.renamed).toEqual([
      { id: 's1', title: 'Card s1, rolled out', from: 'Card s1', to: 'Card s1, rolled out' },
    ]);
  });

  it('lists readiness raised and lowered per foundation', () => {
    expect(diff.cards.readinessRaised).toEqual([{ id: 'r2', title: 'Card r2', foundation: 'data', from: 0, to: 2 }]);
    expect(diff.cards.readinessLowered).toEqual([
      { id: 's1', title: 'Card s1, rolled out', foundation: 'people', from: 2, to: 1 },
    ]);
  });

  it('counts the cards matched by id', () => {
    expect(diff.matching).toEqual({ byId: 7, byRef: [], ambiguousRefs: [] });
  });

  it('says nothing changed between a board and itself', () => {
    const same = diffBoards(portfolioThen(), portfolioThen(), options);
    expect(same.cards).toEqual({
      new: [],
      removed: [],
      stopped: [],
      moved: [],
      renamed: [],
      readinessRaised: [],
      readinessLowered: [],
    });
    expect([same.decisions, same.readinessLog, same.notes]).toEqual([[], [], []]);
  });
});

describe('diffBoards: matching by reference', () => {
  it('matches a card whose id changed by its reference, trimmed and in any case, and says so', () => {
    const before = board([card('old-id', 'pilot', { ref: 'DOJ-12', title: 'Claims triage' })]);
    const after = board([card('new-id', 'scaling', { ref: ' doj-12 ', title: 'Claims triage' })]);
    const diff = diffBoards(before, after, options);
    expect(diff.cards.new).toEqual([]);
    expect(diff.cards.removed).toEqual([]);
    expect(diff.cards.moved).toEqual([
      { id: 'new-id', ref: 'doj-12', title: 'Claims triage', from: 'pilot', to: 'scaling' },
    ]);
    expect(diff.matching.byRef).toEqual([
      {
        ref: 'doj-12',
        before: { id: 'old-id', ref: 'DOJ-12', title: 'Claims triage' },
        after: { id: 'new-id', ref: 'doj-12', title: 'Claims triage' },
      },
    ]);
    expect(diff.notes[0]).toBe('1 card was matched by reference, their ids being different: doj-12.');
  });

  it('prefers the id, and matches by a reference only when one card on each whole board has it', () => {
    const before = board([card('a', 'pilot', { ref: 'R-1' }), card('b', 'idea', { ref: 'R-2' })]);
    const after = board([card('a', 'pilot', { ref: 'R-2' }), card('c', 'idea', { ref: 'R-2' })]);
    const diff = diffBoards(before, after, options);
    expect(diff.matching.byId).toBe(1);
    // a holds R-2 on the newer board as well as c: R-2 does not say which card b became.
    expect(diff.matching.byRef).toEqual([]);
    expect(diff.matching.ambiguousRefs).toEqual(['R-2']);
    expect(diff.cards.new.map((c) => c.id)).toEqual(['c']);
    expect(diff.cards.removed.map((c) => c.id)).toEqual(['b']);
  });

  it('does not match two cards by a reference a card matched by id shares on each board', () => {
    const before = board([card('A', 'pilot', { ref: 'R' }), card('B', 'idea', { ref: 'R' })]);
    const after = board([card('A', 'pilot', { ref: 'R' }), card('C', 'scaling', { ref: ' r ' })]);
    const diff = diffBoards(before, after, options);
    expect(diff.matching.byId).toBe(1);
    expect(diff.matching.byRef).toEqual([]);
    expect(diff.cards.moved).toEqual([]);
    expect(diff.cards.new.map((c) => c.id)).toEqual(['C']);
    expect(diff.cards.removed.map((c) => c.id)).toEqual(['B']);
    expect(diff.matching.ambiguousRefs).toEqual(['r']);
  });

  it('matches by a reference held once on each board even beside cards matched by id', () => {
    const before = board([card('A', 'pilot', { ref: 'R-1' }), card('B', 'idea', { ref: 'R-2' })]);
    const after = board([card('A', 'pilot', { ref: 'R-1' }), card('C', 'pilot', { ref: 'r-2' })]);
    const diff = diffBoards(before, after, options);
    expect(diff.matching.byRef.map((m) => [m.before.id, m.after.id])).toEqual([['B', 'C']]);
    expect(diff.cards.moved.map((m) => [m.id, m.from, m.to])).toEqual([['C', 'idea', 'pilot']]);
  });

  it('does not match by a reference several unmatched cards share on either side, and says so', () => {
    const before = board([card('u1', 'pilot', { ref: 'AMB' }), card('u2', 'idea', { ref: 'amb' })]);
    const after = board([card('v1', 'pilot', { ref: 'AMB' })]);
    const diff = diffBoards(before, after, options);
    expect(diff.matching.byRef).toEqual([]);
    expect(diff.matching.ambiguousRefs).toEqual(['AMB']);
    expect(diff.cards.new.map((c) => c.id)).toEqual(['v1']);
    expect(diff.cards.removed.map((c) => c.id)).toEqual(['u1', 'u2']);
    expect(diff.notes).toContain(
      'The reference “AMB” is shared by several cards on one board, so no card that matches no id was matched by it.',
    );

    const twiceAfter = diffBoards(after, before, options);
    expect(twiceAfter.matching.ambiguousRefs).toEqual(['AMB']);
    expect(twiceAfter.matching.byRef).toEqual([]);
  });

  it('says when the two files are different boards', () => {
    const before = board([], { id: 'one' });
    const after = board([], { id: 'two' });
    expect(diffBoards(before, after, options).notes).toEqual([
      'The two files are different boards (their ids differ): cards are matched by id and reference all the same.',
    ]);
  });
});

describe('diffBoards: decisions, readiness log and actions', () => {
  const then = portfolioThen();
  const now = portfolioNow(then);
  const diff = diffBoards(then, now, options);

  it('lists the decisions the older board does not hold, and only those', () => {
    expect(diff.decisions.map((d) => [d.card.id, d.card.ref, d.kind, d.from, d.to, d.by])).toEqual([
      ['p1', 'PIL-1', 'move', 'pilot', 'production', undefined],
      ['p3', 'PIL-3', 'stop', 'pilot', 'stopped', 'Board'],
    ]);
  });

  it('names a card deleted since by the title its decision kept', () => {
    const gone = removeInitiative(moveInitiative(then, 'p2', 'scaling', 0, at(DURING)), 'p2', at(DURING));
    const decisions = diffBoards({ ...then, initiatives: [] }, gone, options).decisions;
    expect(decisions.at(-1)?.card).toEqual({ id: 'p2', title: 'Card p2' });
  });

  it('lists the readiness changes logged since', () => {
    expect(diff.readinessLog.map((c) => [c.card.id, c.foundation, c.from, c.to])).toEqual([
      ['s1', 'people', 2, 1],
      ['r2', 'data', 0, 2],
    ]);
  });

  it('sorts the actions into opened, done, dropped, overdue and still open', () => {
    const idsOf = (list: { id: string }[]) => list.map((a) => a.id);
    expect(idsOf(diff.actions.opened)).toEqual(['a5', 'a6']);
    expect(idsOf(diff.actions.done)).toEqual(['a3', 'a6']);
    expect(idsOf(diff.actions.dropped)).toEqual(['a4']);
    // a1 was due on the 1st and a5 on 30 May; today is the 2nd. An action due today would not be overdue.
    expect(idsOf(diff.actions.overdue)).toEqual(['a1', 'a5']);
    expect(idsOf(diff.actions.stillOpen)).toEqual(['a1', 'a2']);
    expect(diff.actions.overdue[0]).toEqual({
      id: 'a1',
      title: 'Action a1',
      status: 'open',
      owner: 'Ana',
      due: '2026-06-01',
      card: { id: 'p2', title: 'Card p2' },
    });
    // a2 serves i1, deleted since: the action still names it, by the older board's card.
    expect(diff.actions.stillOpen[1]?.card).toEqual({ id: 'i1', ref: 'IDEA-1', title: 'Card i1' });
  });

  it('is plain data: it survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(diff))).toEqual(diff);
  });

  it('does not call an action overdue since when it was overdue already on the older board', () => {
    // Due on 20 May: overdue on 1 June, when the older board was last changed, and still open now.
    const late = action('late', { due: '2026-05-20' });
    const older = board([card('p1', 'pilot')], { actions: [late], updatedAt: THEN });
    const newer = { ...older, actions: [late, action('fresh', { due: '2026-06-01', createdAt: DURING })] };
    const actions = diffBoards(older, newer, options).actions;
    expect(actions.overdue.map((a) => a.id)).toEqual(['fresh']);
    expect(actions.stillOverdue.map((a) => a.id)).toEqual(['late']);
    const lines = describeDiff(diffBoards(older, newer, options), newer).find((s) => s.heading === 'Actions')!.lines;
    expect(lines).toContain('Still open from before: 1 action, 1 of them overdue already then');
    // A board compared with itself: nothing is a change, the overdue action included.
    const same = diffBoards(older, older, options).actions;
    expect([same.opened, same.overdue]).toEqual([[], []]);
  });

  it('does not list as taken since the decisions older than the older board, whatever their ids', () => {
    // The same history under new ids, as a board built again from a spreadsheet has it.
    const older = moveInitiative(board([card('p1', 'idea')]), 'p1', 'pilot', 0, at(THEN));
    const rebuilt = { ...older, decisions: older.decisions.map((d) => ({ ...d, id: `${d.id}-again` })) };
    const newer = moveInitiative(rebuilt, 'p1', 'scaling', 0, at(DURING));
    expect(diffBoards(older, newer, options).decisions.map((d) => [d.from, d.to])).toEqual([['pilot', 'scaling']]);
  });

  it('says a hold keeps the card where it was, rather than a move from a stage to itself', () => {
    const older = board([card('p1', 'pilot')]);
    const held = {
      ...older,
      decisions: [
        {
          id: 'h',
          initiativeId: 'p1',
          initiativeTitle: 'Card p1',
          at: DURING,
          kind: 'hold' as const,
          from: 'pilot' as const,
          to: 'pilot' as const,
          unmetCriteria: [],
        },
      ],
    };
    const lines = describeDiff(diffBoards(older, held, options), held).find((s) => s.heading === 'Decisions taken')!;
    expect(lines.lines[0]).toMatch(/ · Hold · Card p1: stays in Pilot$/);
  });
});

describe('diffBoards: figures then and now', () => {
  const diff = diffBoards(portfolioThen(), portfolioNow(portfolioThen()), options);

  it('counts the older board as of its own last change and the newer as of now', () => {
    expect(diff.figures.before.at).toBe(THEN);
    expect(diff.figures.after.at).toBe(NOW);
  });

  it('gives the figures then, by hand: 4 pilots, 2 in production, 1 of 6 reached, 2 stalled', () => {
    const before = diff.figures.before;
    expect(before.initiatives).toBe(8);
    expect(before.byStage).toEqual({ idea: 1, pilot: 4, scaling: 1, production: 2, stopped: 0 });
    // 4 pilots / 2 in production = 2.
    expect(before.pilotsPerProduction).toBe(2);
    // Entered Pilot with a known path: p1, p2, p3, p4 (dated pilots), s1 and r1 (dated through Pilot) = 6; of
    // which reached Production: r1 = 1; 1 / 6. r2 sits in Production with no known path: left out.
    expect(before.conversion).toEqual({ entered: 6, reached: 1, rate: 1 / 6, unknownPath: 1 });
    // At THEN, p1 has been in Pilot 365 days and p3 212 (> 180, no decision); p4 180 (not more); p2 31.
    expect(before.stalledPilots).toBe(2);
  });

  it('gives the figures now, by hand: 3 pilots, 3 in production, 2 of 7 reached, 2 stalled', () => {
    const after = diff.figures.after;
    expect(after.initiatives).toBe(8);
    expect(after.byStage).toEqual({ idea: 0, pilot: 3, scaling: 1, production: 3, stopped: 1 });
    // 3 pilots (p2, p4, n1) / 3 in production (p1, r1, r2) = 1.
    expect(after.pilotsPerProduction).toBe(1);
    // Entered: p1 (logged Pilot → Production), p2, p4, n1 (dated pilots), s1, r1, p3 (logged Pilot → Stopped)
    // = 7; reached: p1 and r1 = 2; 2 / 7.
    expect(after.conversion).toEqual({ entered: 7, reached: 2, rate: 2 / 7, unknownPath: 1 });
    // p1 and p3 left Pilot; n1 has been in Pilot 517 days at NOW and p4 182 (it stalled during the day, so it is
    // not counted then); p2 32 days.
    expect(after.stalledPilots).toBe(2);
  });

  it('compares with the board at the snapshot when given it: "then" is the start of the workshop', () => {
    const started = takeSnapshot(portfolioThen(), { now: THEN });
    const day = portfolioNow(started);
    const fromSnapshot = diffBoards(boardAtSnapshot(day)!, day, options);
    expect(fromSnapshot.figures.before).toEqual(diff.figures.before);
    expect(fromSnapshot.cards.moved.map((m) => m.id)).toEqual(['p1']);
    expect(fromSnapshot.cards.removed.map((c) => c.id)).toEqual(['i1']);
    expect(fromSnapshot.decisions).toHaveLength(2);
  });
});

describe('describeDiff', () => {
  const then = portfolioThen();
  const now = portfolioNow(then);

  it('names each card by its id too when asked, as the command line does', () => {
    const diff = diffBoards(then, now, options);
    const sections = describeDiff(diff, now, { ids: true });
    const lines = (heading: string) => sections.find((s) => s.heading === heading)?.lines;
    const moved = diff.cards.moved[0]!;
    expect(lines('Moved between stages')![0]).toBe(`Card p1 (PIL-1; id ${moved.id}): Pilot → Production`);
    const renamed = diff.cards.renamed[0]!;
    expect(lines('Renamed')).toEqual([`“Card s1” → “Card s1, rolled out” (id ${renamed.id})`]);
  });

  it('writes sections in reading order, leaving out those with nothing to say', () => {
    const sections = describeDiff(diffBoards(then, now, options), now);
    expect(sections.map((s) => s.heading)).toEqual([
      'Moved between stages',
      'New',
      'Stopped',
      'No longer on the board',
      'Renamed',
      'Readiness raised',
      'Readiness lowered',
      'Decisions taken',
      'Actions',
      'Headline figures then and now',
      'Notes',
    ]);
    const lines = (heading: string) => sections.find((s) => s.heading === heading)?.lines;
    expect(lines('Moved between stages')).toEqual(['Card p1 (PIL-1): Pilot → Production']);
    expect(lines('Stopped')).toEqual(['Card p3 (PIL-3), from Pilot']);
    expect(lines('No longer on the board')).toEqual([
      'Card i1 (IDEA-1), was in Ideas: deleted, or not on the newer board',
    ]);
    expect(lines('Renamed')).toEqual(['“Card s1” → “Card s1, rolled out”']);
    expect(lines('Readiness lowered')).toEqual(['Card s1, rolled out: People & operating model 2 → 1']);
    expect(lines('Actions')).toEqual([
      'Opened: Action a5 (due 30 May 2026)',
      'Opened: Action a6',
      'Done: Action a3',
      'Done: Action a6',
      'Dropped: Action a4',
      'Overdue: Action a1 (Ana, due 1 Jun 2026, Card p2)',
      'Overdue: Action a5 (due 30 May 2026)',
      'Still open from before: 2 actions',
    ]);
  });

  it('writes the figures then and now with the board’s stage labels', () => {
    const renamed = { ...now, stages: now.stages.map((s) => (s.id === 'pilot' ? { ...s, label: 'Trial' } : s)) };
    const figures = describeDiff(diffBoards(then, renamed, options), renamed).find(
      (s) => s.heading === 'Headline figures then and now',
    );
    expect(figures?.lines).toEqual([
      'Initiatives: 8 → 8',
      'Ideas: 1 → 0',
      'Trial: 4 → 3',
      'Scaling: 1 → 1',
      'Production: 2 → 3',
      'Stopped: 0 → 1',
      'Pilots per production system: 2.0 → 1.0',
      'Pilot-to-production conversion: 17% (1 of 6) → 29% (2 of 7)',
      'Stalled pilots: 2 → 2',
    ]);
  });

  it('gives the figures as rows for a table, and leaves their section out when asked', () => {
    const diff = diffBoards(then, now, options);
    const rows = figureRows(diff.figures, now);
    expect(rows.find((r) => r.key === 'pilots-per-production')).toEqual({
      key: 'pilots-per-production',
      label: 'Pilots per production system',
      then: '2.0',
      now: '1.0',
    });
    expect(rows.find((r) => r.key === 'production')).toMatchObject({ label: 'Production', then: '2', now: '3' });
    const headings = describeDiff(diff, now, { figures: false }).map((s) => s.heading);
    expect(headings).not.toContain('Headline figures then and now');
    expect(headings).toContain('Notes');
  });

  it('writes numbers and dates in the board’s locale', () => {
    const german = { ...now, workshop: { ...now.workshop, locale: 'de-DE' } };
    const sections = describeDiff(diffBoards(then, german, options), german);
    const figures = sections.find((s) => s.heading === 'Headline figures then and now')!.lines;
    expect(figures).toContain('Pilots per production system: 2,0 → 1,0');
    expect(sections.find((s) => s.heading === 'Actions')!.lines[0]).toBe('Opened: Action a5 (due 30.05.2026)');
  });

  it('caps a long list with “…and N more”', () => {
    const many = Array.from({ length: 25 }, (_, i) => card(`c${i}`, 'idea'));
    const sections = describeDiff(diffBoards(board([]), board(many), options), board(many), { cap: 10 });
    const added = sections.find((s) => s.heading === 'New')!.lines;
    expect(added).toHaveLength(11);
    expect(added[9]).toBe('Card c9, in Ideas');
    expect(added[10]).toBe('…and 15 more');
  });

  it('has only the figures to say when nothing changed', () => {
    const sections = describeDiff(diffBoards(then, then, options), then);
    expect(sections.map((s) => s.heading)).toEqual(['Actions', 'Headline figures then and now']);
    expect(sections[0]!.lines).toEqual([
      'Overdue: Action a1 (Ana, due 1 Jun 2026, Card p2)',
      'Still open from before: 4 actions',
    ]);
  });
});
