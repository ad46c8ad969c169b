/**
 * Whatever a spreadsheet holds, importing it makes a board that validates, and every row it does not import is
 * reported: tables with values past every limit of the board (hundreds of tags, 200,000-character titles, long
 * headers, thousands of columns, huge numbers, many rows), imported as new cards or merged into a board that is
 * already close to its limits. FUZZ_RUNS sets the cases (`npm run fuzz` runs many more).
 */
import fc from 'fast-check';
import type { BoardDocument, ImportedCard, ImportMode, Initiative, TableCell, TableRow } from '../../../domain';
import {
  applyImport,
  BOARD_LIMITS,
  boardDocumentSchema,
  buildImport,
  cellText,
  createBoard,
  describeIssues,
  distinctStageValues,
  IMPORT_FIELD_LABELS,
  isCanonicalBoard,
  spreadRanks,
  STAGE_IDS,
  suggestedStageMap,
  suggestMapping,
} from '../../../domain';
import { FUZZ_RUNS } from '../../support/fuzz';
import { seededRandom } from '../../support/generated-inventory';
import { plainInitiative } from '../../support/initiatives';

const NOW = '2026-05-01T12:00:00.000Z';
const LATER = '2026-05-02T12:00:00.000Z';
const MAPPED = [
  'title',
  'ref',
  'id',
  'stage',
  'owner',
  'problem',
  'currency',
  'tags',
  'votes',
  'valueEstimate',
  'readiness.data',
  'evidence.data',
  'datePilot',
] as const;

/** Text of an exact length, with a surrogate pair and a space where a cut may fall. */
const textOf = (length: number, seed = 'x'): string => `${seed} 😀 `.repeat(Math.ceil(length / 5)).slice(0, length);

/** Values chosen to sit on, just past, or far past a limit of the board. */
const overLimit: fc.Arbitrary<TableCell> = fc.oneof(
  fc
    .constantFrom(
      BOARD_LIMITS.titleLength,
      BOARD_LIMITS.titleLength + 1,
      BOARD_LIMITS.longTextLength + 1,
      200_000,
      BOARD_LIMITS.currencyLength + 1,
    )
    .map((n) => textOf(n)),
  fc
    .tuple(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 1, max: BOARD_LIMITS.shortTextLength + 300 }))
    .map(([count, length]) => Array.from({ length: count }, (_, i) => textOf(length, `t${i}`)).join(', ')),
  fc
    .tuple(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 1, max: 30 }))
    .map(([name, digits]) => `${textOf(name, 'v')}: ${'9'.repeat(digits)}; CFO: 2`),
  fc.integer({ min: 1, max: 400 }).map((digits) => `${'9'.repeat(digits)} bn`),
  fc.constantFrom('  ', `${' '.repeat(600)}x`, '__proto__', 'constructor', '2025-13-45', '1e999'),
  fc.string({ maxLength: 30, unit: 'grapheme' }),
  fc.double(),
  fc.boolean(),
  fc.date({ noInvalidDate: true }).map((d) => ({ date: d.toISOString() })),
);

interface Table {
  headers: string[];
  rows: TableRow[];
}

const PLAIN: TableCell[] = [null, '', 'Claims triage', 'Pilot', 'Deployed', 'retired', '3', 'a; b', 42, '  padded  '];
const HEADERS = ['Notes', 'Notes', '__proto__', '__proto__ (renamed)', 'constructor', '', textOf(700, 'Long header')];

const table: fc.Arbitrary<Table> = fc
  .record({
    mapped: fc.subarray([...MAPPED], { minLength: 1 }),
    // Small, tall (many rows) or wide (more columns than a board has custom fields); never both tall and wide.
    shape: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.record({ customs: fc.integer({ min: 0, max: 6 }), rows: fc.integer({ min: 0, max: 30 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({ customs: fc.integer({ min: 0, max: 6 }), rows: fc.integer({ min: 1000, max: 1500 }) }),
      },
      {
        weight: 1,
        arbitrary: fc.record({
          customs: fc.integer({ min: BOARD_LIMITS.customFields - 5, max: BOARD_LIMITS.customFields * 2.5 }),
          rows: fc.integer({ min: 0, max: 30 }),
        }),
      },
    ),
    seed: fc.integer(),
    special: fc.array(fc.tuple(fc.nat(), fc.nat(), overLimit), { maxLength: 12 }),
  })
  .map(({ mapped, shape: { customs, rows }, seed, special }) => {
    const next = seededRandom(seed);
    const headers = [
      ...mapped.map((field) => IMPORT_FIELD_LABELS[field]),
      ...Array.from({ length: customs }, (_, i) => (next() < 0.1 ? HEADERS[i % HEADERS.length]! : `Field ${i}`)),
    ];
    // Wide tables are sparse, as real ones are: most custom cells empty.
    const fill = customs > 10 ? 0.02 : 0.6;
    // References and IDs are mostly distinct, as in real sheets, so that a merge updates cards rather than adds them.
    const distinct = new Set(['Reference', 'Scaleboard ID'].map((h) => headers.indexOf(h)));
    const body = Array.from({ length: rows }, (_, row) =>
      headers.map((_, column) => {
        if (distinct.has(column) && next() < 0.9) return `R-${row}`;
        return column < mapped.length || next() < fill ? PLAIN[Math.floor(next() * PLAIN.length)]! : null;
      }),
    );
    for (const [row, column, value] of special) {
      if (body.length) body[row % body.length]![column % headers.length] = value;
    }
    return { headers, rows: [headers, ...body] };
  });

function build(t: Table) {
  const mapping = suggestMapping(t.headers);
  return buildImport(t.rows, t.headers, {
    headerRow: 0,
    mapping,
    stageMap: suggestedStageMap(distinctStageValues(t.rows, 0, mapping.stage)),
    blankStage: 'idea',
    date1904: false,
  });
}

/** A card already on the board; the first few have references that rows of the generated tables carry. */
function card(index: number, rank: string): Initiative {
  return plainInitiative(
    {
      id: `existing-${index}`,
      ref: index < PLAIN.length ? cellText(PLAIN[index]) || `R${index}` : `R${index}`,
      title: `Existing ${index}`,
      stage: STAGE_IDS[index % STAGE_IDS.length]!,
      rank,
    },
    NOW,
  );
}

// Boards one step short of their limits, built once: filling 100,000 cards for every case would be most of the run.
let fullOfCards: BoardDocument | undefined;
let fullOfFields: BoardDocument | undefined;
const targets = {
  empty: () => createBoard('Empty', { now: NOW }),
  'nearly full of cards': () =>
    (fullOfCards ??= {
      ...createBoard('Cards', { now: NOW }),
      initiatives: spreadRanks(BOARD_LIMITS.initiatives - 3).map((rank, i) => card(i, rank)),
    }),
  'nearly full of custom fields': () =>
    (fullOfFields ??= {
      ...createBoard('Fields', { now: NOW }),
      customFields: Array.from({ length: BOARD_LIMITS.customFields - 3 }, (_, i) => ({
        key: `Existing field ${i}`,
        label: `Existing field ${i}`,
      })),
    }),
};
type Target = keyof typeof targets | 'the same table, imported before with other stages';

function importInto(target: Target, mode: ImportMode, t: Table) {
  const built = build(t);
  if (target !== 'the same table, imported before with other stages') {
    return { built, ...applyImport(targets[target](), built, mode, { now: LATER }) };
  }
  // On the second import every card moves, most of them into Production: an inventory re-imported a year later.
  const before = applyImport(createBoard('Before', { now: NOW }), built, 'add', { now: NOW }).board;
  const shifted = {
    ...built,
    cards: built.cards.map((c): ImportedCard => ({ ...c, stage: c.stage === 'production' ? 'stopped' : 'production' })),
  };
  return { built, ...applyImport(before, shifted, mode, { now: LATER }) };
}

function check(target: Target, mode: ImportMode, t: Table): void {
  const { built, board, report } = importInto(target, mode, t);
  // The board validates as it is, with nothing for the schema to trim or strip: saved and opened, it is the same.
  if (!isCanonicalBoard(board)) {
    const parsed = boardDocumentSchema.safeParse(board);
    throw new Error(
      parsed.success
        ? 'the imported board validates only once the schema has changed it'
        : `the imported board does not validate: ${describeIssues(parsed.error)}`,
    );
  }
  // No row lost without a word: each one was added, updated, or skipped with its reason.
  expect(report.added + report.updated + report.skipped.length).toBe(built.rows);
}

describe('importing any table', () => {
  it('makes a board that validates, as new cards or merged into a board', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Target>('empty', 'the same table, imported before with other stages'),
        fc.constantFrom<ImportMode>('add', 'merge'),
        table,
        check,
      ),
      { numRuns: Math.ceil(FUZZ_RUNS / 3) },
    );
  });

  it('keeps a board near its limits of cards and custom fields within them', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(
        fc.constantFrom<Target>('nearly full of cards', 'nearly full of custom fields'),
        fc.constantFrom<ImportMode>('add', 'merge'),
        table,
        check,
      ),
      // Copying and checking a board of 100,000 cards takes a large part of a second, so this one runs few cases.
      { numRuns: Math.ceil(FUZZ_RUNS / 50) },
    );
  });
});
