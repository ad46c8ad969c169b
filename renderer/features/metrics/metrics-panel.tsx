import './metrics.css';
import { useState } from 'react';
import type { StageId } from '../../../domain';
import {
  blockingFoundations,
  conversionLeftOutNote,
  counted,
  countByStage,
  FOUNDATIONS,
  GOVERNANCE_LABELS,
  lackingLabel,
  liveStagesWords,
  mediansLeftOutNote,
  regimesWords,
  REGIME_LABELS,
  unassessedNote,
  pilotsPerProduction,
  pilotToProduction,
  stalledLeftOutNote,
  stalledPilots,
  timeInStage,
  undatedPilots,
  formatBoardNumber,
  formatAmount,
  STAGE_IDS,
  valueByStage,
  valueCurrencies,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  stageLabel,
  hasSourceBoards,
} from '../../../domain';
import { ModalDialog } from '../../components/modal-dialog';
import { useBoardStore } from '../../store/board-store';
import { PortfolioHeadline } from '../board/portfolio-headline';
import { boardGovernanceFigures } from './board-governance-figures';
import { HeatmapTable } from './heatmap-table';
import { MetricNote } from './metric-note';
import { SourceBoardTable } from './source-board-table';
import { PALETTE, STAGE_COLORS } from '../../styles/palette';

function Bars({
  values,
  format,
  label,
}: {
  values: { key: string; label: string; value: number | null; color?: string }[];
  format: (n: number) => string;
  label: string;
}) {
  const max = Math.max(1, ...values.map((v) => v.value ?? 0));
  return (
    <ul className="bars" aria-label={label}>
      {values.map((v) => (
        <li key={v.key}>
          <span className="bar-label">{v.label}</span>
          <span className="bar-track">
            <span
              className="bar"
              style={{ width: `${((v.value ?? 0) / max) * 100}%`, background: v.color ?? PALETTE.accent }}
            />
          </span>
          <span className="bar-value">{v.value === null ? '—' : format(v.value)}</span>
        </li>
      ))}
    </ul>
  );
}

/** Pilot fatigue at a glance, in type that reads from the back of the room. The same figures are in the xlsx Summary. */
export function MetricsPanel() {
  const board = useBoardStore((s) => s.board)!;
  // A combined board's figures can be read per source board; a board of one workshop has nothing to group.
  const [bySourceChosen, setBySource] = useState(false);
  const combined = hasSourceBoards(board);
  const bySource = combined && bySourceChosen;
  const close = () => useBoardStore.getState().setMetricsOpen(false);
  const now = new Date().toISOString();
  const label = (stage: StageId | string) => stageLabel(board.stages, stage);
  const counts = countByStage(board);
  const conversion = pilotToProduction(board);
  const ratio = pilotsPerProduction(board);
  const times = timeInStage(board, now);
  const medians = Object.fromEntries(STAGE_IDS.map((s) => [s, times[s].median])) as Record<StageId, number | null>;
  const stalled = stalledPilots(board, now);
  const undated = undatedPilots(board);
  const locale = board.workshop.locale;
  const number = (n: number) => formatBoardNumber(n, locale);
  const blockers = blockingFoundations(board);
  // Amounts in different currencies do not add up: the bars sum the most used currency and say what they leave out.
  const currencies = valueCurrencies(board);
  const mainCurrency = currencies[0];
  const values = valueByStage(board, mainCurrency?.currency ?? null);
  const otherCurrencies = currencies.slice(1).reduce((sum, c) => sum + c.cards, 0);
  const perStage = (values: Record<StageId, number | null>) =>
    STAGE_IDS.map((s) => ({ key: s, label: label(s), value: values[s], color: STAGE_COLORS[s] }));
  const governance = boardGovernanceFigures(board);
  const lacking = governance.lackingPractice;
  const prohibited = governance.prohibited;
  const stalledAfter = board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS;
  const quietFor = board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS;

  return (
    <ModalDialog labelledBy="metrics-title" onCancel={close}>
      <div className={bySource ? 'modal metrics by-source' : 'modal metrics'}>
        <header className="metrics-header">
          <h2 id="metrics-title">Portfolio metrics — {board.title}</h2>
          {combined ? (
            <label className="metrics-grouping">
              <input type="checkbox" checked={bySource} onChange={(e) => setBySource(e.target.checked)} /> Group by
              source board
            </label>
          ) : null}
          <button type="button" className="button" onClick={close} data-autofocus>
            Close
          </button>
        </header>
        {bySource ? (
          <SourceBoardTable board={board} now={now} />
        ) : (
          <div className="metrics-grid">
            <section className="metric-big" aria-labelledby="m-ratio">
              <h3 id="m-ratio">Pilots per production system</h3>
              <p className="big-number">{ratio === null ? '—' : formatBoardNumber(ratio, locale, 1)}</p>
              <p className="muted">
                <PortfolioHeadline board={board} total={false} />
              </p>
            </section>
            <section className="metric-big" aria-labelledby="m-conversion">
              <h3 id="m-conversion">Pilot-to-production conversion</h3>
              <p className="big-number">{conversion.rate === null ? '—' : `${Math.round(conversion.rate * 100)}%`}</p>
              <p className="muted">
                {conversion.entered
                  ? `${number(conversion.reached)} of ${number(conversion.entered)} that entered Pilot reached Production`
                  : 'No card is known to have entered Pilot'}
              </p>
              <MetricNote text={conversionLeftOutNote(conversion, locale)} />
            </section>
            <section className="metric-big" aria-labelledby="m-stalled">
              <h3 id="m-stalled">Stalled pilots</h3>
              <p className="big-number">{number(stalled.length)}</p>
              <p className="muted">
                over {counted(stalledAfter, 'day', 'days', locale)} in Pilot, no decision in {number(quietFor)}
              </p>
              <MetricNote text={stalledLeftOutNote(undated, locale)} />
              <FirstNames label="The longest-stalled pilots" cards={stalled} number={number} />
            </section>
            <section aria-labelledby="m-stages">
              <h3 id="m-stages">Initiatives per stage</h3>
              <Bars label="Initiatives per stage" values={perStage(counts)} format={number} />
            </section>
            <section aria-labelledby="m-days">
              <h3 id="m-days">Median days in stage</h3>
              <Bars label="Median days in stage" values={perStage(medians)} format={number} />
              <MetricNote text={mediansLeftOutNote(board, times, locale)} />
            </section>
            <section aria-labelledby="m-value">
              <h3 id="m-value">Value estimate by stage</h3>
              <Bars
                label="Value estimate by stage"
                format={(n) => formatAmount(n, mainCurrency?.currency, locale, true)}
                values={perStage(values)}
              />
              {otherCurrencies ? (
                <p className="metric-note">
                  In {mainCurrency?.currency ?? 'no named currency'};{' '}
                  {counted(otherCurrencies, 'card', 'cards', locale)} valued in another currency left out
                </p>
              ) : null}
            </section>
            <section className="metric-wide" aria-labelledby="m-heat">
              <h3 id="m-heat">Foundation heatmap — mean readiness</h3>
              <HeatmapTable board={board} />
            </section>
            <section aria-labelledby="m-blockers">
              <h3 id="m-blockers">What blocks the next gate</h3>
              {blockers.length ? (
                <Bars
                  label="Cards below their next gate, by foundation"
                  format={number}
                  values={blockers.map((b) => ({
                    key: b.foundation,
                    label: FOUNDATIONS[b.foundation].label,
                    value: b.cards,
                    color: PALETTE.bad,
                  }))}
                />
              ) : (
                <p className="muted">Every card meets the readiness its next gate asks for.</p>
              )}
            </section>
            <section aria-labelledby="m-high-impact">
              <h3 id="m-high-impact">{GOVERNANCE_LABELS.highImpact} by stage</h3>
              <Bars
                label={`${GOVERNANCE_LABELS.highImpact} by stage`}
                values={perStage(governance.highImpactByStage)}
                format={number}
              />
              <p className="metric-note">{regimesWords(governance.regimes.map((r) => REGIME_LABELS[r]))}</p>
            </section>
            <section className="metric-big" aria-labelledby="m-lacking">
              <h3 id="m-lacking">{lackingLabel(liveStagesWords(board.stages))}</h3>
              <p className="big-number">{number(lacking.length)}</p>
              <p className="muted">high-impact or high-risk use cases with a minimum practice open</p>
              <FirstNames label="Use cases lacking a practice" cards={lacking} number={number} />
              <MetricNote text={unassessedNote(governance, locale)} />
            </section>
            {prohibited.length ? (
              <section className="metric-big" aria-labelledby="m-prohibited">
                <h3 id="m-prohibited">{GOVERNANCE_LABELS.prohibited}</h3>
                <p className="big-number">{number(prohibited.length)}</p>
                <p className="muted">
                  use cases the EU AI Act prohibits, still on the way; the room can only stop them
                </p>
                <FirstNames label="Prohibited use cases not stopped" cards={prohibited} number={number} />
              </section>
            ) : null}
          </div>
        )}
      </div>
    </ModalDialog>
  );
}

/** How many names a metric lists before "and N more". */
const NAMES_SHOWN = 4;

/** The first few cards of a metric by name, each whole in its tooltip, and how many more there are. */
function FirstNames({
  label,
  cards,
  number,
}: {
  label: string;
  cards: readonly { id: string; title: string }[];
  number: (n: number) => string;
}) {
  if (!cards.length) return null;
  return (
    <ul className="stalled-names" aria-label={label}>
      {cards.slice(0, NAMES_SHOWN).map((i) => (
        <li key={i.id} title={i.title}>
          {i.title}
        </li>
      ))}
      {cards.length > NAMES_SHOWN ? <li>and {number(cards.length - NAMES_SHOWN)} more</li> : null}
    </ul>
  );
}
