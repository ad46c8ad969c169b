import type { FoundationId, Initiative, ReadinessLevel } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, levelWords, READINESS_LEVELS } from '../../../domain';
import { CommitField } from './commit-field';

/** Each foundation's level, chosen from 0–4 with the rubric line of the chosen level beside it. */
export function ReadinessEditor({
  initiative,
  onLevel,
  onNote,
}: {
  initiative: Initiative;
  onLevel: (foundation: FoundationId, level: ReadinessLevel) => void;
  onNote: (foundation: FoundationId, note: string) => void;
}) {
  return (
    <fieldset className="readiness-editor">
      <legend>Readiness</legend>
      {FOUNDATION_IDS.map((foundation) => {
        const info = FOUNDATIONS[foundation];
        const level = initiative.readiness[foundation];
        const groupId = `readiness-${foundation}`;
        return (
          <div key={foundation} className="readiness-row">
            <div className="readiness-head">
              <span id={groupId} className="readiness-name">
                {info.label}
              </span>
              <span className="readiness-question">{info.question}</span>
            </div>
            <div className="level-picker" role="radiogroup" aria-labelledby={groupId}>
              {/* Native radios: one Tab stop per foundation, the arrow keys choose the level. */}
              {READINESS_LEVELS.map((value) => (
                <label
                  key={value}
                  className={`level-option level-${value}${value === level ? ' checked' : ''}`}
                  title={`${levelWords(value)}: ${info.rubric[value]}`}
                >
                  <input
                    type="radio"
                    className="radio-cover"
                    name={`readiness-level-${foundation}`}
                    value={value}
                    checked={value === level}
                    aria-label={levelWords(value)}
                    onChange={() => onLevel(foundation, value)}
                  />
                  <span aria-hidden="true">{value}</span>
                </label>
              ))}
            </div>
            <p className="rubric">
              <strong>{levelWords(level)}:</strong> {info.rubric[level]}
            </p>
            <CommitField
              id={`note-${foundation}`}
              label={`Evidence for ${info.label}`}
              value={initiative.readinessNotes?.[foundation] ?? ''}
              placeholder="What shows this level?"
              onCommit={(note) => onNote(foundation, note)}
            />
          </div>
        );
      })}
    </fieldset>
  );
}
