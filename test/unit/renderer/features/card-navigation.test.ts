import type { StageId } from '../../../../domain';
import { columnItems, columns, containerKey, lanesOf, NO_FILTERS, visibleStages } from '../../../../domain';
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

  describe('in swimlanes', () => {
    const lanes = columnItems(board, NO_FILTERS, 'businessUnit');
    const order = lanesOf(board, 'businessUnit');
    const cell = (stage: StageId, lane: string) => lanes[containerKey(stage, lane)]!;
    const unitOf = (id: string) => board.initiatives.find((i) => i.id === id)!.businessUnit;

    it('moves left and right between the stages of its own lane', () => {
      const lane = 'Unit 7';
      const start = cell('idea', lane)[0]!;
      const right = neighbourCard(lanes, stages, start, 'ArrowRight', order)!;
      expect(unitOf(right)).toBe(lane);
      expect(right).toBe(
        stages
          .slice(1)
          .map((stage) => cell(stage, lane))
          .find((cards) => cards.length)![0],
      );
    });

    it('goes on from a cell’s edge to the same stage in the next or previous lane', () => {
      const at = order.indexOf('Unit 7');
      const here = cell('idea', order[at]!);
      const below = cell('idea', order[at + 1]!);
      const above = cell('idea', order[at - 1]!);
      expect(neighbourCard(lanes, stages, here[here.length - 1]!, 'ArrowDown', order)).toBe(below[0]);
      expect(neighbourCard(lanes, stages, here[0]!, 'ArrowUp', order)).toBe(above[above.length - 1]);
      // Without the lanes' order (a board without swimlanes) a cell's edge is the board's edge.
      expect(neighbourCard(lanes, stages, here[0]!, 'ArrowUp')).toBeUndefined();
      expect(neighbourCard(lanes, stages, cell('idea', order[0]!)[0]!, 'ArrowUp', order)).toBeUndefined();
    });

    it('passes over a folded lane, and goes to the nearest stage when the next lane has none in this one', () => {
      const at = order.indexOf('Unit 7');
      const here = cell('idea', order[at]!);
      const unfolded = order.filter((_, i) => i !== at + 1);
      expect(neighbourCard(lanes, stages, here[here.length - 1]!, 'ArrowDown', unfolded)).toBe(
        cell('idea', order[at + 2]!)[0],
      );
      // When the next lane has no ideas, down goes to its nearest stage that has cards: Pilot.
      const withoutIdeas = { ...lanes, [containerKey('idea', order[at + 1]!)]: [] };
      expect(neighbourCard(withoutIdeas, stages, here[here.length - 1]!, 'ArrowDown', order)).toBe(
        cell('pilot', order[at + 1]!)[0],
      );
    });
  });
});
