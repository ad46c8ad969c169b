import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { BoardDocument, ColumnItems, Swimlanes } from '../../../domain';
import { findInitiative, laneOfContainer, laneTitle, stageLabel, stageOfContainer } from '../../../domain';
import { containerOf } from './drag-model';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'Press Enter to open this initiative in the editor. The arrow keys go to other cards: up and down within the column and on into the next swimlane, left and right to another stage. To move it, press Space. Use the arrow keys: up and down within the column, left and right to another stage. Press Space again to drop it, or Escape to cancel. In swimlanes, press minus to fold this card’s lane and go to its heading; there up and down go from lane to lane, Enter or plus unfolds a lane, minus folds it, and down goes into an unfolded lane’s cards.',
};

/** What a screen reader hears while a card moves: its title, the stage and its position there. */
export function boardAnnouncements(
  getBoard: () => BoardDocument | null,
  getItems: () => ColumnItems,
  getLastDrop: () => { id: string; container: string } | null = () => null,
  getSwimlanes: () => Swimlanes = () => 'none',
): Announcements {
  const describe = (id: string | number, overId?: string | number) => {
    const board = getBoard();
    const title = (board && findInitiative(board, String(id)))?.title ?? 'The initiative';
    const items = getItems();
    const container = containerOf(items, String(overId ?? id));
    if (!container) return { title, where: 'outside the board' };
    const stage = stageOfContainer(container);
    const lane = laneOfContainer(container);
    const label = `${stageLabel(board?.stages ?? [], stage)}${lane ? ` (${laneTitle(lane, getSwimlanes())})` : ''}`;
    const list = items[container]!;
    const position = list.includes(String(id)) ? list.indexOf(String(id)) + 1 : list.length + 1;
    const total = list.includes(String(id)) ? list.length : list.length + 1;
    return { title, where: `${label}, position ${position} of ${total}` };
  };
  return {
    onDragStart: ({ active }) => {
      const { title, where } = describe(active.id);
      return `Picked up ${title}, in ${where}.`;
    },
    onDragOver: ({ active, over }) => {
      if (!over) return `${describe(active.id).title} is no longer over a stage.`;
      const { title, where } = describe(active.id, over.id);
      return `${title} moved to ${where}.`;
    },
    onDragEnd: ({ active, over }) => {
      if (!over) return `${describe(active.id).title} was dropped outside the board and stays where it was.`;
      const drop = getLastDrop();
      const board = getBoard();
      const card = board && findInitiative(board, String(active.id));
      if (drop && drop.id === String(active.id) && card && stageOfContainer(drop.container) !== card.stage) {
        const label = stageLabel(board?.stages ?? [], stageOfContainer(drop.container));
        return `${card.title} dropped in ${label}. The gate decision is open.`;
      }
      const { title, where } = describe(active.id, over.id);
      return `${title} dropped in ${where}.`;
    },
    onDragCancel: ({ active }) => {
      const { title, where } = describe(active.id);
      return `Moving cancelled. ${title} is back in ${where}.`;
    },
  };
}
