import type { DragEndEvent, DragOverEvent, DragStartEvent } from '@dnd-kit/core';
import { DndContext, DragOverlay, KeyboardSensor, PointerSensor, useSensor, useSensors } from '@dnd-kit/core';
import { useEffect, useMemo, useState } from 'react';
import type { ColumnItems, StageId } from '../../../domain';
import {
  regimesChosen,
  columnItems,
  containerKey,
  isFiltering,
  lanesOf,
  laneTitle,
  shownCounts,
  STAGE_IDS,
  visibleStages,
} from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { boardAnnouncements, screenReaderInstructions } from './board-announcements';
import { BoardColumn } from './board-column';
import type { Point } from './drag-model';
import {
  boardCollisionDetection,
  columnIndexFor,
  containerOf,
  DragTargetGuard,
  moveToContainer,
  reorderWithin,
} from './drag-model';
import { InitiativeCard } from './initiative-card';
import { boardKeyboardCoordinates } from './keyboard-coordinates';
import { SwimlaneBoard } from './swimlane-board';

/** The cards per container as dnd-kit should see them now: the drag's copy while dragging, else the board's. */
function currentItems(): ColumnItems {
  const { dragItems, board, filters, swimlanes } = useBoardStore.getState();
  return dragItems ?? (board ? columnItems(board, filters, swimlanes) : {});
}

function visibleStageIds(): StageId[] {
  const { board } = useBoardStore.getState();
  return board ? visibleStages(board).map((s) => s.id) : [];
}

/** Holds the drag's target while a move to another column settles (drag-model.ts tells why). */
const targetGuard = new DragTargetGuard();

/** What the drag is over (drag-model.ts tells how). */
const collisionDetection = boardCollisionDetection(targetGuard, currentItems);

/**
 * How far the board and its columns are scrolled, both ways summed, as the drag that starts at `from` sees them:
 * the guard measures the hand's travel over the board, so that scrolling under a still pointer lets the target go.
 */
function boardScrollOffset(from: EventTarget | null): () => Point {
  const start = from instanceof Element ? from : null;
  const board = start?.closest('.board') ?? document.querySelector('.board');
  if (!board) return () => ({ x: 0, y: 0 });
  // The board scrolls sideways (and, in swimlanes, down); each column's body scrolls down. A lane's cells never do.
  const scrollers = [board, ...board.querySelectorAll('.column-body')].filter((element) => {
    const style = getComputedStyle(element);
    return /auto|scroll/.test(`${style.overflowX} ${style.overflowY}`);
  });
  return () =>
    scrollers.reduce((sum, element) => ({ x: sum.x + element.scrollLeft, y: sum.y + element.scrollTop }), {
      x: 0,
      y: 0,
    });
}

/** Where the last drag ended, so the screen reader hears where the card was dropped, not where it still stands. */
let lastDrop: { id: string; container: string } | null = null;

const coordinateGetter = boardKeyboardCoordinates(currentItems, visibleStageIds);
const announcements = boardAnnouncements(
  () => useBoardStore.getState().board,
  currentItems,
  () => lastDrop,
  () => useBoardStore.getState().swimlanes,
);

/**
 * The columns, in swimlanes when chosen, and drag and drop between and within them by mouse and keyboard. A drop
 * in another stage proposes the move to the room (the gate dialog); a drop within a stage just reorders.
 */
export function BoardView() {
  const board = useBoardStore((s) => s.board)!;
  const filters = useBoardStore((s) => s.filters);
  const swimlanes = useBoardStore((s) => s.swimlanes);
  const dragItems = useBoardStore((s) => s.dragItems);
  const setDragItems = useBoardStore((s) => s.setDragItems);
  const moveInitiative = useBoardStore((s) => s.moveInitiative);
  const proposeMove = useBoardStore((s) => s.proposeMove);
  const boardItems = useMemo(() => columnItems(board, filters, swimlanes), [board, filters, swimlanes]);
  // Counted once per change of the board or the filters, in one pass, not once per lane on every render of a drag.
  const counts = useMemo(() => shownCounts(board, filters, swimlanes), [board, filters, swimlanes]);
  const filtering = isFiltering(filters);
  const lanes = useMemo(
    () =>
      lanesOf(board, swimlanes)
        .map((lane) => ({ lane, title: laneTitle(lane, swimlanes), counts: counts.lanes.get(lane)! }))
        // While filtering, a lane without a card to show is left out rather than drawn empty.
        .filter((l) => l.counts && (!filtering || STAGE_IDS.some((s) => l.counts[s].shown > 0))),
    [board, swimlanes, counts, filtering],
  );
  const [activeId, setActiveId] = useState<string | null>(null);
  const items = dragItems ?? boardItems;
  // The board's regimes, worked out once for every card rather than by each card (20,000 on a large board).
  const workshopRegimes = board.workshop.regimes;
  const regimes = useMemo(() => regimesChosen(workshopRegimes), [workshopRegimes]);
  const byId = useMemo(() => new Map(board.initiatives.map((i) => [i.id, i])), [board.initiatives]);
  const cardTabStop = useBoardStore((s) => s.cardTabStop);
  const setCardTabStop = useBoardStore((s) => s.setCardTabStop);
  const collapsedLanes = useBoardStore((s) => s.collapsedLanes);
  // The board is one Tab stop: a card the user was on, else the first card in reading order (lane by lane), never
  // one in a folded lane, which is not in the page.
  useEffect(() => {
    const order = lanes
      .filter(({ lane }) => swimlanes === 'none' || !collapsedLanes.includes(lane))
      .flatMap(({ lane }) => visibleStages(board).map((stage) => containerKey(stage.id, lane)));
    if (cardTabStop && order.some((key) => boardItems[key]?.includes(cardTabStop))) return;
    const first = order.map((key) => boardItems[key]?.[0]).find((id) => id !== undefined);
    setCardTabStop(first ?? null);
  }, [board, boardItems, lanes, swimlanes, collapsedLanes, cardTabStop, setCardTabStop]);

  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, {
      coordinateGetter,
      keyboardCodes: { start: ['Space'], cancel: ['Escape'], end: ['Space'] },
    }),
  );

  // A move to another column has been drawn once the frame after its render comes.
  useEffect(() => {
    if (!dragItems) return;
    const frame = requestAnimationFrame(() => targetGuard.settled());
    return () => cancelAnimationFrame(frame);
  }, [dragItems]);

  const onDragStart = ({ active, activatorEvent }: DragStartEvent) => {
    targetGuard.reset(boardScrollOffset(activatorEvent?.target ?? null));
    setActiveId(String(active.id));
    setDragItems(boardItems);
  };
  const onDragOver = ({ active, over }: DragOverEvent) => {
    if (!over) return;
    const activeTop = active.rect.current.translated?.top ?? 0;
    const below = activeTop > over.rect.top + over.rect.height / 2;
    const items = currentItems();
    const next = moveToContainer(items, String(active.id), String(over.id), below);
    // Only a real move changes the store (and holds the target while it settles): a render per event is a loop.
    if (next === items) return;
    targetGuard.moved();
    setDragItems(next);
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    const id = String(active.id);
    const finalItems = over ? reorderWithin(dragItems ?? boardItems, id, String(over.id)) : null;
    const container = finalItems ? containerOf(finalItems, id) : undefined;
    lastDrop = container ? { id, container } : null;
    setActiveId(null);
    setDragItems(null);
    if (!finalItems) return;
    const target = columnIndexFor(board, finalItems, id);
    const card = byId.get(id);
    if (!target || !card) return;
    if (target.stage !== card.stage) {
      proposeMove({ id, to: target.stage, index: target.index });
      return;
    }
    const original = containerOf(boardItems, id);
    const moved = containerOf(finalItems, id);
    if (original === moved && finalItems[moved!]!.indexOf(id) === boardItems[original!]!.indexOf(id)) return;
    moveInitiative(id, target.stage, target.index);
  };
  const onDragCancel = () => {
    setActiveId(null);
    setDragItems(null);
  };

  const active = activeId ? byId.get(activeId) : undefined;
  const stages = visibleStages(board);
  const cardsOf = (container: string) => (items[container] ?? []).map((id) => byId.get(id)!).filter(Boolean);
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
      {swimlanes === 'none' ? (
        <div className="board" role="group" aria-label="Stages">
          {stages.map((stage) => (
            <BoardColumn
              key={stage.id}
              stage={stage}
              container={stage.id}
              count={counts.stages[stage.id]}
              initiatives={cardsOf(stage.id)}
              regimes={regimes}
            />
          ))}
        </div>
      ) : (
        <SwimlaneBoard stages={stages} lanes={lanes} stageCounts={counts.stages} cardsOf={cardsOf} regimes={regimes} />
      )}
      <DragOverlay dropAnimation={null}>
        {active ? <InitiativeCard initiative={active} regimes={regimes} overlay /> : null}
      </DragOverlay>
    </DndContext>
  );
}
