import {
  columnItems,
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
