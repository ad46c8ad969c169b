import './editor.css';
import type { Initiative, InitiativePatch } from '../../../domain';
import {
  boardRegimes,
  CONFIDENTIAL_FIELDS,
  daysInStage,
  formatAmount,
  formatBoardDate,
  inStageText,
  findInitiative,
  initiativeSourceSchema,
  labelled,
  ownValue,
  readAmount,
  RISK_TIER_LABELS,
  riskTierSchema,
  SOURCE_LABELS,
  stageLabel,
} from '../../../domain';
import { cardHandle } from '../../components/return-focus';
import { CardActions } from '../actions/card-actions';
import { SidePanel } from '../../components/side-panel';
import { useBoardStore } from '../../store/board-store';
import { CommitField } from './commit-field';
import { GovernanceEditor } from './governance-editor';
import { ReadinessEditor } from './readiness-editor';
import { SelectField } from './select-field';

// A source is optional, so the menu starts with leaving it unset.
const SOURCES = [{ value: '' as const, label: 'Not set' }, ...labelled(initiativeSourceSchema.options, SOURCE_LABELS)];
const RISK_TIERS = labelled(riskTierSchema.options, RISK_TIER_LABELS);
const CONFIDENTIAL_LABELS: Record<(typeof CONFIDENTIAL_FIELDS)[number], string> = {
  problem: 'Problem',
  outcome: 'Outcome',
  kpi: 'KPI',
  owner: 'Owner',
  sponsor: 'Sponsor',
  businessUnit: 'Business unit',
  valueEstimate: 'Value',
  costEstimate: 'Cost',
  custom: 'Imported columns',
  classification: 'Classification',
  practices: 'Practices',
  rationale: 'Decision rationales',
};

/**
 * Reads an amount as typed by a person, the way the importer reads one ("1,200,000", "950 000", "€1.2m"):
 * undefined clears the field, null means it is not a number.
 */
export function parseAmount(text: string): number | undefined | null {
  const reading = readAmount(text);
  return 'value' in reading ? reading.value : 'empty' in reading ? undefined : null;
}

/** Every field of the selected initiative, editable; each edit is one undo step. */
export function EditorPanel() {
  const initiative = useBoardStore((s) =>
    s.board && s.selectedId ? findInitiative(s.board, s.selectedId) : undefined,
  );
  const stages = useBoardStore((s) => s.board?.stages ?? []);
  const locale = useBoardStore((s) => s.board?.workshop.locale);
  const workshop = useBoardStore((s) => s.board?.workshop);
  const customFields = useBoardStore((s) => s.board?.customFields ?? []);
  const update = useBoardStore((s) => s.updateInitiative);
  const remove = useBoardStore((s) => s.removeInitiative);
  const select = useBoardStore((s) => s.select);
  const notify = useBoardStore((s) => s.notify);
  if (!initiative) return null;

  const set = (patch: InitiativePatch) => update(initiative.id, patch);
  const text = (
    key: keyof Initiative & keyof InitiativePatch,
    label: string,
    options: { multiline?: boolean; hint?: string } = {},
  ) => (
    <CommitField
      id={`field-${key}`}
      label={label}
      value={String(initiative[key] ?? '')}
      multiline={options.multiline}
      hint={options.hint}
      onCommit={(value) => set({ [key]: value.trim() === '' ? undefined : value })}
    />
  );
  const amount = (key: 'valueEstimate' | 'costEstimate', label: string) => (
    <CommitField
      id={`field-${key}`}
      label={label}
      value={initiative[key] === undefined ? '' : String(initiative[key])}
      hint={initiative[key] === undefined ? undefined : formatAmount(initiative[key], initiative.currency, locale)}
      onCommit={(value) => {
        const parsed = parseAmount(value);
        if (parsed === null) return notify('error', `${label}: “${value}” is not a number.`);
        set({ [key]: parsed });
      }}
    />
  );
  const days = daysInStage(initiative, new Date().toISOString());

  return (
    <SidePanel
      className="editor"
      labelledBy="editor-title"
      onClose={() => select(null)}
      focusKey={initiative.id}
      fallbackFocus={() => cardHandle(initiative.id)}
    >
      <header className="editor-header">
        <div>
          <p className="editor-stage">
            {stageLabel(stages, initiative.stage)} · {inStageText(days, locale)}
            {initiative.stageEnteredAt ? ` (since ${formatBoardDate(initiative.stageEnteredAt, locale)})` : ''}
          </p>
          <h2 id="editor-title">{initiative.title}</h2>
        </div>
        <div className="editor-header-actions">
          <button
            type="button"
            className="button small"
            onClick={() => useBoardStore.getState().setFocus(initiative.id)}
          >
            Focus
          </button>
          <button type="button" className="button ghost" onClick={() => select(null)} aria-label="Close the editor">
            ×
          </button>
        </div>
      </header>
      <div className="editor-body">
        <CommitField
          id="field-title"
          label="Title"
          value={initiative.title}
          required
          onCommit={(title) => set({ title })}
        />
        {text('problem', 'Problem', { multiline: true })}
        {text('outcome', 'Desired outcome', { multiline: true })}
        {text('kpi', 'KPI', { hint: 'How success is measured, with baseline and target.' })}
        <div className="field-row">
          {text('owner', 'Owner')}
          {text('sponsor', 'Sponsor')}
        </div>
        <div className="field-row">
          {text('businessUnit', 'Business unit')}
          {text('approach', 'Approach', { hint: 'e.g. generative AI, classical ML, computer vision' })}
        </div>
        <div className="field-row">
          <SelectField
            id="field-source"
            label="Source"
            value={initiative.source ?? ''}
            options={SOURCES}
            onChange={(source) => set({ source: source || undefined })}
          />
          <SelectField
            id="field-risk"
            label="Risk tier"
            value={initiative.riskTier}
            options={RISK_TIERS}
            onChange={(riskTier) => set({ riskTier })}
          />
        </div>
        <GovernanceEditor initiative={initiative} regimes={workshop ? boardRegimes({ workshop }) : []} onChange={set} />
        <div className="field-row three">
          {amount('valueEstimate', 'Value estimate')}
          {amount('costEstimate', 'Cost estimate')}
          {text('currency', 'Currency')}
        </div>
        <CommitField
          id="field-tags"
          label="Tags"
          value={initiative.tags.join(', ')}
          hint="Separate tags with commas."
          onCommit={(value) =>
            set({
              tags: [
                ...new Set(
                  value
                    .split(',')
                    .map((t) => t.trim())
                    .filter(Boolean),
                ),
              ],
            })
          }
        />
        {text('ref', 'Reference', { hint: 'The id in the source spreadsheet, used to merge re-imports.' })}
        <ReadinessEditor
          initiative={initiative}
          onLevel={(foundation, level, why) =>
            update(initiative.id, { readiness: { ...initiative.readiness, [foundation]: level } }, why)
          }
          onNote={(foundation, note) => {
            const notes = { ...initiative.readinessNotes };
            if (note.trim()) notes[foundation] = note;
            else delete notes[foundation];
            set({ readinessNotes: Object.keys(notes).length ? notes : undefined });
          }}
        />
        <CardActions initiativeId={initiative.id} owner={initiative.owner} />
        <fieldset className="confidential">
          <legend>Hidden on the audience screen</legend>
          {CONFIDENTIAL_FIELDS.map((field) => (
            <label key={field}>
              <input
                type="checkbox"
                checked={initiative.confidential?.includes(field) ?? false}
                onChange={(e) => {
                  const next = new Set(initiative.confidential ?? []);
                  if (e.target.checked) next.add(field);
                  else next.delete(field);
                  set({ confidential: next.size ? [...next] : undefined });
                }}
              />{' '}
              {CONFIDENTIAL_LABELS[field]}
            </label>
          ))}
        </fieldset>
        {customFields.length ? (
          <fieldset className="custom-fields">
            <legend>Imported columns</legend>
            {customFields.map((field) => (
              <CommitField
                key={field.key}
                id={`custom-${field.key}`}
                label={field.label}
                value={ownValue(initiative.custom, field.key) ?? ''}
                onCommit={(value) => set({ custom: { ...initiative.custom, [field.key]: value } })}
              />
            ))}
          </fieldset>
        ) : null}
      </div>
      <footer className="editor-footer">
        <button
          type="button"
          className="button danger"
          onClick={() => {
            remove(initiative.id);
            notify('info', `Deleted “${initiative.title}”. Undo (Ctrl+Z) brings it back.`);
          }}
        >
          Delete initiative
        </button>
      </footer>
    </SidePanel>
  );
}
