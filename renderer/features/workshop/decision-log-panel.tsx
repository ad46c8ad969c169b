import './workshop.css';
import { useMemo } from 'react';
import type { Decision, DecisionKind, ReadinessChange, StageId } from '../../../domain';
import { DECISION_LABELS, formatBoardDateTime, FOUNDATIONS, levelWords, STAGE_IDS, stageLabel } from '../../../domain';
import type { LogEntryKind } from '../../store/workshop-slice';
import { SidePanel } from '../../components/side-panel';
import { useBoardStore } from '../../store/board-store';

export type LogEntry = { type: 'decision'; entry: Decision } | { type: 'readiness'; entry: ReadinessChange };

const ENTRY_KINDS: { value: LogEntryKind; label: string }[] = [
  { value: 'all', label: 'All' },
  { value: 'decisions', label: 'Decisions' },
  { value: 'readiness', label: 'Readiness' },
];

/**
 * The two logs as one, oldest first: both are kept in the order things happened, and a readiness raised in a
 * gate decision carries the decision's time, so it comes just before the decision it was part of. Times are
 * compared as instants: a file edited by hand may write them with an offset ("…T10:00:00+02:00").
 */
export function mergedLog(decisions: readonly Decision[], readiness: readonly ReadinessChange[]): LogEntry[] {
  const merged: LogEntry[] = [];
  let d = 0;
  let r = 0;
  while (d < decisions.length || r < readiness.length) {
    const decision = decisions[d];
    const change = readiness[r];
    if (change && (!decision || Date.parse(change.at) <= Date.parse(decision.at))) {
      merged.push({ type: 'readiness', entry: change });
      r += 1;
    } else {
      merged.push({ type: 'decision', entry: decision! });
      d += 1;
    }
  }
  return merged;
}

/**
 * Every stage change, decision and change of readiness, newest first, filterable; an entry leads to its card.
 * The stage and decision filters are about decisions, so while either is set no readiness change is listed.
 */
export function DecisionLogPanel() {
  const board = useBoardStore((s) => s.board)!;
  const filter = useBoardStore((s) => s.logFilter);
  const setFilter = useBoardStore((s) => s.setLogFilter);
  const select = useBoardStore((s) => s.select);
  const setPanel = useBoardStore((s) => s.setPanel);
  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const entries = useMemo(() => {
    const text = filter.text.trim().toLowerCase();
    return mergedLog(
      filter.entries === 'readiness' ? [] : board.decisions,
      filter.entries === 'decisions' || filter.stage || filter.kind ? [] : board.readinessLog,
    )
      .filter(({ entry }) => !text || entry.initiativeTitle.toLowerCase().includes(text))
      .filter(
        ({ type, entry }) =>
          type === 'readiness' || !filter.stage || entry.from === filter.stage || entry.to === filter.stage,
      )
      .filter(({ type, entry }) => type === 'readiness' || !filter.kind || entry.kind === filter.kind)
      .reverse();
  }, [board.decisions, board.readinessLog, filter]);
  const total = board.decisions.length + board.readinessLog.length;
  const exists = new Set(board.initiatives.map((i) => i.id));

  return (
    <SidePanel className="side-panel" labelledBy="log-title" onClose={() => setPanel(null)}>
      <header className="side-panel-header">
        <h2 id="log-title">Decision log</h2>
        <button
          type="button"
          className="button ghost"
          onClick={() => setPanel(null)}
          aria-label="Close the decision log"
        >
          ×
        </button>
      </header>
      <fieldset className="segmented log-kinds">
        <legend>Show</legend>
        {ENTRY_KINDS.map(({ value, label: kindLabel }) => (
          <label key={value}>
            <input
              type="radio"
              name="log-entries"
              checked={filter.entries === value}
              onChange={() => setFilter({ ...filter, entries: value })}
            />
            {kindLabel}
          </label>
        ))}
      </fieldset>
      <div className="log-filters">
        <input
          aria-label="Filter by initiative"
          placeholder="Initiative…"
          value={filter.text}
          onChange={(e) => setFilter({ ...filter, text: e.target.value })}
        />
        <select
          aria-label="Filter by stage"
          value={filter.stage}
          onChange={(e) => setFilter({ ...filter, stage: e.target.value as StageId | '' })}
        >
          <option value="">All stages</option>
          {STAGE_IDS.map((s) => (
            <option key={s} value={s}>
              {label(s)}
            </option>
          ))}
        </select>
        <select
          aria-label="Filter by decision"
          value={filter.kind}
          onChange={(e) => setFilter({ ...filter, kind: e.target.value as DecisionKind | '' })}
        >
          <option value="">All decisions</option>
          {(Object.keys(DECISION_LABELS) as DecisionKind[]).map((k) => (
            <option key={k} value={k}>
              {DECISION_LABELS[k]}
            </option>
          ))}
        </select>
      </div>
      <p className="muted log-count">
        {entries.length} of {total} entries
      </p>
      <ol className="log-entries">
        {entries.map((item) => (
          <li
            key={item.entry.id}
            className={`log-entry ${item.type === 'decision' ? `kind-${item.entry.kind}` : 'kind-readiness'}`}
          >
            <button
              type="button"
              className="log-link"
              disabled={!exists.has(item.entry.initiativeId)}
              onClick={() => {
                setPanel(null);
                select(item.entry.initiativeId);
              }}
            >
              {item.type === 'decision' ? (
                <DecisionLine entry={item.entry} label={label} />
              ) : (
                <ReadinessLine entry={item.entry} />
              )}
              <span className="log-meta">
                {formatBoardDateTime(item.entry.at, board.workshop.locale)}
                {item.entry.by ? ` · ${item.entry.by}` : ''}
              </span>
              {item.entry.rationale ? <span className="log-rationale">“{item.entry.rationale}”</span> : null}
              {item.type === 'decision' && item.entry.unmetCriteria.length ? (
                <span className="log-unmet">Unmet: {item.entry.unmetCriteria.join(', ')}</span>
              ) : null}
            </button>
          </li>
        ))}
      </ol>
    </SidePanel>
  );
}

function DecisionLine({ entry, label }: { entry: Decision; label: (stage: StageId | string) => string }) {
  return (
    <>
      <span className="log-title">{entry.initiativeTitle}</span>
      <span className="log-kind">{DECISION_LABELS[entry.kind]}</span>
      <span className="log-move">
        {entry.from === entry.to ? label(entry.from) : `${label(entry.from)} → ${label(entry.to)}`}
      </span>
    </>
  );
}

function ReadinessLine({ entry }: { entry: ReadinessChange }) {
  return (
    <>
      <span className="log-title">{entry.initiativeTitle}</span>
      <span className="log-kind">
        Readiness: {FOUNDATIONS[entry.foundation].label} {entry.to > entry.from ? 'raised' : 'lowered'}
      </span>
      <span className="log-move">
        {levelWords(entry.from)} → {levelWords(entry.to)}
        {entry.decisionId ? ' · in a gate decision' : ''}
      </span>
    </>
  );
}
