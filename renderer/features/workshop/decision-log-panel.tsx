import './workshop.css';
import { useMemo } from 'react';
import type { DecisionKind, StageId } from '../../../domain';
import { DECISION_LABELS, formatBoardDateTime, STAGE_IDS, stageLabel } from '../../../domain';
import { SidePanel } from '../../components/side-panel';
import { useBoardStore } from '../../store/board-store';

/** Every stage change and decision, newest first, filterable; an entry leads to its card. */
export function DecisionLogPanel() {
  const board = useBoardStore((s) => s.board)!;
  const filter = useBoardStore((s) => s.logFilter);
  const setFilter = useBoardStore((s) => s.setLogFilter);
  const select = useBoardStore((s) => s.select);
  const setPanel = useBoardStore((s) => s.setPanel);
  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const entries = useMemo(() => {
    const text = filter.text.trim().toLowerCase();
    return board.decisions
      .filter((d) => !text || d.initiativeTitle.toLowerCase().includes(text))
      .filter((d) => !filter.stage || d.from === filter.stage || d.to === filter.stage)
      .filter((d) => !filter.kind || d.kind === filter.kind)
      .slice()
      .reverse();
  }, [board.decisions, filter]);
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
        {entries.length} of {board.decisions.length} entries
      </p>
      <ol className="log-entries">
        {entries.map((d) => (
          <li key={d.id} className={`log-entry kind-${d.kind}`}>
            <button
              type="button"
              className="log-link"
              disabled={!exists.has(d.initiativeId)}
              onClick={() => {
                setPanel(null);
                select(d.initiativeId);
              }}
            >
              <span className="log-title">{d.initiativeTitle}</span>
              <span className="log-kind">{DECISION_LABELS[d.kind]}</span>
              <span className="log-move">{d.from === d.to ? label(d.from) : `${label(d.from)} → ${label(d.to)}`}</span>
              <span className="log-meta">
                {formatBoardDateTime(d.at, board.workshop.locale)}
                {d.by ? ` · ${d.by}` : ''}
              </span>
              {d.rationale ? <span className="log-rationale">“{d.rationale}”</span> : null}
              {d.unmetCriteria.length ? <span className="log-unmet">Unmet: {d.unmetCriteria.join(', ')}</span> : null}
            </button>
          </li>
        ))}
      </ol>
    </SidePanel>
  );
}
