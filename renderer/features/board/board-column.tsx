import { useDroppable } from '@dnd-kit/core';
import { useCallback, useMemo, useState } from 'react';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Initiative, Regime, ShownCount, StageConfig } from '../../../domain';
import { shownCountText, STAGE_MEANINGS } from '../../../domain';
import { useBoardStore } from '../../store/board-store';
import { AddInitiativeForm } from './add-initiative-form';
import { columnDroppableId } from './drag-model';
import { CardList } from './card-list';

/**
 * One column, or one column's cell in a swimlane. Its header shows the stage's card count against its soft WIP
 * limit, marked when the limit is exceeded.
 */
export function BoardColumn({
  stage,
  container,
  lane,
  laneHeading,
  count,
  initiatives,
  regimes,
}: {
  stage: StageConfig;
  container: string;
  lane?: string;
  /** What the lane is called (its label, "Not set"), for the cell's heading. */
  laneHeading?: string;
  /** Cards the filters show in this column or cell, of the cards it holds. */
  count: ShownCount;
  initiatives: Initiative[];
  /** The board's regimes, for the cards' badges. */
  regimes: readonly Regime[];
}) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(container) });
  // The column body scrolls the card list; kept in state because the list needs it once it exists, and a ref
  // set by the parent is attached only after the list's own layout effects have run.
  const [scrollElement, setScrollElement] = useState<HTMLDivElement | null>(null);
  const bodyRef = useCallback(
    (element: HTMLDivElement | null) => {
      setNodeRef(element);
      setScrollElement(element);
    },
    [setNodeRef],
  );
  const ids = useMemo(() => initiatives.map((i) => i.id), [initiatives]);
  const headingId = `column-${container.replace(/[^a-zA-Z0-9_-]/g, '_')}-title`;
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const overLimit = lane === undefined && stage.wipLimit !== undefined && count.total > stage.wipLimit;
  const filtered = count.shown !== count.total;
  return (
    <section
      className={`column stage-${stage.id}${isOver ? ' is-over' : ''}${overLimit ? ' over-limit' : ''}${lane !== undefined ? ' lane-cell' : ''}`}
      role="group"
      aria-labelledby={headingId}
      data-stage={lane === undefined ? stage.id : undefined}
      data-container={container}
    >
      <header
        className={`column-header${lane !== undefined ? ' visually-hidden' : ''}`}
        title={STAGE_MEANINGS[stage.id]}
      >
        <h2 id={headingId}>
          {stage.label}
          {lane !== undefined ? ` — ${laneHeading ?? lane}` : ''}
        </h2>
        <span
          className="column-count"
          aria-label={`${filtered ? `${count.shown} shown of ${count.total}` : count.total} initiatives${stage.wipLimit ? `, limit ${stage.wipLimit}` : ''}`}
        >
          {shownCountText(count, locale)}
          {stage.wipLimit && lane === undefined ? ` / ${stage.wipLimit}` : ''}
        </span>
      </header>
      {overLimit && lane === undefined ? (
        <p className="wip-warning" role="status">
          Over the limit of {stage.wipLimit}
        </p>
      ) : null}
      {/* Not a Tab stop of its own: the arrow keys scroll it by moving between its cards (card-navigation.ts). */}
      <div ref={bodyRef} className="column-body" tabIndex={-1}>
        <SortableContext id={container} items={ids} strategy={verticalListSortingStrategy}>
          <CardList
            initiatives={initiatives}
            headingId={headingId}
            scrollElement={scrollElement}
            virtualise={lane === undefined}
            regimes={regimes}
          />
        </SortableContext>
        {initiatives.length === 0 && lane === undefined ? <p className="column-empty">Drop initiatives here</p> : null}
      </div>
      {lane === undefined ? <AddInitiativeForm stage={stage.id} stageLabel={stage.label} /> : null}
    </section>
  );
}
