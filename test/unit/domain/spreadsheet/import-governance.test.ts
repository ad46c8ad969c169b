import type { BoardDocument, ImportOptions, Regime, TableRow } from '../../../../domain';
import {
  applyImport,
  assignColumn,
  BOARD_LIMITS,
  buildImport,
  createBoard,
  describeIssues,
  ImportPreviewer,
  regimeChangeFor,
  regimesNote,
  stageValueKey,
  suggestMapping,
  validateBoard,
} from '../../../../domain';

const NOW = '2026-03-01T12:00:00.000Z';
const TOO_NEW = 'No, use case is too new to fully assess impacts; will be reassessed before end of initiation stage.';
const FAIL_SAFE_2024 =
  'For this particular use case, can the AI carry out a decision or action without direct human involvement that could result in a significant impact on rights or safety?';

function options(headers: string[], overrides: Partial<ImportOptions> = {}): ImportOptions {
  return {
    headerRow: 0,
    mapping: suggestMapping(headers),
    stageMap: {},
    blankStage: 'idea',
    date1904: false,
    ...overrides,
  };
}

function build(rows: TableRow[], overrides: Partial<ImportOptions> = {}) {
  const headers = rows[0] as string[];
  return buildImport(rows, headers, options(headers, overrides));
}

describe('buildImport: the 2025 template’s classification and practices', () => {
  const headers = [
    'Use Case Name',
    'Is the AI use case high-impact?',
    'Has an AI impact assessment been completed for this AI use case? \n\nPractice: Complete AI Impact Assessment',
    'Has as independent review  of the AI use case been  conducted?',
    'Is there an established appeal process in the event that an impacted individual would like to appeal or  contest the AI system’s  outcome?',
  ];
  const rows: TableRow[] = [
    headers,
    ['Claims triage', 'a) High-impact', 'b) In-progress', 'c) Yes – by the CAIO', 'b) Not applicable'],
    ['Mail routing', 'c) Not high-impact', null, null, null],
    [
      'Fraud analytics',
      'Maybe',
      'Other',
      'a) Yes',
      'd) Law, operational limitations, or governmentwide guidance precludes an opportunity for an individual to appeal',
    ],
  ];

  it('reads each row’s determination and practices, keeping an answer that says more as evidence', () => {
    const built = build(rows);
    expect(built.cards.map((c) => c.fields)).toEqual([
      {
        usHighImpact: 'high-impact',
        practices: {
          'impact-assessment': { status: 'in-progress' },
          'independent-review': { status: 'done', evidence: 'c) Yes – by the CAIO' },
          appeal: { status: 'not-applicable' },
        },
      },
      { usHighImpact: 'not-high-impact' },
      {
        practices: {
          'independent-review': { status: 'done' },
          appeal: {
            status: 'not-applicable',
            evidence:
              'd) Law, operational limitations, or governmentwide guidance precludes an opportunity for an individual to appeal',
          },
        },
      },
    ]);
    expect(built.regimes).toEqual(['us-high-impact']);
  });

  it('reports each unreadable value by row, column and value, leaves the field out and still imports the row', () => {
    const built = build(rows);
    expect(built.cards).toHaveLength(3);
    expect(built.problems).toEqual([
      {
        row: 4,
        column: 'Is the AI use case high-impact? (B)',
        message:
          '“Maybe” is not a high-impact determination (high-impact, presumed high-impact but determined not, not high-impact); left not assessed',
        skipped: false,
      },
      {
        row: 4,
        column:
          'Has an AI impact assessment been completed for this AI use case? Practice: Complete AI Impact Assessment (C)',
        message: '“Other” is not a practice status (yes, in progress, not applicable, waived, no); left not started',
        skipped: false,
      },
    ]);
  });

  it('takes the evidence from a practice evidence column when one is mapped, and cuts it to the board’s limit', () => {
    const long = 'e'.repeat(BOARD_LIMITS.longTextLength + 10);
    const table: TableRow[] = [
      [...headers, 'Practice evidence: Independent review'],
      ['Claims triage', null, null, 'c) Yes – by the CAIO', null, 'https://intranet/review-42'],
      ['Mail routing', null, null, 'a) Yes', null, null],
      ['Fraud analytics', null, null, null, null, long],
    ];
    const built = build(table);
    expect(built.cards.map((c) => c.fields.practices?.['independent-review'])).toEqual([
      { status: 'done', evidence: 'https://intranet/review-42' },
      { status: 'done' },
      // Evidence with no status: the practice is listed, not started, so the evidence is kept.
      { status: 'not-started', evidence: long.slice(0, BOARD_LIMITS.longTextLength) },
    ]);
    expect(built.problems).toEqual([
      expect.objectContaining({ row: 4, column: 'Practice evidence: Independent review (F)' }),
    ]);
  });

  it('reads a bare yes or no under the 2024 human-involvement question the other way round', () => {
    const table: TableRow[] = [
      ['Use Case Name', FAIL_SAFE_2024],
      ['Claims triage', 'Yes'],
      ['Mail routing', 'No'],
      ['Fraud analytics', 'No - Some individual decisions or actions require direct human oversight.'],
    ];
    expect(build(table).cards.map((c) => c.fields.practices?.['fail-safe']?.status)).toEqual([
      'not-started',
      'done',
      'done',
    ]);
  });
});

describe('buildImport: DHS 2024’s rights-impacting and safety-impacting columns', () => {
  const headers = ['Use Case Name', 'Is the Use Case Rights-Impacting?', 'Is the Use Case Safety-Impacting?'];
  const rows: TableRow[] = [
    headers,
    ['Both', 'Yes', 'Yes'],
    ['Rights', 'Yes', 'No'],
    ['Safety', 'No', 'Yes'],
    ['Neither', 'No', 'No'],
    ['Too new', TOO_NEW, TOO_NEW],
    ['Blank', null, null],
    ['Safety blank', 'Yes', null],
    ['Rights unreadable', 'Perhaps', 'No'],
  ];

  it('combines the two answers into one classification', () => {
    const built = build(rows);
    expect(built.cards.map((c) => [c.title, c.fields.usRightsSafety])).toEqual([
      ['Both', 'both'],
      ['Rights', 'rights'],
      ['Safety', 'safety'],
      ['Neither', 'neither'],
      ['Too new', undefined],
      ['Blank', undefined],
      ['Safety blank', undefined],
      ['Rights unreadable', undefined],
    ]);
    expect(built.regimes).toEqual(['us-rights-safety']);
  });

  it('reports an answer missing or unreadable on one side, leaving the pair not assessed; “too new” is no problem', () => {
    expect(build(rows).problems).toEqual([
      {
        row: 8,
        column: 'Is the Use Case Safety-Impacting? (C)',
        message:
          'no answer, while Is the Use Case Rights-Impacting? (B) says “Yes”; rights/safety-impacting left not assessed',
        skipped: false,
      },
      {
        row: 9,
        column: 'Is the Use Case Rights-Impacting? (B)',
        message: '“Perhaps” is not a yes or no answer; rights/safety-impacting left not assessed',
        skipped: false,
      },
    ]);
  });

  it('says once, on the header row, that one column alone cannot be read', () => {
    const headers1 = ['Use Case Name', 'Is the Use Case Rights-Impacting?'];
    const built = build([headers1, ['A', 'Yes'], ['B', 'No']]);
    expect(built.cards.every((c) => c.fields.usRightsSafety === undefined)).toBe(true);
    expect(built.problems).toEqual([
      {
        row: 1,
        column: 'Is the Use Case Rights-Impacting? (B)',
        message:
          'this column is read together with “US safety-impacting (yes/no)”, which no column fills; rights/safety-impacting is left not assessed',
        skipped: false,
      },
    ]);
    // A half that classifies no card does not put the regime on the board.
    expect(built.regimes).toEqual([]);
  });

  it('takes a combined answer over the two halves when a row has one', () => {
    const table: TableRow[] = [
      [...headers, 'Is the AI use case rights-impacting, safety-impacting, both, or neither?'],
      ['A', 'Yes', 'Yes', 'Neither'],
      ['B', 'Yes', 'No', null],
    ];
    expect(build(table).cards.map((c) => c.fields.usRightsSafety)).toEqual(['neither', 'rights']);
  });
});

describe('ImportPreviewer with governance columns', () => {
  it('shows the problems the whole import reports, through changes of the governance columns', () => {
    const headers = [
      'Use Case Name',
      'Is the Use Case Rights-Impacting?',
      'Is the Use Case Safety-Impacting?',
      'Has an independent evaluation of the AI use case been conducted?',
      'Evidence',
      FAIL_SAFE_2024,
    ];
    const answers = ['Yes', 'No', null, 'Perhaps', TOO_NEW];
    const rows: TableRow[] = [
      headers,
      ...Array.from({ length: 60 }, (_, i): TableRow => [
        `Use case ${i}`,
        answers[i % 5]!,
        answers[(i * 3) % 5]!,
        ['Yes - by the CAIO', 'Other', null, 'Planned or In-Progress'][i % 4]!,
        i % 7 === 0 ? `memo ${i}` : null,
        ['Yes', 'No', 'Sometimes'][i % 3]!,
      ]),
    ];
    const previewer = new ImportPreviewer(rows, headers, 0);
    let current = options(headers);
    const use = (column: number, field: Parameters<typeof assignColumn>[2]) => {
      current = { ...current, ...assignColumn({ mapping: current.mapping, ignoredColumns: [] }, column, field) };
    };
    const check = (step: string) => {
      const whole = buildImport(rows, headers, current);
      expect(previewer.preview(current, { cards: 5, problems: 500 }), step).toEqual({
        rows: whole.rows,
        stages: whole.stages,
        blankStage: whole.blankStage,
        cards: whole.cards.slice(0, 5),
        problems: whole.problems.slice(0, 500),
      });
    };
    check('as suggested');
    use(4, 'practiceEvidence.independent-review');
    check('an evidence column');
    use(2, 'custom');
    check('the safety half taken away');
    use(2, 'usSafetyImpacting');
    check('and given back');
    use(5, 'practice.monitoring');
    check('the human-involvement question as monitoring');
    use(5, 'practice.fail-safe');
    check('and back');
  });
});

describe('applyImport: the regimes an import classifies under', () => {
  const headers = ['Use Case Name', 'Is the AI use case rights-impacting, safety-impacting, both, or neither?'];
  const built = build([headers, ['Claims triage', 'Both'], ['Mail routing', 'Neither']]);

  function expectValid(board: BoardDocument) {
    const valid = validateBoard(board);
    expect(valid.success, valid.error && describeIssues(valid.error)).toBe(true);
  }

  it('gives a board that never chose and has no card classified exactly the file’s regimes, and says so', () => {
    const board = createBoard('B', { now: NOW });
    expect(board.workshop.regimes).toBeUndefined();
    const { board: next, report } = applyImport(board, built, 'add', { now: NOW });
    expectValid(next);
    expect(next.workshop.regimes).toEqual(['us-rights-safety']);
    expect(report.regimesAdded).toEqual(['us-rights-safety']);
    expect(report.regimesDropped).toEqual(['eu-ai-act', 'us-high-impact']);
    expect(next.initiatives.map((i) => i.usRightsSafety)).toEqual(['both', 'neither']);
    expect(
      regimesNote(
        { added: report.regimesAdded, dropped: report.regimesDropped, regimes: next.workshop.regimes! },
        'did',
      ),
    ).toBe(
      'No card on the board was classified, so it now classifies under US rights/safety-impacting (OMB M-24-10) alone, as the file does, ' +
        'leaving out EU AI Act and US high-impact (OMB M-25-21); choose them again in Setup › Regulatory regimes if they apply.',
    );
  });

  it('adds a regime to the defaults of a board that never chose but has a card classified already', () => {
    const board = createBoard('B', { now: NOW });
    const classified = applyImport(board, build([['Use Case Name'], ['Old card']]), 'add', { now: NOW }).board;
    classified.initiatives[0]!.euAiAct = 'minimal';
    const { board: next, report } = applyImport(classified, built, 'add', { now: NOW });
    expect(next.workshop.regimes).toEqual(['eu-ai-act', 'us-high-impact', 'us-rights-safety']);
    expect(report).toMatchObject({ regimesAdded: ['us-rights-safety'], regimesDropped: [] });
  });

  it('adds it to the regimes the board chose, in the usual order', () => {
    const board = { ...createBoard('B', { now: NOW }) };
    board.workshop = { ...board.workshop, regimes: ['eu-ai-act'] as Regime[] };
    const highImpact = build([
      ['Use Case Name', 'High-Impact Status'],
      ['A', 'a) High-impact'],
    ]);
    const withBoth = build([
      ['Use Case Name', 'High-Impact Status', 'Is the Use Case Rights-Impacting?', 'Is the Use Case Safety-Impacting?'],
      ['A', 'a) High-impact', 'No', 'No'],
    ]);
    expect(applyImport(board, highImpact, 'add', { now: NOW }).board.workshop.regimes).toEqual([
      'eu-ai-act',
      'us-high-impact',
    ]);
    const { board: next, report } = applyImport(board, withBoth, 'add', { now: NOW });
    expect(next.workshop.regimes).toEqual(['eu-ai-act', 'us-high-impact', 'us-rights-safety']);
    expect(report.regimesAdded).toEqual(['us-high-impact', 'us-rights-safety']);
  });

  it('leaves the board’s regimes alone when it already uses those the import fills', () => {
    const board = createBoard('B', { now: NOW });
    board.workshop = { ...board.workshop, regimes: ['eu-ai-act', 'us-high-impact'] };
    const highImpact = build([
      ['Use Case Name', 'High-Impact Status'],
      ['A', 'a) High-impact'],
    ]);
    const { board: next, report } = applyImport(board, highImpact, 'add', { now: NOW });
    expect(next.workshop).toBe(board.workshop);
    expect(report).toMatchObject({ regimesAdded: [], regimesDropped: [] });
    expect(regimesNote({ added: [], dropped: [], regimes: [] }, 'did')).toBeNull();
  });

  it('tells the preview which regimes the mapping will add and leave out, before the import', () => {
    const board = createBoard('B', { now: NOW });
    const mapping = suggestMapping(headers);
    const change = regimeChangeFor(board, mapping);
    expect(change).toEqual({
      added: ['us-rights-safety'],
      dropped: ['eu-ai-act', 'us-high-impact'],
      regimes: ['us-rights-safety'],
    });
    expect(regimesNote(change, 'will')).toBe(
      'No card on the board is classified yet, so it will classify under US rights/safety-impacting (OMB M-24-10) alone, as the file does, ' +
        'and leave out EU AI Act and US high-impact (OMB M-25-21); choose them again in Setup › Regulatory regimes if they apply.',
    );
    board.workshop = { ...board.workshop, regimes: ['us-rights-safety'] };
    expect(regimeChangeFor(board, mapping)).toBeNull();
  });

  it('does not move a prohibited card forward on a merge, and says so; a move back or to Stopped goes through', () => {
    const headers = ['Use Case Name', 'Use Case ID', 'Stage', 'EU AI Act'];
    const stages = { Pilot: 'pilot', Production: 'production', Retired: 'stopped' } as const;
    const stageMap = Object.fromEntries(Object.entries(stages).map(([text, stage]) => [stageValueKey(text), stage]));
    const build = (rows: TableRow[]) => buildImport(rows, headers, options(headers, { stageMap }));
    const first = applyImport(
      createBoard('B', { now: NOW }),
      build([headers, ['A', 'R-1', 'Pilot', 'Prohibited'], ['B', 'R-2', 'Pilot', 'Minimal']]),
      'add',
      { now: NOW },
    ).board;
    expect(first.initiatives.map((i) => [i.stage, i.euAiAct])).toEqual([
      ['pilot', 'prohibited'],
      ['pilot', 'minimal'],
    ]);
    const forward = build([headers, ['A', 'R-1', 'Production', ''], ['B', 'R-2', 'Production', '']]);
    const { board, report } = applyImport(first, forward, 'merge', { now: NOW });
    expectValid(board);
    expect(board.initiatives.map((i) => i.stage)).toEqual(['pilot', 'production']);
    expect(report.problems).toEqual([
      expect.objectContaining({
        row: 2,
        message:
          'the card is classified as a prohibited practice under the EU AI Act, so the import does not move it to Production; it was updated but stays in Pilot',
      }),
    ]);
    expect(board.decisions.map((d) => d.initiativeTitle)).toEqual(['B']);
    // A row that classifies the card prohibited and moves it forward at once is held back the same way.
    const both = build([headers, ['B', 'R-2', 'Production', 'Prohibited']]);
    const reclassified = applyImport(first, both, 'merge', { now: NOW }).board;
    expect(reclassified.initiatives.find((i) => i.ref === 'R-2')).toMatchObject({
      stage: 'pilot',
      euAiAct: 'prohibited',
    });
    // Stopping it, or sending it back, is what the room may do at the gate too.
    const stopped = applyImport(first, build([headers, ['A', 'R-1', 'Retired', '']]), 'merge', { now: NOW }).board;
    expect(stopped.initiatives.find((i) => i.ref === 'R-1')!.stage).toBe('stopped');
  });

  it('merges a row’s practices into the card’s, keeping those the row does not answer', () => {
    const practices = [
      'Use Case Name',
      'Use Case ID',
      'Has an AI impact assessment been conducted for this AI use case?',
    ];
    const first = applyImport(
      createBoard('B', { now: NOW }),
      build([practices, ['A', 'R-1', 'Planned or In-Progress']]),
      'add',
      { now: NOW },
    ).board;
    const withTesting = {
      ...first,
      initiatives: first.initiatives.map((i) => ({
        ...i,
        practices: { ...i.practices, testing: { status: 'done' as const } },
      })),
    };
    const { board } = applyImport(withTesting, build([practices, ['A', 'R-1', 'Yes']]), 'merge', { now: NOW });
    expectValid(board);
    expect(board.initiatives[0]!.practices).toEqual({
      testing: { status: 'done' },
      'impact-assessment': { status: 'done' },
    });
  });
});
