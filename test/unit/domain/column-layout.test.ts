import {
  addInitiative,
  columnItems,
  countByStage,
  createBoard,
  shownCounts,
  shownCountText,
  sumCounts,
  containerKey,
  laneOfContainer,
  NO_FILTERS,
  rowOf,
  stageOfContainer,
  updateBoard,
  visibleStages,
} from '../../../domain';
import { pilotsInTwoUnits } from '../../support/initiatives';

const NOW = '2026-01-01T00:00:00.000Z';

const boardInLanes = () => pilotsInTwoUnits(NOW);

describe('containers in swimlanes', () => {
  it('keys a column cell by stage and lane, and finds the stage and the lane back', () => {
    expect(containerKey('pilot', 'Claims')).toBe('pilot|Claims');
    expect(containerKey('pilot', '')).toBe('pilot');
    expect(stageOfContainer('pilot|Claims')).toBe('pilot');
    expect(laneOfContainer('pilot|Claims')).toBe('Claims');
    expect(laneOfContainer('pilot')).toBe('');
    expect(rowOf('pilot|Claims', ['idea', 'pilot', 'scaling'])).toEqual([
      'idea|Claims',
      'pilot|Claims',
      'scaling|Claims',
    ]);
    expect(rowOf('pilot', ['idea', 'pilot'])).toEqual(['idea', 'pilot']);
  });

  it('groups the visible cards of each column by lane, in board order', () => {
    const board = boardInLanes();
    const lanes = columnItems(board, NO_FILTERS, 'businessUnit');
    expect(lanes['pilot|Claims']).toEqual(['a', 'c']);
    expect(lanes['pilot|Finance']).toEqual(['b', 'd']);
    expect(lanes['idea|Claims']).toEqual([]);
    expect(columnItems(board).pilot).toEqual(['a', 'b', 'c', 'd']);
    expect(columnItems(board, { ...NO_FILTERS, search: 'nothing like it' }, 'none').pilot).toEqual([]);
    expect(columnItems(board, { ...NO_FILTERS, businessUnits: ['Claims'] }).pilot).toEqual(['a', 'c']);
  });
});

describe('the columns shown', () => {
  it('are the visible stages, left to right; a hidden stage keeps its cards', () => {
    const board = boardInLanes();
    const hidden = updateBoard(
      board,
      { stages: board.stages.map((s) => (s.id === 'pilot' ? { ...s, visible: false } : s)) },
      { now: NOW },
    );
    expect(visibleStages(board).map((s) => s.id)).toEqual(['idea', 'pilot', 'scaling', 'production', 'stopped']);
    expect(visibleStages(hidden).map((s) => s.id)).toEqual(['idea', 'scaling', 'production', 'stopped']);
    expect(columnItems(hidden).pilot).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('shown counts while filtering', () => {
  /** 406 pilots in 80 business units, 8 of them in the one unit the filter keeps; 200-character titles. */
  function bigBoard() {
    let board = createBoard('Big', { now: NOW });
    const units = Array.from({ length: 80 }, (_, u) => `Business unit ${String(u).padStart(2, '0')}`);
    for (let i = 0; i < 406; i += 1) {
      const unit = i < 8 ? 'Claims' : units[i % units.length]!;
      board = addInitiative(
        board,
        {
          id: `p${i}`,
          title: `Pilot ${i} `.padEnd(200, 'x'),
          stage: i % 7 === 0 ? 'scaling' : 'pilot',
          businessUnit: unit,
        },
        { now: NOW },
      );
    }
    return board;
  }

  it('counts the cards shown of the cards held, per stage and per lane and stage, and writes "8 of 406"', () => {
    const board = bigBoard();
    const filters = { ...NO_FILTERS, businessUnits: ['Claims'] };
    const held = countByStage(board);
    const { stages, lanes } = shownCounts(board, filters, 'businessUnit');
    const items = columnItems(board, filters);
    expect(stages.pilot).toEqual({ shown: items.pilot!.length, total: held.pilot });
    expect(stages.scaling).toEqual({ shown: items.scaling!.length, total: held.scaling });
    expect(stages.pilot.shown + stages.scaling.shown).toBe(8);
    expect(lanes.size).toBe(81);
    expect(sumCounts(lanes.get('Claims')!, ['pilot', 'scaling'])).toEqual({ shown: 8, total: 8 });
    expect(lanes.get('Business unit 09')!.pilot.shown).toBe(0);
    const all = sumCounts(stages, ['idea', 'pilot', 'scaling', 'production', 'stopped']);
    expect(all).toEqual({ shown: 8, total: 406 });
    expect(shownCountText(all, 'en')).toBe('8 of 406');
    expect(shownCountText({ shown: 1234, total: 1234 }, 'de-DE')).toBe('1.234');
    expect(shownCounts(board, NO_FILTERS, 'none').stages.pilot).toEqual({ shown: held.pilot, total: held.pilot });
  });
});
