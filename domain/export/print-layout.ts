/**
 * How the board goes on paper (the PDF) and in the image (the PNG): as columns of cards while the longest column
 * is short enough to read that way, and as a compact table per stage beyond that, where a 700-card board in
 * cards would run to dozens of mostly empty pages.
 */
import type { BoardDocument, Initiative, StageConfig } from '../board-schema';
import { columns } from '../board';
import { visibleStages } from '../column-layout';

/** The longest column printed as cards; a longer one makes the whole board a table per stage. */
export const PRINT_CARDS_UP_TO = 24;

export type PrintLayout = 'cards' | 'table';

export interface PrintStage {
  stage: StageConfig;
  cards: Initiative[];
}

/** The visible stages with every one of their cards, in board order, and the layout that suits them. */
export function printPlan(board: BoardDocument): { layout: PrintLayout; stages: PrintStage[]; cards: number } {
  const byStage = columns(board);
  const stages = visibleStages(board).map((stage) => ({ stage, cards: byStage[stage.id] }));
  const longest = Math.max(0, ...stages.map((s) => s.cards.length));
  return {
    layout: longest > PRINT_CARDS_UP_TO ? 'table' : 'cards',
    stages,
    cards: stages.reduce((sum, s) => sum + s.cards.length, 0),
  };
}
