import { useMemo, useRef } from 'react';
import type { BoardDocument } from '../../../domain';
import { counted, DECISION_LABELS, formatBoardDate, formatBoardNumber, stageLabel } from '../../../domain';
import { MEASURED_AT_MOST, useFittingCount } from './fitting-count';

/**
 * The decision log as the facilitator presents it: the newest entries that fit, and how many earlier ones there
 * are. A rationale a card keeps confidential never reaches this window (domain/audience.ts).
 */
export function AudienceLog({ board }: { board: BoardDocument }) {
  const list = useRef<HTMLOListElement>(null);
  const entries = useMemo(() => board.decisions.slice().reverse(), [board.decisions]);
  const fits = useFittingCount(list, list, entries);
  const shown = entries.slice(0, fits ?? MEASURED_AT_MOST);
  const earlier = entries.length - shown.length;
  const label = (stage: string) => stageLabel(board.stages, stage);
  const locale = board.workshop.locale;
  const number = (n: number) => formatBoardNumber(n, locale);
  return (
    <section className="audience-log" aria-labelledby="audience-log-title">
      <header className="audience-log-header">
        <h2 id="audience-log-title">Decision log</h2>
        <p className="audience-more">
          {entries.length === 0
            ? 'No decisions yet.'
            : fits !== null && earlier > 0
              ? `Newest ${number(shown.length)} of ${number(entries.length)} · + ${number(earlier)} earlier`
              : counted(entries.length, 'entry', 'entries', locale)}
        </p>
      </header>
      <ol className="audience-log-list" ref={list}>
        {shown.map((d) => (
          <li key={d.id}>
            <p className="log-line">
              <strong className={`log-kind kind-${d.kind}`}>{DECISION_LABELS[d.kind]}</strong>{' '}
              <span className="log-title">{d.initiativeTitle}</span>
            </p>
            <p className="log-detail">
              {d.from === d.to ? label(d.from) : `${label(d.from)} → ${label(d.to)}`} · {formatBoardDate(d.at, locale)}
              {d.by ? ` · ${d.by}` : ''}
              {d.rationale ? <span className="log-rationale"> — “{d.rationale}”</span> : null}
              {d.unmetCriteria.length ? <span> · unmet: {d.unmetCriteria.join('; ')}</span> : null}
            </p>
          </li>
        ))}
      </ol>
    </section>
  );
}
