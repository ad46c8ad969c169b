import { useState } from 'react';
import type { FoundationId, Initiative, ReadinessLevel } from '../../../domain';
import { FOUNDATION_IDS, FOUNDATIONS, levelWords, READINESS_LEVELS } from '../../../domain';
import { CommitField } from './commit-field';

/**
 * Each foundation's level, chosen from 0–4 with the rubric line of the chosen level beside it. A "why" typed
 * first goes with the next change of level into the readiness log, and is then cleared.
 */
export function ReadinessEditor({
  initiative,
  onLevel,
  onNote,
}: {
  initiative: Initiative;
  onLevel: (foundation: FoundationId, level: ReadinessLevel, why: string) => void;
  onNote: (foundation: FoundationId, note: string) => void;
}) {
  const [why, setWhy] = useState('');
  // Another card in the editor starts without a why: it was the previous card's.
  const [card, setCard] = useState(initiative.id);
  if (card !== initiative.id) {
    setCard(initiative.id);
    setWhy('');
  }
  return (
    <fieldset className="readiness-editor">
      <legend>Readiness</legend>
      <div className="field">
        <label htmlFor="readiness-why">Why (logged with the next level change)</label>
        <input
          id="readiness-why"
          value={why}
          placeholder="e.g. Data audit passed on 12 May"
          onChange={(e) => setWhy(e.target.value)}
        />
      </div>
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
                    onChange={() => {
                      onLevel(foundation, value, why);
                      setWhy('');
                    }}
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
