/**
 * The fast check in board-fast-path.ts may only accept a board the schema would accept and return unchanged.
 * Random mutations of a real board (values swapped for anything JSON can hold, near-miss strings and dates, keys
 * removed or added) are checked against `boardDocumentSchema` itself.
 */
import fc from 'fast-check';
import {
  boardDocumentSchema,
  createExampleBoard,
  isCanonicalBoard,
  parseBoardFile,
  serializeBoard,
} from '../../../domain';

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 1000);
const NOW = '2026-05-01T12:00:00.000Z';
/**
 * The example board, with a file's stage dates, a classification under every regime and two practices on its first
 * card, the board's regimes, and an action, a readiness change and a workshop
 * snapshot with every optional field, so that they are mutated too.
 */
const base = () => {
  const board = createExampleBoard(NOW);
  const card = board.initiatives[0]!;
  card.stageDates = { pilot: '2025-01-15T00:00:00.000Z', production: '2026-02-01T00:00:00.000Z' };
  card.euAiAct = 'high-risk';
  card.usHighImpact = 'presumed-not';
  card.usRightsSafety = 'both';
  card.practices = {
    testing: { status: 'done', evidence: 'https://example.org/test-report' },
    appeal: { status: 'waived' },
  };
  board.workshop.regimes = ['eu-ai-act', 'us-rights-safety'];
  board.actions = [
    {
      id: 'action-1',
      title: 'Agree the data-sharing contract',
      owner: 'Ana',
      due: '2026-06-30',
      status: 'done',
      initiativeId: card.id,
      foundation: 'data',
      decisionId: 'decision-1',
      note: 'Legal has the draft.',
      createdAt: NOW,
      updatedAt: NOW,
      closedAt: NOW,
    },
  ];
  board.readinessLog = [
    {
      id: 'change-1',
      initiativeId: card.id,
      initiativeTitle: card.title,
      foundation: 'governance',
      from: 1,
      to: 3,
      at: NOW,
      by: 'Ana',
      rationale: 'The review board signed off.',
      decisionId: 'decision-1',
    },
  ];
  board.snapshot = {
    takenAt: NOW,
    cards: [
      { id: card.id, ref: 'R-1', title: card.title, stage: card.stage, stageEnteredAt: NOW, readiness: card.readiness },
    ],
    actions: [{ id: 'action-1', status: 'open' }],
  };
  return JSON.parse(serializeBoard(board)) as Record<string, unknown>;
};

/** Every path to a value in the document, objects and arrays included. */
function pathsOf(value: unknown, prefix: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(prefix);
  if (Array.isArray(value)) value.forEach((item, i) => pathsOf(item, [...prefix, i], out));
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) pathsOf(v, [...prefix, k], out);
  return out;
}
const PATHS = pathsOf(base()).filter((p) => p.length > 0);

const digit = fc.integer({ min: 0, max: 9 }).map(String);
const nearDate = fc
  .array(digit, { minLength: 17, maxLength: 17 })
  .map(
    (d) =>
      `${d.slice(0, 4).join('')}-${d[4]}${d[5]}-${d[6]}${d[7]}T${d[8]}${d[9]}:${d[10]}${d[11]}:${d[12]}${d[13]}.${d[14]}${d[15]}${d[16]}Z`,
  );
const replacement = fc.oneof(
  fc.jsonValue(),
  fc.string(),
  fc.constantFrom('', ' padded ', 'x'.repeat(501), 'x'.repeat(20_001), '__proto__', 'constructor', 'idea', 'z'),
  fc.constantFrom(-1, 0, 1, 2.5, 4, 5, 1e300, Number.MAX_SAFE_INTEGER + 2),
  nearDate,
  fc.constantFrom(
    '2024-02-29T00:00:00.000Z',
    '2023-02-29T00:00:00.000Z',
    '2026-04-31T10:00:00.000Z',
    '2026-13-01T00:00:00.000Z',
  ),
  fc.constantFrom('2026-02-29', '2024-02-29', '2026-11-31', '2026-1-05', '2026-11-26', '20261126'),
  fc.constantFrom('high-risk', 'prohibited', 'high-impact', 'rights', 'waived', 'done', 'eu-ai-act', 'us-high-impact'),
  fc.constantFrom('classification', 'practices', 'governance'),
);
const mutation = fc.oneof(
  fc.record({ kind: fc.constant('set' as const), path: fc.constantFrom(...PATHS), value: replacement }),
  fc.record({ kind: fc.constant('delete' as const), path: fc.constantFrom(...PATHS) }),
  fc.record({
    kind: fc.constant('add' as const),
    path: fc.constantFrom(...PATHS),
    key: fc.string(),
    value: fc.jsonValue(),
  }),
);

type Mutation = typeof mutation extends fc.Arbitrary<infer T> ? T : never;

function apply(document: Record<string, unknown>, m: Mutation): void {
  const parentPath = m.kind === 'add' ? m.path : m.path.slice(0, -1);
  let parent: unknown = document;
  for (const key of parentPath) {
    if (!parent || typeof parent !== 'object') return; // an earlier mutation removed the way there
    parent = (parent as Record<string | number, unknown>)[key];
  }
  if (!parent || typeof parent !== 'object') return;
  const target = parent as Record<string | number, unknown>;
  const key = m.path[m.path.length - 1]!;
  if (m.kind === 'set') target[key] = m.value;
  else if (m.kind === 'delete') {
    if (Array.isArray(target)) target.splice(Number(key), 1);
    else delete target[key];
  } else if (!Array.isArray(target))
    Object.defineProperty(target, m.key, { value: m.value, enumerable: true, configurable: true, writable: true });
}

describe('isCanonicalBoard', () => {
  it('accepts a board as Scaleboard saves it, so opening takes the fast path', () => {
    expect(isCanonicalBoard(base())).toBe(true);
  });

  it('accepts only what the schema accepts and returns unchanged', { timeout: 600_000 }, () => {
    let accepted = 0;
    fc.assert(
      fc.property(fc.array(mutation, { minLength: 1, maxLength: 3 }), (mutations) => {
        const document = base();
        for (const m of mutations) apply(document, m);
        // Mutations can share objects only through JSON, so the round trip gives the shape a file would have.
        const fromFile = JSON.parse(JSON.stringify(document)) as unknown;
        if (!isCanonicalBoard(fromFile)) return;
        accepted += 1;
        const checked = boardDocumentSchema.safeParse(fromFile);
        expect(checked.success).toBe(true);
        expect(checked.data).toEqual(fromFile);
      }),
      { numRuns: RUNS },
    );
    // Harmless mutations (a new title, a valid date) keep the fast path, so both branches were exercised.
    expect(accepted).toBeGreaterThan(0);
  });

  it('leaves a board with something to normalise to the schema, which trims and strips it', () => {
    const document = base();
    document.title = '  Padded title  ';
    (document as Record<string, unknown>).extra = 1;
    const text = JSON.stringify(document);
    expect(isCanonicalBoard(JSON.parse(text))).toBe(false);
    const parsed = parseBoardFile(text);
    expect(parsed.ok && parsed.value.title).toBe('Padded title');
    expect(parsed.ok && 'extra' in parsed.value).toBe(false);
  });
});
