import './export.css';
import type { BoardDocument, Initiative, Regime } from '../../../domain';
import {
  boardRegimes,
  daysInStage,
  formatBoardDate,
  formatBoardNumber,
  inStageText,
  FOUNDATION_IDS,
  FOUNDATIONS,
  governanceBadge,
  governanceBadgeText,
  levelWords,
  printPlan,
  READINESS_LEVELS,
  RISK_TIER_LABELS,
} from '../../../domain';
import { ReadinessStrip } from '../board/readiness-strip';
import { PortfolioHeadline } from '../board/portfolio-headline';
import { useBoardStore } from '../../store/board-store';
import { briefComparison } from './brief-comparison';
import { FittedBriefPrint } from './brief-print-view';

/**
 * The board as it goes on paper and into the image, and nothing else of the window: a title, the date, the
 * headline and a legend, then every card, as columns of cards or, for a large board, a compact table per stage.
 * Stage headings sit in table headers, which Chromium repeats on every page a table runs onto.
 */
export function PrintView({ board, now }: { board: BoardDocument; now: string }) {
  const plan = printPlan(board);
  const locale = board.workshop.locale;
  const regimes = boardRegimes(board);
  return (
    <div className={`print-view print-${plan.layout}`} data-layout={plan.layout}>
      <header className="print-header">
        <div>
          <h1>{board.title}</h1>
          <p>
            {formatBoardDate(now, locale)} · <PortfolioHeadline board={board} />
          </p>
        </div>
        <div className="print-legend">
          <p>
            Readiness, left to right:{' '}
            {FOUNDATION_IDS.map((f) => `${FOUNDATIONS[f].short} ${FOUNDATIONS[f].label}`).join(' · ')}
          </p>
          <p className="legend-levels">
            {READINESS_LEVELS.map((level) => (
              <span key={level} className={`readiness-cell level-${level}`}>
                {levelWords(level)}
              </span>
            ))}
          </p>
        </div>
      </header>
      {plan.layout === 'cards' ? (
        <PrintColumns plan={plan} now={now} locale={locale} regimes={regimes} />
      ) : (
        <PrintTables plan={plan} now={now} locale={locale} regimes={regimes} />
      )}
    </div>
  );
}

type Plan = ReturnType<typeof printPlan>;

interface PlanProps {
  plan: Plan;
  now: string;
  /** The board's locale, for its counts, dates and days. */
  locale: string | undefined;
  /** The board's regimes, for each card's governance badge. */
  regimes: readonly Regime[];
}

/** What binds a card under the board's regimes, as a line of print, or null. */
function PrintGovernance({ card, regimes }: { card: Initiative; regimes: readonly Regime[] }) {
  const badge = governanceBadge(card, regimes);
  return badge ? <span className="print-governance">{governanceBadgeText(badge)}</span> : null;
}

function PrintColumns({ plan, now, locale, regimes }: PlanProps) {
  return (
    <table className="print-columns">
      <thead>
        <tr>
          {plan.stages.map(({ stage, cards }) => (
            <th key={stage.id} scope="col" className={`stage-${stage.id}`} data-stage={stage.id}>
              {stage.label} <span className="print-count">{formatBoardNumber(cards.length, locale)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        <tr>
          {plan.stages.map(({ stage, cards }) => (
            <td key={stage.id} className={`stage-${stage.id}`}>
              {cards.map((card) => (
                <PrintCard key={card.id} card={card} now={now} locale={locale} regimes={regimes} />
              ))}
            </td>
          ))}
        </tr>
      </tbody>
    </table>
  );
}

function PrintCard({
  card,
  now,
  locale,
  regimes,
}: {
  card: Initiative;
  now: string;
  locale: string | undefined;
  regimes: readonly Regime[];
}) {
  const who = [card.owner, card.businessUnit].filter(Boolean).join(' · ');
  return (
    <article className="card print-card">
      <h3 className="card-title">{card.title}</h3>
      {who ? <p className="card-owner">{who}</p> : null}
      <ReadinessStrip readiness={card.readiness} />
      <PrintGovernance card={card} regimes={regimes} />
      <p className="print-card-footer">
        Risk: {RISK_TIER_LABELS[card.riskTier]} · {inStageText(daysInStage(card, now), locale)}
      </p>
    </article>
  );
}

function PrintTables({ plan, now, locale, regimes }: PlanProps) {
  return (
    <>
      {plan.stages.map(({ stage, cards }) => (
        <table key={stage.id} className={`print-table stage-${stage.id}`} data-stage={stage.id}>
          <thead>
            <tr className="print-table-stage">
              <th colSpan={4 + FOUNDATION_IDS.length} scope="colgroup">
                {stage.label} <span className="print-count">{formatBoardNumber(cards.length, locale)}</span>
              </th>
            </tr>
            <tr>
              <th scope="col">Ref</th>
              <th scope="col">Initiative</th>
              <th scope="col">Business unit · owner</th>
              {FOUNDATION_IDS.map((f) => (
                <th key={f} scope="col" className="print-level" title={FOUNDATIONS[f].label}>
                  {FOUNDATIONS[f].short}
                </th>
              ))}
              <th scope="col">Risk · days</th>
            </tr>
          </thead>
          <tbody>
            {cards.length ? (
              cards.map((card) => (
                <tr key={card.id}>
                  <td className="print-ref">{card.ref ?? ''}</td>
                  <td className="print-title">
                    {card.title} <PrintGovernance card={card} regimes={regimes} />
                  </td>
                  <td>{[card.businessUnit, card.owner].filter(Boolean).join(' · ')}</td>
                  {FOUNDATION_IDS.map((f) => (
                    <td key={f} className={`print-level level-${card.readiness[f]}`}>
                      {card.readiness[f]}
                    </td>
                  ))}
                  <td className="print-risk">
                    {RISK_TIER_LABELS[card.riskTier]} · {daysCell(daysInStage(card, now), locale)}
                  </td>
                </tr>
              ))
            ) : (
              <tr>
                <td colSpan={4 + FOUNDATION_IDS.length} className="print-none">
                  No initiatives
                </td>
              </tr>
            )}
          </tbody>
        </table>
      ))}
    </>
  );
}

/** Days in stage in the compact table's "Risk · days" column: the bare number, or "unknown" without a stage date. */
function daysCell(days: number | null, locale: string | undefined): string {
  return days === null ? 'unknown' : formatBoardNumber(days, locale);
}

/** What the window prints itself as (export-commands.ts): the board, the leaders' brief, or nothing. */
export function PrintWhenPrinting({ board }: { board: BoardDocument }) {
  const printing = useBoardStore((s) => s.printing);
  if (printing === 'brief') return <FittedBriefPrint board={board} now={new Date()} compareWith={briefComparison()} />;
  return printing === 'board' ? <PrintView board={board} now={new Date().toISOString()} /> : null;
}
