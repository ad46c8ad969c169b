import type { Action, BoardDocument, Decision, ReadinessLevel } from '../../../domain';
import { countedReads } from '../../support/counted-reads';
import { realSizeBoard } from '../../support/real-size-board';
import {
  addActions,
  addInitiative,
  BRIEF_CAPS,
  briefMarkdown,
  briefSince,
  conversionWords,
  createBoard,
  decideMove,
  FIGURE_LABELS,
  leadersBrief,
  moveInitiative,
  pilotsPerProductionWords,
  PRACTICE_IDS,
  setActionStatus,
  takeSnapshot,
  updateBoard,
  updateInitiative,
} from '../../../domain';

const EARLY = '2026-05-01T10:00:00.000Z';
const NOW = '2026-06-01T10:00:00.000Z';
const TODAY = '2026-06-01';
const TAKEN = '2026-06-01T08:00:00.000Z';
let ids = 0;
const at = (now: string) => ({ now, newId: () => `id-${++ids}` });
/** Readiness in the board's foundation order: data, integration, governance, process, people, performance. */
const levels = (
  ...l: [ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel, ReadinessLevel]
) => ({
  data: l[0],
  integration: l[1],
  governance: l[2],
  process: l[3],
  people: l[4],
  performance: l[5],
});

function unwrap(result: ReturnType<typeof decideMove>): BoardDocument {
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

/**
 * Six cards. Before the workshop (EARLY): E went from Ideas to Pilot, F from Pilot through Scaling to Production.
 * In it (NOW, after the snapshot at TAKEN): A a go to Scaling, B a go with exception to Scaling with one action.
 * C was put straight into Production, so its path is unknown; D waits in Ideas.
 */
function workshopBoard(): BoardDocument {
  let board = createBoard('Q2 review', at(EARLY));
  const add = (input: Parameters<typeof addInitiative>[1]) => (board = addInitiative(board, input, at(EARLY)));
  add({
    id: 'A',
    ref: 'C-1',
    title: 'Claims triage',
    stage: 'pilot',
    kpi: 'Days to settle',
    readiness: levels(2, 2, 3, 1, 1, 2),
  });
  add({
    id: 'B',
    ref: 'C-2',
    title: 'Mail routing',
    stage: 'pilot',
    kpi: 'Hours saved',
    readiness: levels(1, 1, 1, 1, 1, 1),
  });
  add({ id: 'C', title: 'Fraud analytics', stage: 'production', readiness: levels(3, 3, 3, 3, 3, 3) });
  add({ id: 'D', title: 'Chatbot', stage: 'idea' });
  add({ id: 'E', title: 'Old pilot', stage: 'idea', problem: 'p', outcome: 'o', owner: 'Eve' });
  add({ id: 'F', title: 'Document search', stage: 'pilot', readiness: levels(3, 3, 3, 3, 3, 3) });
  board = moveInitiative(board, 'E', 'pilot', 0, at(EARLY));
  board = moveInitiative(board, 'F', 'scaling', 0, at(EARLY));
  board = moveInitiative(board, 'F', 'production', 0, at(EARLY));
  board = { ...board, snapshot: { takenAt: TAKEN, cards: [], actions: [] } };

  board = unwrap(decideMove(board, 'A', 'scaling', 0, { kind: 'go', by: 'CFO' }, at(NOW)));
  board = unwrap(
    decideMove(
      board,
      'B',
      'scaling',
      0,
      {
        kind: 'go-with-exception',
        by: 'CFO',
        rationale: 'The post room cannot wait',
        actions: [{ title: 'Name a data owner', owner: 'Ana', due: '2026-06-15', foundation: 'data' }],
      },
      at(NOW),
    ),
  );
  board = addActions(
    board,
    [
      { title: 'Book the risk review', owner: 'Risk office', due: '2026-05-20', initiativeId: 'E' },
      { title: 'Write the data contract' },
      { title: 'Closed long ago', due: '2026-05-01' },
    ],
    at(NOW),
  );
  const closed = board.actions.find((a) => a.title === 'Closed long ago')!;
  return setActionStatus(board, closed.id, 'done', at(NOW));
}

describe('the leaders’ brief', () => {
  it('gives the portfolio’s figures as worked out by hand', () => {
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY });
    // Ideas: D · Pilot: E · Scaling: A, B · Production: C, F.
    expect(brief.figures.initiatives).toBe(6);
    expect(brief.figures.stages.map((s) => [s.label, s.count])).toEqual([
      ['Ideas', 1],
      ['Pilot', 1],
      ['Scaling', 2],
      ['Production', 2],
      ['Stopped', 0],
    ]);
    // One pilot (E) for two production systems (C, F): 1 / 2.
    expect(brief.figures.pilotsPerProduction).toBe(0.5);
    // A, B, E and F are known to have entered Pilot; of them only F reached Production: 1 / 4. C, put straight
    // into Production with no log through Pilot, is left out.
    expect(brief.figures.conversion).toEqual({
      entered: 4,
      reached: 1,
      rate: 0.25,
      leftOut: expect.stringMatching(/^1 card left out: /),
    });
    // E has been in Pilot since EARLY, 31 days: not over 180, so nothing has stalled; every pilot is dated.
    expect(brief.figures.stalledPilots).toEqual({ count: 0, afterDays: 180, quietDays: 90, leftOut: null });
    // Scaling holds A (2,2,3,1,1,2) and B (1,1,1,1,1,1): data (2+1)/2, integration (2+1)/2, governance (3+1)/2…
    expect(brief.heatmap.find((row) => row.stage === 'scaling')).toEqual({
      stage: 'scaling',
      label: 'Scaling',
      cards: 2,
      mean: { data: 1.5, integration: 1.5, governance: 2, process: 1, people: 1, performance: 1.5 },
    });
    expect(brief.heatmap.find((row) => row.stage === 'stopped')?.mean.data).toBeNull();
  });

  it('names the foundations most cards lack at their next gate, most first, at most five', () => {
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY });
    // Pilot → Scaling asks data, integration ≥ 2, governance ≥ 3, performance ≥ 2: E (all 0) lacks those four.
    // Scaling → Production asks every foundation ≥ 3: A lacks data, integration, process, people, performance;
    // B lacks all six. Data 3, integration 3, performance 3, governance 2, process 2, people 2; the sixth is cut.
    expect(brief.blockers).toEqual([
      { foundation: 'data', label: 'Data', cards: 3 },
      { foundation: 'integration', label: 'Integration', cards: 3 },
      { foundation: 'performance', label: 'Performance', cards: 3 },
      { foundation: 'governance', label: 'Governance', cards: 2 },
      { foundation: 'process', label: 'Process', cards: 2 },
    ]);
  });

  it('reports the decisions since the workshop started, with each exception’s unmet criteria and actions', () => {
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY });
    expect(brief.since).toBe(TAKEN);
    expect(brief.sinceFrom).toBe('snapshot');
    // E's and F's moves were a month before; they are not today's.
    expect(brief.decisions.map((d) => [d.ref, d.title, d.kindLabel, d.from, d.to, d.by])).toEqual([
      ['C-1', 'Claims triage', 'Go', 'Pilot', 'Scaling', 'CFO'],
      ['C-2', 'Mail routing', 'Go with exception', 'Pilot', 'Scaling', 'CFO'],
    ]);
    expect(brief.exceptions).toHaveLength(1);
    const exception = brief.exceptions[0]!;
    expect(exception.rationale).toBe('The post room cannot wait');
    // B at 1 everywhere misses data, integration, performance ≥ 2 and governance ≥ 3; its KPI is set.
    expect(exception.unmetCriteria).toHaveLength(4);
    expect(exception.actions).toEqual([
      expect.objectContaining({ title: 'Name a data owner', owner: 'Ana', due: '2026-06-15', foundation: 'Data' }),
    ]);
  });

  it('lists open actions overdue first, then by due date, undated last, and leaves closed ones out', () => {
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY });
    expect(brief.openActions.map((a) => [a.title, a.overdue])).toEqual([
      ['Book the risk review', true],
      ['Name a data owner', false],
      ['Write the data contract', false],
    ]);
    expect(brief.overdueActions).toBe(1);
    expect(brief.openActions[0]).toMatchObject({ initiativeTitle: 'Old pilot', owner: 'Risk office' });
    expect(brief.openActions[1]).toMatchObject({ initiativeRef: 'C-2', initiativeTitle: 'Mail routing' });
  });

  it('is plain JSON', () => {
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY });
    expect(JSON.parse(JSON.stringify(brief))).toEqual(brief);
  });

  it('says what changed since the board it is compared with, or else since Start workshop, or nothing', () => {
    const { snapshot: _started, ...board } = workshopBoard();
    const before = { board: createBoard('Empty', at(NOW)), name: 'q1.scaleboard' };
    const compared = leadersBrief(board, { now: NOW, today: TODAY, compareWith: before });
    expect(compared.changesSince).toBe('q1.scaleboard');
    const added = compared.changes?.find((s) => s.heading === 'New');
    expect(added?.lines).toHaveLength(Math.min(board.initiatives.length, BRIEF_CAPS.changeLines + 1));
    expect(briefMarkdown(compared)).toContain('## What changed since q1.scaleboard');

    const snapshotted = leadersBrief(takeSnapshot(board, at(NOW)), { now: NOW, today: TODAY });
    expect(snapshotted.changesSince).toBe('the start of the workshop');
    expect(leadersBrief(board, { now: NOW, today: TODAY }).changes).toBeUndefined();
    expect(
      leadersBrief(takeSnapshot(board, at(NOW)), { now: NOW, today: TODAY, compareWith: null }).changes,
    ).toBeUndefined();
  });
});

describe('the brief’s figures and what changed', () => {
  it('say each headline figure in the same words, then and now', () => {
    const board = workshopBoard();
    const empty = createBoard('Empty', at(EARLY));
    const brief = leadersBrief(board, { now: NOW, today: TODAY, compareWith: { board: empty, name: 'q1' } });
    const figures = brief.changes!.find((s) => s.heading === 'Headline figures then and now')!.lines;
    const md = briefMarkdown(brief);
    const said = [
      [
        FIGURE_LABELS.pilotsPerProduction,
        pilotsPerProductionWords(brief.figures.pilotsPerProduction, brief.locale),
        pilotsPerProductionWords(brief.figures.pilotsPerProduction, brief.locale),
      ],
      [
        FIGURE_LABELS.conversion,
        conversionWords(brief.figures.conversion, brief.locale),
        // Then and now, beside a label that says what is counted, the same figure in short: "25% (1 of 4)".
        conversionWords(brief.figures.conversion, brief.locale, { short: true }),
      ],
    ];
    for (const [label, figure, short] of said) {
      expect(md).toContain(`- **${label}:** ${figure}`);
      expect(figure!.startsWith(short!.slice(0, -1))).toBe(true);
      expect(figures.find((line) => line.startsWith(`${label}: `))?.endsWith(` → ${short}`)).toBe(true);
    }
    // Nothing in production on the empty board: said as the brief says it.
    expect(figures).toContain(`${FIGURE_LABELS.pilotsPerProduction}: none in production → ${said[0]![1]}`);
  });
});

describe('the leaders’ brief at size', () => {
  /**
   * How many cards, decisions and actions a brief reads on a board of `n` cards with `n` exceptions decided today,
   * each leaving one action: half on cards still on the board, half on cards deleted since, named by the decision.
   */
  function readsFor(n: number): number {
    const board = realSizeBoard(n, { now: EARLY });
    const decisions: Decision[] = board.initiatives.map((card, i) => ({
      id: `d${i}`,
      initiativeId: i % 2 ? card.id : `deleted-${i}`,
      initiativeTitle: card.title,
      at: NOW,
      kind: 'go-with-exception',
      from: 'pilot',
      to: 'scaling',
      unmetCriteria: [],
    }));
    const actions: Action[] = decisions.map((d, i) => ({
      id: `a${i}`,
      title: `Action ${i}`,
      status: 'open',
      initiativeId: d.initiativeId,
      decisionId: d.id,
      createdAt: NOW,
      updatedAt: NOW,
    }));
    const cards = countedReads(board.initiatives);
    const logged = countedReads(decisions);
    const open = countedReads(actions);
    const brief = leadersBrief(
      { ...board, initiatives: cards.items, decisions: logged.items, actions: open.items },
      { now: NOW, today: TODAY, since: EARLY },
    );
    expect(brief.openActions.filter((a) => a.initiativeTitle)).toHaveLength(n);
    return cards.reads() + logged.reads() + open.reads();
  }

  it('looks cards, decisions and actions up by id: twice the board is about twice the reading', () => {
    // A search per action or per exception would read four times as much for twice the board.
    expect(readsFor(400) / readsFor(200)).toBeLessThan(2.5);
  });
});

describe('since when the brief counts decisions', () => {
  const plain = createBoard('Plain', at(NOW));

  it('is the instant given, before the snapshot', () => {
    expect(briefSince(workshopBoard(), { since: '2026-06-01T09:30:00.000Z', today: TODAY })).toEqual({
      since: '2026-06-01T09:30:00.000Z',
      from: 'given',
    });
    const brief = leadersBrief(workshopBoard(), { now: NOW, today: TODAY, since: '2026-06-01T10:00:00.001Z' });
    expect(brief.decisions).toEqual([]);
  });

  it('passes over a snapshot from an earlier day, and takes no changes from it unless asked', () => {
    // Last quarter's Start workshop, still in the file: today's brief must not count from it.
    const lastQuarter = new Date(2026, 2, 3, 14, 5).toISOString();
    const stale = { ...takeSnapshot(plain, at(lastQuarter)), workshop: { ...plain.workshop, date: '2026-05-30' } };
    expect(briefSince(stale, { today: TODAY })).toEqual({
      since: new Date(2026, 4, 30).toISOString(),
      from: 'workshop-date',
    });
    const { workshop: _date, ...undated } = stale;
    expect(briefSince({ ...undated, workshop: plain.workshop }, { today: TODAY })).toEqual({
      since: new Date(2026, 5, 1).toISOString(),
      from: 'today',
    });

    const brief = leadersBrief(stale, { now: NOW, today: TODAY });
    expect([brief.changes, brief.changesSince]).toEqual([undefined, undefined]);
    const asked = leadersBrief(stale, {
      now: NOW,
      today: TODAY,
      compareWith: { board: plain, name: 'q1.scaleboard' },
    });
    expect(asked.changesSince).toBe('q1.scaleboard');

    // The same snapshot, on the day it was taken, is the start of that day's workshop.
    const thatDay = leadersBrief(stale, { now: lastQuarter, today: '2026-03-03' });
    expect([thatDay.sinceFrom, thatDay.since, thatDay.changesSince]).toEqual([
      'snapshot',
      lastQuarter,
      'the start of the workshop',
    ]);
  });

  it('is the start of the workshop’s day, where the app runs, when there is no snapshot', () => {
    const board = { ...plain, workshop: { ...plain.workshop, date: '2026-05-30' } };
    expect(briefSince(board, { today: TODAY })).toEqual({
      since: new Date(2026, 4, 30).toISOString(),
      from: 'workshop-date',
    });
  });

  it('is the start of today when the workshop’s date is not a day', () => {
    const board = { ...plain, workshop: { ...plain.workshop, date: 'Spring offsite' } };
    expect(briefSince(board, { today: TODAY })).toEqual({ since: new Date(2026, 5, 1).toISOString(), from: 'today' });
    expect(briefSince(plain, { today: TODAY }).from).toBe('today');
  });
});

/**
 * The workshop board classified: A (Scaling) EU high-risk with every practice done but the appeal, in progress;
 * C (Production) US high-impact with none; D (Ideas) EU high-risk; F (Production) minimal and not high-impact.
 */
function classifiedBoard(): BoardDocument {
  let board = workshopBoard();
  const done = Object.fromEntries(PRACTICE_IDS.map((id) => [id, { status: 'done' as const }]));
  board = updateInitiative(
    board,
    'A',
    { euAiAct: 'high-risk', practices: { ...done, appeal: { status: 'in-progress' } } },
    at(NOW),
  );
  board = updateInitiative(board, 'C', { usHighImpact: 'high-impact' }, at(NOW));
  board = updateInitiative(board, 'D', { euAiAct: 'high-risk' }, at(NOW));
  return updateInitiative(board, 'F', { euAiAct: 'minimal', usHighImpact: 'not-high-impact' }, at(NOW));
}

describe('the brief’s governance section', () => {
  it('gives the governance figures as worked out by hand', () => {
    const g = leadersBrief(classifiedBoard(), { now: NOW, today: TODAY }).governance;
    expect(g.regimes).toEqual(['EU AI Act', 'US high-impact (OMB M-25-21)']);
    // High-impact or high-risk: D in Ideas, A in Scaling, C in Production = 3.
    expect(g.highImpact).toBe(3);
    expect(g.stages.map((s) => [s.label, s.count])).toEqual([
      ['Ideas', 1],
      ['Pilot', 0],
      ['Scaling', 1],
      ['Production', 1],
      ['Stopped', 0],
    ]);
    expect(g.live).toBe('Scaling or Production');
    // A lacks its appeal; C lacks all seven; D lacks them too but is in Ideas.
    expect(g.lackingPractice).toEqual([
      { id: 'A', ref: 'C-1', title: 'Claims triage', stage: 'Scaling', missing: ['Appeal and remedy'] },
      {
        id: 'C',
        title: 'Fraud analytics',
        stage: 'Production',
        missing: [
          'Pre-deployment testing',
          'AI impact assessment',
          'Independent review',
          'Ongoing monitoring',
          'Operator training',
          'Fail-safe and human oversight',
          'Appeal and remedy',
        ],
      },
    ]);
    // Not classified under both: A (US), B (both), C (EU), D (US), E (both) = 5; EU 3 (B, C, E), US 4 (A, B, D, E).
    expect(g.unassessed).toBe(5);
    expect(g.unassessedNote).toBe(
      '5 cards not assessed under every regime in use (EU AI Act 3 · US high-impact (OMB M-25-21) 4); stopped cards are not counted',
    );
  });

  it('says the section in Markdown, each use case lacking a practice on its line', () => {
    const md = briefMarkdown(leadersBrief(classifiedBoard(), { now: NOW, today: TODAY }));
    const section = md.slice(md.indexOf('## Governance'), md.indexOf('## What changed'));
    expect(section).toBe(
      [
        '## Governance: high-impact and high-risk use cases',
        '',
        'Classified under EU AI Act, US high-impact (OMB M-25-21).',
        '',
        '- **High-impact or high-risk:** 3 — Ideas 1 · Pilot 0 · Scaling 1 · Production 1 · Stopped 0',
        '- 5 cards not assessed under every regime in use (EU AI Act 3 · US high-impact (OMB M-25-21) 4); stopped cards are not counted.',
        '- **In Scaling or Production, lacking a practice:** 2',
        '  - **C-1 Claims triage** — Scaling; lacks Appeal and remedy',
        `  - **Fraud analytics** — Production; lacks all ${PRACTICE_IDS.length} practices`,
        '',
        '',
      ].join('\n'),
    );
  });

  it('says when the board uses no regime', () => {
    const board = classifiedBoard();
    const none = updateBoard(board, { workshop: { ...board.workshop, regimes: [] } }, at(NOW));
    const brief = leadersBrief(none, { now: NOW, today: TODAY });
    expect(brief.governance).toMatchObject({ regimes: [], highImpact: 0, lackingPractice: [], unassessedNote: null });
    // The cards keep their classifications (A is still EU high-risk): the brief says none is counted, not that none
    // is classified.
    expect(none.initiatives.find((i) => i.id === 'A')!.euAiAct).toBe('high-risk');
    expect(briefMarkdown(brief)).toContain(
      '\nNo regulatory regime chosen in Setup › Regulatory regimes, so no classification is counted.\n',
    );
  });

  it('names the prohibited use cases not stopped, and says nothing of them when there are none', () => {
    const board = classifiedBoard();
    expect(leadersBrief(board, { now: NOW, today: TODAY }).governance.prohibited).toEqual([]);
    expect(briefMarkdown(leadersBrief(board, { now: NOW, today: TODAY }))).not.toContain('Prohibited');
    // E (moved to Pilot) and F (moved on to Production) prohibited; B, stopped here, too, and not counted.
    let banned = updateInitiative(board, 'E', { euAiAct: 'prohibited' }, at(NOW));
    banned = updateInitiative(banned, 'F', { euAiAct: 'prohibited' }, at(NOW));
    banned = {
      ...banned,
      initiatives: banned.initiatives.map((i) =>
        i.id === 'B' ? { ...i, euAiAct: 'prohibited' as const, stage: 'stopped' as const } : i,
      ),
    };
    const brief = leadersBrief(banned, { now: NOW, today: TODAY });
    expect(brief.governance.prohibited).toEqual([
      { id: 'E', title: 'Old pilot', stage: 'Pilot' },
      { id: 'F', title: 'Document search', stage: 'Production' },
    ]);
    const md = briefMarkdown(brief);
    expect(md).toContain(
      [
        '- **Prohibited (EU AI Act), not stopped:** 2',
        '  - **Old pilot** — Pilot',
        '  - **Document search** — Production',
      ].join('\n'),
    );
  });
});

describe('the brief in Markdown', () => {
  it('has its sections, the figures and the exception’s conditions', () => {
    const md = briefMarkdown(leadersBrief(workshopBoard(), { now: NOW, today: TODAY }));
    expect(md.startsWith('# Leaders’ brief — Q2 review\n')).toBe(true);
    expect(md).toContain('- **Pilots per production system:** 0.5');
    expect(md).toContain('- **Pilot-to-production conversion:** 25% (1 of 4 that entered Pilot reached Production)');
    expect(md).toMatch(/## Decisions since the workshop started/);
    expect(md).toContain('- **C-2 Mail routing** — Pilot → Scaling, CFO');
    expect(md).toContain('  - Action: Name a data owner — Ana, ');
    expect(md).toContain('## Open actions (3, 1 overdue)');
    expect(md).toMatch(/\| \*\*overdue\*\* .+ \| Book the risk review \| Risk office \| Old pilot \|/);
    expect(md).toContain('| Scaling | 2 | 1.5 | 1.5 | 2.0 | 1.0 | 1.0 | 1.5 |');
    expect(md).toContain('1. Data — 3 cards below what their next gate asks');
    expect(md).not.toContain('…and');
  });

  it('cuts long lists at the caps and says how many it left out', () => {
    let board = createBoard('Busy', at(EARLY));
    for (let i = 0; i < BRIEF_CAPS.decisions + 2; i += 1) {
      board = addInitiative(board, { id: `c${i}`, title: `Card ${i}` }, at(EARLY));
      board = moveInitiative(board, `c${i}`, 'pilot', 0, at(NOW));
    }
    board = addActions(
      board,
      Array.from({ length: BRIEF_CAPS.actions + 5 }, (_, i) => ({ title: `Action ${i}` })),
      at(NOW),
    );
    const md = briefMarkdown(leadersBrief(board, { now: NOW, today: TODAY, since: EARLY }));
    expect(md.split('\n').filter((line) => /^\| .* \| Card \d+ \|/.test(line))).toHaveLength(BRIEF_CAPS.decisions);
    expect(md).toContain('_…and 2 more decisions, not listed here');
    expect(md.split('\n').filter((line) => /\| Action \d+ \|/.test(line))).toHaveLength(BRIEF_CAPS.actions);
    expect(md).toContain('_…and 5 more open actions, not listed here');
    expect(md).toContain('## Open actions (20, 0 overdue)');
  });

  it('escapes text that would break a table or turn into a list, a heading or a formula', () => {
    let board = createBoard('Hostile', at(NOW));
    board = addInitiative(board, { id: 'h', title: '=HYPERLINK("x")|pipe', stage: 'pilot' }, at(NOW));
    board = addActions(board, [{ title: '-2+3\nnext line', owner: '@me', initiativeId: 'h' }], at(NOW));
    const md = briefMarkdown(leadersBrief(board, { now: NOW, today: TODAY }));
    const row = md.split('\n').find((line) => line.includes('2+3'))!;
    expect(row).toBe('| no date | \\-2+3 next line | \\@me | \\=HYPERLINK("x")\\|pipe |   |');
    // Five cells: six unescaped pipes.
    expect(row.match(/(?<!\\)\|/g)).toHaveLength(6);
    expect(md.split('\n').some((line) => /^[=+\-@]/.test(line) && !line.startsWith('- '))).toBe(false);
  });
});
