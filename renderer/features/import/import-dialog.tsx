import './import.css';
import { useEffect, useMemo, useState } from 'react';
import type { ColumnUse, ColumnUsesByHeader, ImportChoices, ImportMode, ImportReport, StageId } from '../../../domain';
import type { ImportInspection, ImportPreview } from '../../../contract';
import {
  assignColumn,
  columnLetter,
  columnUse,
  counted,
  formatBoardNumber,
  IMPORT_FIELD_GROUPS,
  IMPORT_FIELD_LABELS,
  regimeChangeFor,
  regimesNote,
  STAGE_IDS,
  stageLabel,
  suggestedStageMap,
  withColumnUses,
} from '../../../domain';
import { DiscardConfirm } from '../../components/discard-confirm';
import { ModalDialog } from '../../components/modal-dialog';
import { api } from '../../lib/api';
import { newBoard, useBoardStore } from '../../store/board-store';
import { ProblemList } from './problem-list';
import { StageValues } from './stage-values';

/** The dialog makes every choice but the command line's `map`; the board's stages go beside them in each message. */
type Choices = Required<Omit<ImportChoices, 'map' | 'stages'>>;

function initialChoices(inspection: ImportInspection, blankStage: StageId = 'idea'): Choices {
  return {
    sheet: inspection.sheet,
    headerRow: inspection.headerRow,
    mapping: inspection.mapping,
    ignoredColumns: [],
    stageMap: suggestedStageMap(inspection.stageValues),
    blankStage,
  };
}

/**
 * The import dialog: the sheet and header row, every column's field, every stage value's stage, a preview of the
 * first cards and every row problem by spreadsheet row number. The import itself is one undoable change.
 */
export function ImportDialog({ session }: { session: ImportInspection }) {
  const board = useBoardStore((s) => s.board);
  // Counts as the board writes its figures: in its locale (the system's for a board not yet made).
  const locale = board?.workshop.locale;
  const n = (value: number) => formatBoardNumber(value, locale);
  const stages = useMemo(() => board?.stages ?? newBoard().stages, [board?.stages]);
  const [inspection, setInspection] = useState(session);
  const [choices, setChoices] = useState(() => initialChoices(session));
  // The columns the user chose by hand, by header text: a change of header row or sheet keeps them.
  const [columnUses, setColumnUses] = useState<ColumnUsesByHeader>({});
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [mode, setMode] = useState<ImportMode>('add');
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null);
  const [report, setReport] = useState<ImportReport | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [confirming, setConfirming] = useState(false);
  const label = (stage: StageId | string) => stageLabel(stages, stage);
  // A column that classifies under a regime the board does not use adds it: said before the import.
  const workshop = board?.workshop;
  const initiatives = board?.initiatives;
  const regimesWillChange = useMemo(
    () =>
      regimesNote(
        regimeChangeFor(workshop && initiatives ? { workshop, initiatives } : newBoard(), choices.mapping),
        'will',
      ),
    [workshop, initiatives, choices.mapping],
  );
  const regimesChanged =
    report &&
    regimesNote(
      { added: report.regimesAdded, dropped: report.regimesDropped, regimes: workshop?.regimes ?? [] },
      'did',
    );

  const message = { ...choices, stages };
  useEffect(() => {
    // Asked at once: the worker answers a change of mapping without reading the whole sheet again. An answer to
    // choices since changed is dropped.
    let current = true;
    void api()
      .spreadsheet.preview(inspection.token, message)
      .then((result) => {
        if (!current) return;
        if (result.ok) setPreview(result.value);
        else setError(result.error.message);
      });
    return () => {
      current = false;
    };
    // The message is rebuilt each render; the choices are what change it.
  }, [inspection.token, choices]); // eslint-disable-line react-hooks/exhaustive-deps

  useEffect(
    () =>
      api().on.importProgress((p) => {
        if (p.token === inspection.token) setProgress({ done: p.done, total: p.total });
      }),
    [inspection.token],
  );

  const close = () => {
    void api().spreadsheet.close(inspection.token);
    useBoardStore.getState().setImportSession(null);
  };

  const reinspect = async (next: { sheet?: string; headerRow?: number }) => {
    const result = await api().spreadsheet.inspect(inspection.token, {
      sheet: next.sheet ?? choices.sheet,
      headerRow: next.headerRow,
      stages,
    });
    if (!result.ok) return setError(result.error.message);
    setError(null);
    setInspection(result.value);
    const fresh = initialChoices(result.value, choices.blankStage);
    setChoices({
      ...fresh,
      ...withColumnUses(fresh, result.value.headers, columnUses),
      stageMap: { ...fresh.stageMap, ...choices.stageMap },
    });
  };

  // The select's values are the column's uses: a field, 'custom' or 'left-out'.
  const setColumn = (column: number, use: ColumnUse) => {
    setColumnUses({ ...columnUses, [inspection.headers[column]!]: use });
    setChoices({ ...choices, ...assignColumn(choices, column, use) });
  };

  const runImport = async () => {
    setProgress({ done: 0, total: preview?.rows ?? 0 });
    const result = await api().spreadsheet.build(inspection.token, message);
    if (!result.ok) {
      setProgress(null);
      return setError(result.error.message);
    }
    const store = useBoardStore.getState();
    const fresh = !store.board;
    if (fresh) {
      const title = inspection.fileName.replace(/\.[^.]+$/, '');
      store.loadBoard(newBoard(title), { handle: null, fileName: null, folder: null }, { saved: false });
    }
    const applied = useBoardStore.getState().applyImport(result.value, mode);
    setProgress(null);
    if (applied.ok) return setReport(applied.value);
    // Refused, with a notice: a board opened only for this import goes again, and the dialog stays for another try.
    if (fresh) useBoardStore.getState().closeBoard();
  };

  // Escape closes the report; before the import it cancels, asking first if the user changed a choice; during the
  // import it waits. The same dialog stays open when the report replaces the choices, and keeps the focus.
  const escape = () => {
    if (report) return close();
    if (progress) return;
    const changed = mode !== 'add' || JSON.stringify(choices) !== JSON.stringify(initialChoices(inspection));
    if (changed) setConfirming(!confirming);
    else close();
  };
  const firstCard = () => document.querySelector<HTMLElement>('.card-handle[tabindex="0"]');

  if (report) {
    return (
      <ModalDialog labelledBy="import-report-title" onCancel={escape} fallbackFocus={firstCard}>
        <div className="modal import-report">
          <h2 id="import-report-title">Import complete</h2>
          <p>
            {inspection.fileName}, sheet “{inspection.sheet}”: <strong>{n(report.added)}</strong> added,{' '}
            <strong>{n(report.updated)}</strong> updated, <strong>{report.skipped.length}</strong> skipped.{' '}
            {report.problems.length
              ? `${counted(report.problems.length, 'problem was', 'problems were')} reported:`
              : 'No problems.'}
          </p>
          {report.problems.length ? <ProblemList problems={report.problems} label="Problems reported" /> : null}
          {regimesChanged ? <p>{regimesChanged}</p> : null}
          <p className="muted">Undo (Ctrl+Z) takes the whole import back.</p>
          <div className="modal-actions">
            <button type="button" className="button primary" autoFocus onClick={close}>
              Done
            </button>
          </div>
        </div>
      </ModalDialog>
    );
  }

  const visibleSheets = inspection.sheets.filter((s) => !s.hidden && s.rows > 0);
  const hasCards = (board?.initiatives.length ?? 0) > 0;
  // Problems with a whole column (an empty title column, say) are on the header row; they are said before import.
  const columnProblems = (preview?.problems ?? []).filter((p) => p.row === inspection.headerRow + 1 && p.column);
  return (
    <ModalDialog labelledBy="import-title" onCancel={escape} fallbackFocus={firstCard}>
      <div className="modal import-dialog">
        <header className="import-header">
          <h2 id="import-title">Import {inspection.fileName}</h2>
          <div className="import-source">
            <label>
              Sheet{' '}
              <select value={choices.sheet} onChange={(e) => void reinspect({ sheet: e.target.value })}>
                {inspection.sheets.map((s) => (
                  <option key={s.name} value={s.name} disabled={s.hidden || s.rows === 0}>
                    {s.name} {s.hidden ? '(hidden)' : s.rows === 0 ? '(empty)' : `(${n(s.rows)} rows)`}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Headers on row{' '}
              <input
                type="number"
                min={1}
                value={choices.headerRow + 1}
                onChange={(e) => {
                  const row = Number(e.target.value) - 1;
                  if (Number.isInteger(row) && row >= 0) void reinspect({ headerRow: row });
                }}
              />
            </label>
            <span className="muted">
              {n(inspection.dataRows)} data rows · {visibleSheets.length} sheet
              {visibleSheets.length === 1 ? '' : 's'} with data
            </span>
          </div>
        </header>
        {error ? (
          <p className="import-error" role="alert">
            {error}
          </p>
        ) : null}
        {columnProblems.length ? (
          <ul className="import-warnings" aria-label="Problems with whole columns">
            {columnProblems.map((p, i) => (
              <li key={i}>
                <strong>{p.column}</strong>: {p.message}
              </li>
            ))}
          </ul>
        ) : null}
        <div className="import-body">
          <section className="import-columns" aria-labelledby="import-columns-title">
            <h3 id="import-columns-title">Columns</h3>
            <table>
              <thead>
                <tr>
                  <th scope="col">Column</th>
                  <th scope="col">First values</th>
                  <th scope="col">Board field</th>
                </tr>
              </thead>
              <tbody>
                {inspection.headers.map((header, column) => {
                  return (
                    <tr key={column}>
                      <th scope="row">
                        <span className="column-letter">{columnLetter(column)}</span> {header}
                      </th>
                      <td className="samples">{inspection.samples[column]?.join(' · ')}</td>
                      <td>
                        <select
                          aria-label={`Field for column ${columnLetter(column)}, ${header}`}
                          value={columnUse(choices, column)}
                          onChange={(e) => setColumn(column, e.target.value as ColumnUse)}
                        >
                          <option value="custom">Custom field</option>
                          <option value="left-out">Leave out</option>
                          {IMPORT_FIELD_GROUPS.map((group) => (
                            <optgroup key={group.label} label={group.label}>
                              {group.fields.map((f) => (
                                <option key={f} value={f}>
                                  {IMPORT_FIELD_LABELS[f]}
                                </option>
                              ))}
                            </optgroup>
                          ))}
                        </select>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </section>
          <StageValues
            values={preview?.stageValues ?? inspection.stageValues}
            blankCount={preview?.blankStage}
            noStageColumn={choices.mapping.stage === undefined}
            choices={choices}
            onChange={(next) => setChoices({ ...choices, ...next })}
            label={label}
            locale={locale}
          />
          <div className="import-side">
            <section className="import-preview" aria-labelledby="import-preview-title">
              <h3 id="import-preview-title">Preview</h3>
              {preview?.error ? (
                <p className="import-error" role="alert">
                  {preview.error}
                </p>
              ) : (
                <>
                  <p className="preview-counts">
                    {STAGE_IDS.map((s) => `${label(s)} ${n(preview?.stages[s] ?? 0)}`).join(' · ')}
                  </p>
                  {regimesWillChange ? <p className="preview-regimes">{regimesWillChange}</p> : null}
                  <ol className="preview-cards" tabIndex={0} aria-label="The first cards">
                    {preview?.cards.map((card) => (
                      <li key={card.row}>
                        <strong title={card.title}>{card.title}</strong>
                        <span className="muted">
                          {label(card.stage)}
                          {card.owner || card.businessUnit
                            ? ` · ${[card.owner, card.businessUnit].filter(Boolean).join(' · ')}`
                            : ''}{' '}
                          · row {card.row}
                        </span>
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
            <section className="import-problems" aria-labelledby="import-problems-title">
              <h3 id="import-problems-title">
                Row problems{' '}
                {preview ? `(${n(preview.problems.length)}${preview.problems.length >= 500 ? '+' : ''})` : ''}
              </h3>
              {preview && preview.problems.length === 0 && !preview.error ? <p className="muted">None.</p> : null}
              {preview?.problems.length ? <ProblemList problems={preview.problems} label="Row problems" /> : null}
            </section>
          </div>
        </div>
        <footer className="import-footer">
          {hasCards ? (
            <fieldset className="import-mode">
              <legend className="visually-hidden">How to import</legend>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'add'} onChange={() => setMode('add')} /> Add
                as new cards
              </label>
              <label>
                <input type="radio" name="import-mode" checked={mode === 'merge'} onChange={() => setMode('merge')} />{' '}
                Update cards with the same reference, add the rest
              </label>
            </fieldset>
          ) : (
            <span />
          )}
          {progress ? (
            <div className="import-progress">
              <progress max={Math.max(progress.total, 1)} value={progress.done} aria-label="Import progress" />
              <span>
                {n(progress.done)} of {n(progress.total)} rows
              </span>
            </div>
          ) : null}
          {confirming ? (
            <DiscardConfirm
              question="Cancel this import and lose the choices you made?"
              onDiscard={close}
              onKeep={() => setConfirming(false)}
            />
          ) : null}
          <div className="modal-actions">
            <button type="button" className="button" onClick={close}>
              Cancel
            </button>
            <button
              type="button"
              className="button primary"
              disabled={!preview || !!preview.error || !!progress}
              onClick={() => void runImport()}
            >
              {preview ? `Import ${counted(preview.rows, 'row')}` : 'Import'}
            </button>
          </div>
        </footer>
      </div>
    </ModalDialog>
  );
}
