import { useState } from 'react';

interface CommitFieldProps {
  id: string;
  label: string;
  value: string;
  multiline?: boolean;
  /** A date field's text is a whole `YYYY-MM-DD` day: typing a year digit by digit is still one undo step. */
  type?: 'text' | 'number' | 'date';
  placeholder?: string;
  required?: boolean;
  hint?: string;
  /** Called once per edit, when the field loses focus or Enter is pressed: one edit, one undo step. */
  onCommit: (value: string) => void;
}

/** A text field that edits a draft and writes it to the board when the user is done with it. */
export function CommitField({
  id,
  label,
  value,
  multiline,
  type = 'text',
  placeholder,
  required,
  hint,
  onCommit,
}: CommitFieldProps) {
  const [draft, setDraft] = useState(value);
  // An undo, a redo or another card brings a new value: show it (React's pattern for state that follows a prop).
  const [shown, setShown] = useState(value);
  if (shown !== value) {
    setShown(value);
    setDraft(value);
  }
  const commit = () => {
    if (draft === value) return;
    if (required && !draft.trim()) return setDraft(value);
    onCommit(draft);
  };
  const common = {
    id,
    value: draft,
    placeholder,
    'aria-describedby': hint ? `${id}-hint` : undefined,
    onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    onBlur: commit,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {multiline ? (
        <textarea {...common} rows={3} />
      ) : (
        <input
          {...common}
          type={type}
          inputMode={type === 'number' ? 'decimal' : undefined}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commit();
            if (event.key === 'Escape') setDraft(value);
          }}
        />
      )}
      {hint ? (
        <p className="field-hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
    </div>
  );
}
