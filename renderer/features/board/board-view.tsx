import type { CollisionDetection, DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import {
  closestCenter,
  closestCorners,
  DndContext,
  DragOverlay,
  getFirstCollision,
  KeyboardSensor,
  PointerSensor,
  pointerWithin,
  rectIntersection,
  useSensor,
  useSensors,
} from '@dnd-kit/core';
import { useMemo, useState } from 'react';
import type { StageId } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { boardAnnouncements, screenReaderInstructions } from './board-announcements';
import { BoardColumn } from './board-column';
import type { ColumnItems } from './drag-model';
import { containerOf, itemsOf, moveToContainer, placementOf, reorderWithin, stageOfDroppable } from './drag-model';
import { InitiativeCard } from './initiative-card';
import { boardKeyboardCoordinates } from './keyboard-coordinates';

/** The five columns and drag and drop between and within them, by mouse and by keyboard. */
/** The cards per column as dnd-kit should see them now: the drag's copy while dragging, else the board's. */
function currentItems(): ColumnItems {
  const { dragItems, board } = useBoardStore.getState();
  return dragItems ?? (board ? itemsOf(board) : ({} as ColumnItems));
}

function visibleStages(): StageId[] {
  return (useBoardStore.getState().board?.stages ?? []).filter((s) => s.visible).map((s) => s.id);
}

/** Over a column with cards, aim at its nearest card, so the drop position is always exact. */
const collisionDetection: CollisionDetection = (args) => {
  const pointerHits = pointerWithin(args);
  const hits = pointerHits.length ? pointerHits : rectIntersection(args);
  let overId = getFirstCollision(hits, 'id');
  if (overId == null) return closestCorners(args);
  const stage = stageOfDroppable(String(overId));
  const cards = stage ? currentItems()[stage] : [];
  if (cards.length) {
    const nearest = closestCenter({
      ...args,
      droppableContainers: args.droppableContainers.filter((c) => cards.includes(String(c.id))),
    });
    overId = nearest[0]?.id ?? overId;
  }
  return [{ id: overId }];
};

const coordinateGetter = boardKeyboardCoordinates(currentItems, visibleStages);
const announcements = boardAnnouncements(() => useBoardStore.getState().board, currentItems);

/** The five columns and drag and drop between and within them, by mouse and by keyboard. */
export function BoardView() {
  const board = useBoardStore((s) => s.board)!;
  const dragItems = useBoardStore((s) => s.dragItems);
  const setDragItems = useBoardStore((s) => s.setDragItems);
  const moveInitiative = useBoardStore((s) => s.moveInitiative);
  const boardItems = useMemo(() => itemsOf(board), [board]);
  const [activeId, setActiveId] = useState<string | null>(null);
  const items = dragItems ?? boardItems;
  const byId = useMemo(() => new Map(board.initiatives.map((i) => [i.id, i])), [board.initiatives]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );

  const onDragStart = ({ active }: DragStartEvent) => {
    setActiveId(String(active.id));
    setDragItems(boardItems);
  };
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const activeTop = active.rect.current.translated?.top ?? 0;
    const below = activeTop > over.rect.top + over.rect.height / 2;
    setDragItems(moveToContainer(currentItems(), String(active.id), String(over.id), below));
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    let finalItems = dragItems ?? boardItems;
    if (over) finalItems = reorderWithin(finalItems, id, String(over.id));
    setActiveId(null);
    setDragItems(null);
    const placement = over ? placementOf(finalItems, id) : undefined;
    if (!placement) return;
    const original = containerOf(boardItems, id);
    const originalIndex = original ? boardItems[original].indexOf(id) : -1;
    if (placement.stage !== original || placement.index !== originalIndex) {
      moveInitiative(id, placement.stage, placement.index);
    }
  };
  const onDragCancel = () => {
    setActiveId(null);
    setDragItems(null);
  };

  const active = activeId ? byId.get(activeId) : undefined;
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={collisionDetection}
      accessibility={{ announcements, screenReaderInstructions }}
      onDragStart={onDragStart}
      onDragOver={onDragOver}
      onDragEnd={onDragEnd}
      onDragCancel={onDragCancel}
    >
      <div className="board" role="list" aria-label="Stages">
        {board.stages
          .filter((stage) => stage.visible)
          .map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              initiatives={items[stage.id as StageId].map((id) => byId.get(id)!).filter(Boolean)}
            />
          ))}
      </div>
      <DragOverlay dropAnimation={null}>{active ? <InitiativeCard initiative={active} overlay /> : null}</DragOverlay>
    </DndContext>
  );
}
