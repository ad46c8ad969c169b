import type { StageId } from '../../../../domain';
import { columnItems, columns, containerKey, NO_FILTERS, visibleStages } from '../../../../domain';
import { neighbourCard } from '../../../../renderer/features/board/card-navigation';
import { generatedBoard } from '../../../support/generated-inventory';

const UNITS = 80;
/** 600 cards over five columns, in 80 business units: columns of a few dozen to a few hundred cards. */
const board = (() => {
  const generated = generatedBoard(600);
  return {
    ...generated,
    initiatives: generated.initiatives.map((initiative, i) => ({
      ...initiative,
      businessUnit: `Unit ${(i % UNITS) + 1}`,
    })),
  };
})();
const stages: StageId[] = visibleStages(board).map((s) => s.id);
const byStage = columns(board);

describe('moving focus between cards with the keyboard', () => {
  const items = columnItems(board, NO_FILTERS);

  it('goes up and down a column, and to its ends with Home and End', () => {
    const ideas = byStage.idea.map((i) => i.id);
    expect(neighbourCard(items, stages, ideas[0]!, 'ArrowDown')).toBe(ideas[1]);
    expect(neighbourCard(items, stages, ideas[1]!, 'ArrowUp')).toBe(ideas[0]);
    expect(neighbourCard(items, stages, ideas[0]!, 'ArrowUp')).toBeUndefined();
    expect(neighbourCard(items, stages, ideas[5]!, 'End')).toBe(ideas[ideas.length - 1]);
    expect(neighbourCard(items, stages, ideas[ideas.length - 1]!, 'End')).toBeUndefined();
    expect(neighbourCard(items, stages, ideas[5]!, 'Home')).toBe(ideas[0]);
  });

  it('goes left and right to the same position, or the last card of a shorter column', () => {
    const ideas = byStage.idea.map((i) => i.id);
    const pilots = byStage.pilot.map((i) => i.id);
    expect(neighbourCard(items, stages, ideas[3]!, 'ArrowRight')).toBe(pilots[3]);
    expect(neighbourCard(items, stages, pilots[3]!, 'ArrowLeft')).toBe(ideas[3]);
    const longer = ideas.length > pilots.length ? ideas : pilots;
    const shorter = longer === ideas ? pilots : ideas;
    const key = longer === ideas ? 'ArrowRight' : 'ArrowLeft';
    expect(neighbourCard(items, stages, longer[longer.length - 1]!, key)).toBe(shorter[shorter.length - 1]);
    expect(neighbourCard(items, stages, ideas[0]!, 'ArrowLeft')).toBeUndefined();
  });

  it('passes over an empty column to the next one with cards', () => {
    // The generated inventory has no stage wording that maps to Scaling: that column is empty.
    expect(items.scaling).toEqual([]);
    const pilot = byStage.pilot[0]!.id;
    expect(neighbourCard(items, stages, pilot, 'ArrowRight')).toBe(byStage.production[0]!.id);
    expect(neighbourCard(items, stages, byStage.production[0]!.id, 'ArrowLeft')).toBe(pilot);
  });

  it('stays in its swimlane when moving between columns', () => {
    const lanes = columnItems(board, NO_FILTERS, 'businessUnit');
    const lane = 'Unit 7';
    const start = lanes[containerKey('idea', lane)]![0]!;
    const right = neighbourCard(lanes, stages, start, 'ArrowRight')!;
    expect(board.initiatives.find((i) => i.id === right)!.businessUnit).toBe(lane);
    expect(right).toBe(
      stages
        .slice(1)
        .map((stage) => lanes[containerKey(stage, lane)]!)
        .find((cards) => cards.length)![0],
    );
  });
});
