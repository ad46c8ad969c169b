/**
 * Random sequences of adds, edits, deletions, moves, gate decisions, votes, imports, undo and redo keep the board
 * schema-valid, and undoing everything gives back the starting document exactly. 1,000 sequences by default;
 * FAST_CHECK_RUNS changes the number.
 */
import fc from 'fast-check';
import type { BoardDocument, GateDecision, StageId } from '../../../domain';
import { boardDocumentSchema, buildImport, createExampleBoard, STAGE_IDS } from '../../../domain';
import { redo, undo, useBoardStore } from '../../../renderer/store/board-store';

const RUNS = Number(process.env.FAST_CHECK_RUNS ?? 1000);
const stage = fc.constantFrom<StageId>(...STAGE_IDS);
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((s) => s.trim().length > 0);

type Step =
  | { kind: 'add'; title: string; stage: StageId }
  | { kind: 'edit'; pick: number; title: string; owner: string }
  | { kind: 'remove'; pick: number }
  | { kind: 'move'; pick: number; stage: StageId; index: number }
  | { kind: 'decide'; pick: number; stage: StageId; decision: GateDecision['kind'] }
  | { kind: 'vote'; pick: number; delta: number }
  | { kind: 'import'; rows: { title: string; stage: StageId; ref: number }[]; merge: boolean }
  | { kind: 'undo' }
  | { kind: 'redo' };

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.record({ kind: fc.constant('add' as const), title: text, stage }),
  fc.record({ kind: fc.constant('edit' as const), pick: fc.nat(), title: text, owner: fc.string({ maxLength: 20 }) }),
  fc.record({ kind: fc.constant('remove' as const), pick: fc.nat() }),
  fc.record({ kind: fc.constant('move' as const), pick: fc.nat(), stage, index: fc.integer({ min: -2, max: 40 }) }),
  fc.record({
    kind: fc.constant('decide' as const),
    pick: fc.nat(),
    stage,
    decision: fc.constantFrom<GateDecision['kind']>('go', 'go-with-exception', 'hold', 'recycle', 'stop', 'move'),
  }),
  fc.record({ kind: fc.constant('vote' as const), pick: fc.nat(), delta: fc.integer({ min: -2, max: 3 }) }),
  fc.record({
    kind: fc.constant('import' as const),
    rows: fc.array(fc.record({ title: text, stage, ref: fc.integer({ min: 1, max: 30 }) }), { maxLength: 6 }),
    merge: fc.boolean(),
  }),
  fc.constant({ kind: 'undo' as const }),
  fc.constant({ kind: 'redo' as const }),
);

function apply(s: Step): void {
  const store = useBoardStore.getState();
  const cards = store.board!.initiatives;
  const card = cards.length ? cards[('pick' in s ? s.pick : 0) % cards.length] : undefined;
  switch (s.kind) {
    case 'add':
      store.addInitiative({ title: s.title, stage: s.stage });
      return;
    case 'edit':
      if (card) store.updateInitiative(card.id, { title: s.title, owner: s.owner });
      return;
    case 'remove':
      if (card) store.removeInitiative(card.id);
      return;
    case 'move':
      if (card) store.moveInitiative(card.id, s.stage, s.index);
      return;
    case 'decide':
      if (!card || card.stage === s.stage) return;
      store.proposeMove({ id: card.id, to: s.stage, index: 0 });
      store.decide({ kind: s.decision, rationale: 'Agreed in the room' });
      return;
    case 'vote':
      if (card) store.castVote(card.id, 'CFO', s.delta);
      return;
    case 'import': {
      // References HM-001 … HM-026 are the example board's own, so a merge updates some cards and adds the rest.
      const table = [
        ['Reference', 'Title', 'Stage'],
        ...s.rows.map((r) => [`HM-${String(r.ref).padStart(3, '0')}`, r.title, r.stage]),
      ];
      const built = buildImport(table, table[0]!, {
        headerRow: 0,
        mapping: { ref: 0, title: 1, stage: 2 },
        stageMap: Object.fromEntries(STAGE_IDS.map((id) => [id, id])),
        blankStage: 'idea',
        date1904: false,
      });
      store.applyImport(built, s.merge ? 'merge' : 'add');
      return;
    }
    case 'undo':
      undo();
      return;
    case 'redo':
      redo();
  }
}

describe('random sequences of board changes', () => {
  it('keep the document valid, and undoing everything returns the start exactly', { timeout: 600_000 }, () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 40 }), (steps) => {
        const start: BoardDocument = createExampleBoard('2026-01-01T00:00:00.000Z');
        const snapshot = structuredClone(start);
        useBoardStore.getState().loadBoard(start, { handle: null, fileName: null, folder: null });
        for (const s of steps) {
          apply(s);
          const parsed = boardDocumentSchema.safeParse(useBoardStore.getState().board);
          if (!parsed.success)
            throw new Error(`invalid after ${JSON.stringify(s)}: ${parsed.error.issues[0]?.message}`);
        }
        while (useBoardStore.temporal.getState().pastStates.length) undo();
        expect(useBoardStore.getState().board).toStrictEqual(snapshot);
      }),
      { numRuns: RUNS },
    );
  });
});
