import type { FormEvent } from 'react';
import { useState } from 'react';
import type { StageId } from '../../../domain';
import { useBoardStore } from '../../store/board-store';

/** Quick capture at the foot of a column: type a title, press Enter, type the next. */
export function AddInitiativeForm({ stage, stageLabel }: { stage: StageId; stageLabel: string }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const add = useBoardStore((s) => s.addInitiative);

  if (!open) {
    return (
      <button type="button" className="add-card" onClick={() => setOpen(true)}>
        + Add initiative
      </button>
    );
  }
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!title.trim()) return;
    add({ title, stage });
    setTitle('');
  };
  return (
    <form className="add-card-form" onSubmit={submit}>
      <label className="visually-hidden" htmlFor={`add-${stage}`}>
        Title of the new initiative in {stageLabel}
      </label>
      <input
        id={`add-${stage}`}
        autoFocus
        value={title}
        placeholder="Initiative title"
        maxLength={500}
        onChange={(event) => setTitle(event.target.value)}
        onKeyDown={(event) => {
          if (event.key === 'Escape') setOpen(false);
        }}
      />
      <div className="add-card-actions">
        <button type="submit" className="button primary small" disabled={!title.trim()}>
          Add
        </button>
        <button type="button" className="button ghost small" onClick={() => setOpen(false)}>
          Done
        </button>
      </div>
    </form>
  );
}
