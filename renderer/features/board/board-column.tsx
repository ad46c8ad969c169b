import { useDroppable } from '@dnd-kit/core';
import { SortableContext, verticalListSortingStrategy } from '@dnd-kit/sortable';
import type { Initiative, StageConfig } from '../../../domain';
import { STAGE_MEANINGS } from '../../../domain';
import { AddInitiativeForm } from './add-initiative-form';
import { columnDroppableId } from './drag-model';
import { SortableInitiativeCard } from './initiative-card';

export function BoardColumn({ stage, initiatives }: { stage: StageConfig; initiatives: Initiative[] }) {
  const { setNodeRef, isOver } = useDroppable({ id: columnDroppableId(stage.id) });
  const ids = initiatives.map((i) => i.id);
  const headingId = `column-${stage.id}-title`;
  return (
    <section
      className={`column stage-${stage.id}${isOver ? ' is-over' : ''}`}
      role="listitem"
      aria-labelledby={headingId}
      data-stage={stage.id}
    >
      <header className="column-header" title={STAGE_MEANINGS[stage.id]}>
        <h2 id={headingId}>{stage.label}</h2>
        <span className="column-count" aria-label={`${initiatives.length} initiatives`}>
          {initiatives.length}
        </span>
      </header>
      <div ref={setNodeRef} className="column-body">
        <SortableContext id={stage.id} items={ids} strategy={verticalListSortingStrategy}>
          <ol className="card-list" aria-labelledby={headingId}>
            {initiatives.map((initiative) => (
              <SortableInitiativeCard key={initiative.id} initiative={initiative} />
            ))}
          </ol>
        </SortableContext>
        {initiatives.length === 0 ? <p className="column-empty">Drop initiatives here</p> : null}
      </div>
      <AddInitiativeForm stage={stage.id} stageLabel={stage.label} />
    </section>
  );
}
