import type { StageId, StageValue } from '../../../domain';
import { counted, formatBoardNumber, STAGE_IDS, unknownStageValues, withUnknownValuesIn } from '../../../domain';

/** Shown whole in the row's tooltip; cut here so the menus stay in view. */
const VALUE_LENGTH = 60;

export interface StageChoices {
  stageMap: Record<string, StageId>;
  blankStage: StageId;
}

/**
 * Every distinct stage value with the stage it goes to. The values scroll in their own area, however many there
 * are; the Blank row and the menu that sends every value no rule knows to one stage stay in view above and below.
 */
export function StageValues({
  values,
  blankCount,
  noStageColumn,
  choices,
  onChange,
  label,
  locale,
}: {
  values: StageValue[];
  blankCount: number | undefined;
  noStageColumn: boolean;
  choices: StageChoices;
  onChange: (next: StageChoices) => void;
  label: (stage: StageId) => string;
  /** The board's locale, for the row counts. */
  locale?: string;
}) {
  const stageOf = (v: StageValue) => choices.stageMap[v.key] ?? v.suggested ?? choices.blankStage;
  const unknown = unknownStageValues(values);
  const unknownRows = unknown.reduce((n, v) => n + v.count, 0);
  const unknownStages = new Set(unknown.map(stageOf));
  const common = unknownStages.size === 1 ? [...unknownStages][0]! : '';
  const following = unknown.filter((v) => !(v.key in choices.stageMap));
  return (
    <section className="import-stages" aria-labelledby="import-stages-title">
      <h3 id="import-stages-title">
        Stage values {values.length ? <span className="muted">({counted(values.length, 'value')})</span> : null}
      </h3>
      {noStageColumn ? <p className="muted">No column is the stage: every card goes to the stage below.</p> : null}
      {unknown.length ? (
        <label className="stage-bulk">
          <span>
            Send the {counted(unknown.length, 'value')} no rule knows ({counted(unknownRows, 'row')}) to
          </span>
          <select
            value={common}
            onChange={(e) =>
              onChange({
                ...choices,
                stageMap: withUnknownValuesIn(choices.stageMap, values, e.target.value as StageId),
              })
            }
          >
            {common ? null : (
              <option value="" disabled>
                different stages
              </option>
            )}
            <StageOptions label={label} />
          </select>
        </label>
      ) : null}
      {values.length ? (
        <div className="stage-values-scroll" tabIndex={0} role="region" aria-label="Stage values and their stages">
          <table className="stage-values">
            <tbody>
              {values.map((v) => (
                <tr key={v.key}>
                  <th scope="row" title={v.value}>
                    <span className="stage-value-text">
                      {v.value.length > VALUE_LENGTH ? `${v.value.slice(0, VALUE_LENGTH - 1)}…` : v.value}
                    </span>
                    {v.suggested ? null : <span className="unknown-stage">no rule knows this value</span>}
                  </th>
                  <td className="count">{formatBoardNumber(v.count, locale)}</td>
                  <td>
                    <StageSelect
                      name={`Stage for “${v.value.slice(0, VALUE_LENGTH)}”`}
                      value={stageOf(v)}
                      onChange={(stage) => onChange({ ...choices, stageMap: { ...choices.stageMap, [v.key]: stage } })}
                      label={label}
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      <div className="stage-blank">
        <table className="stage-values">
          <tbody>
            <tr>
              <th scope="row">
                Blank stage
                {following.length ? (
                  // A value no rule knows, and no menu above has placed, goes where blank rows go: said, not silent.
                  <span className="unknown-stage">and the {counted(following.length, 'value')} no rule knows</span>
                ) : null}
              </th>
              <td className="count">{blankCount === undefined ? '' : formatBoardNumber(blankCount, locale)}</td>
              <td>
                <StageSelect
                  name="Stage for rows with a blank stage"
                  value={choices.blankStage}
                  onChange={(blankStage) => onChange({ ...choices, blankStage })}
                  label={label}
                />
              </td>
            </tr>
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** One option per stage, by the board's labels. */
export function StageOptions({ label }: { label: (stage: StageId) => string }) {
  return (
    <>
      {STAGE_IDS.map((s) => (
        <option key={s} value={s}>
          {label(s)}
        </option>
      ))}
    </>
  );
}

/** The menu that sends one value's rows (or the blank ones) to a stage. */
function StageSelect({
  name,
  value,
  onChange,
  label,
}: {
  name: string;
  value: StageId;
  onChange: (stage: StageId) => void;
  label: (stage: StageId) => string;
}) {
  return (
    <select aria-label={name} value={value} onChange={(e) => onChange(e.target.value as StageId)}>
      <StageOptions label={label} />
    </select>
  );
}
