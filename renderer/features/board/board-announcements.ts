import type { Announcements, ScreenReaderInstructions } from '@dnd-kit/core';
import type { BoardDocument } from '../../../domain';
import type { ColumnItems } from './drag-model';
import { containerOf } from './drag-model';

export const screenReaderInstructions: ScreenReaderInstructions = {
  draggable:
    'To move this initiative, press Space. Use the arrow keys: up and down within the column, left and right to another stage. Press Space again to drop it, or Escape to cancel.',
};

/** What a screen reader hears while a card moves: its title, the stage and its position there. */
export function boardAnnouncements(getBoard: () => BoardDocument | null, getItems: () => ColumnItems): Announcements {
  const describe = (id: string | number, overId?: string | number) => {
    const board = getBoard();
    const title = board?.initiatives.find((i) => i.id === id)?.title ?? 'The initiative';
    const items = getItems();
    const stage = containerOf(items, String(overId ?? id));
    if (!stage) return { title, where: 'outside the board' };
    const label = board?.stages.find((s) => s.id === stage)?.label ?? stage;
    const list = items[stage];
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
      const { title, where } = describe(active.id, over.id);
      return `${title} dropped in ${where}.`;
    },
    onDragCancel: ({ active }) => {
      const { title, where } = describe(active.id);
      return `Moving cancelled. ${title} is back in ${where}.`;
    },
  };
}
