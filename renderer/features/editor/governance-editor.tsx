import type { Initiative, InitiativePatch, PracticeId, PracticeStatus, Regime } from '../../../domain';
import {
  isHighImpact,
  labelled,
  missingPractices,
  NOT_ASSESSED,
  openPracticesWords,
  PRACTICE_IDS,
  PRACTICE_STATUS_LABELS,
  PRACTICE_STATUSES,
  PRACTICES,
  practicesRequiredBy,
  practiceStatus,
  REGIME_FIELDS,
  REGIME_LABELS,
  REGIME_VALUE_LABELS,
  REGIME_VALUES,
  unassessedRegimes,
  withPractice,
} from '../../../domain';
import { CommitField } from './commit-field';
import { SelectField } from './select-field';

/** A regime's menu: "Not assessed" (the field left out), then its values, most severe first. */
function classificationOptions(regime: Regime): { value: string; label: string }[] {
  const values: readonly string[] = REGIME_VALUES[regime];
  const labels: Record<string, string> = REGIME_VALUE_LABELS[regime];
  return [{ value: '', label: NOT_ASSESSED }, ...labelled(values, labels)];
}

const STATUS_OPTIONS = labelled(PRACTICE_STATUSES, PRACTICE_STATUS_LABELS);

/**
 * The card's regulatory classification under each regime the board uses, and the minimum practices' checklist:
 * open when the card is high-impact or high-risk, folded to one line otherwise (never gone, so a room can record
 * a practice before the classification is settled). Each change is one patch, so one undo step.
 */
export function GovernanceEditor({
  initiative,
  regimes,
  onChange,
}: {
  initiative: Initiative;
  regimes: readonly Regime[];
  onChange: (patch: InitiativePatch) => void;
}) {
  const bound = isHighImpact(initiative, regimes);
  const open = missingPractices(initiative, regimes).length;
  const unclassified = unassessedRegimes(initiative, regimes).length > 0;
  const setPractice = (practice: PracticeId, change: { status?: PracticeStatus; evidence?: string }) =>
    onChange({ practices: withPractice(initiative.practices, practice, change) });
  return (
    <>
      <fieldset className="governance-editor">
        <legend>Regulatory classification</legend>
        {regimes.length ? (
          regimes.map((regime) => {
            const field = REGIME_FIELDS[regime];
            return (
              <SelectField
                key={regime}
                id={`field-${field}`}
                label={REGIME_LABELS[regime]}
                value={initiative[field] ?? ''}
                options={classificationOptions(regime)}
                onChange={(value) => onChange({ [field]: value || undefined })}
              />
            );
          })
        ) : (
          <p className="field-hint">
            This board classifies under no regime; choose them in Setup › Regulatory regimes.
          </p>
        )}
      </fieldset>
      {/* Keyed by card: a card opens folded or unfolded by its own classification, not the previous card's. */}
      <details key={initiative.id} className="practices-editor" open={bound}>
        <summary>
          <span className="practices-title">Minimum practices</span>{' '}
          <span className={`practices-state${bound && open ? ' open' : ''}`}>
            {bound
              ? openPracticesWords(open)
              : unclassified
                ? 'Needed if the card is high-impact or high-risk: its classification is not assessed yet'
                : 'Not needed: the card is not high-impact or high-risk'}
          </span>
        </summary>
        {bound ? (
          <p className="field-hint">Required by {practicesRequiredBy(initiative, regimes).join('; ')}.</p>
        ) : null}
        {PRACTICE_IDS.map((practice) => {
          const info = PRACTICES[practice];
          const id = `practice-${practice}`;
          return (
            <div key={practice} className="practice-row">
              <div className="practice-head">
                <label htmlFor={id} className="practice-name">
                  {info.label}
                </label>
                <select
                  id={id}
                  className="practice-status"
                  aria-describedby={`${id}-question`}
                  value={practiceStatus(initiative, practice)}
                  onChange={(e) => setPractice(practice, { status: e.target.value as PracticeStatus })}
                >
                  {STATUS_OPTIONS.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
              <p className="practice-question" id={`${id}-question`}>
                {info.question}
              </p>
              <CommitField
                id={`${id}-evidence`}
                label={`Evidence for ${info.label}`}
                value={initiative.practices?.[practice]?.evidence ?? ''}
                placeholder="A link or a note"
                onCommit={(evidence) => setPractice(practice, { evidence })}
              />
            </div>
          );
        })}
      </details>
    </>
  );
}
