import './brief-print.css';
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { BoardDocument, BriefPrintCaps, CutList, LeadersBrief, WordParts } from '../../../domain';
import {
  actionWords,
  BRIEF_FOUNDATIONS,
  BRIEF_HEADINGS,
  BRIEF_LEFT_OUT_WHERE,
  BRIEF_NONE,
  BRIEF_PRINT_STEPS,
  blockerWords,
  DEFAULT_MATRIX_VIEW,
  investableCards,
  briefFits,
  briefPageBox,
  changesHeading,
  cardWords,
  conversionWords,
  dueDay,
  exceptionHeadline,
  FIGURE_LABELS,
  GOVERNANCE_LABELS,
  highImpactByStageWords,
  lackingLabel,
  lackingWords,
  matrixIntroWords,
  matrixLeftOutWords,
  quadrantWords,
  formatBoardDate,
  formatBoardDateTime,
  formatBoardNumber,
  leftOutWords,
  oneLine,
  openActionsHeading,
  pathWords,
  pilotsPerProductionWords,
  printedBrief,
  prohibitedWords,
  regimesWords,
  sinceHeading,
  stalledWords,
} from '../../../domain';
import { heatLevel } from '../metrics/heat-level';
import { MatrixImage, matrixWords } from '../matrix/matrix-image';
import { matrixPictureOf } from '../matrix/matrix-picture';
import { matrixSvg } from '../matrix/matrix-svg';
import type { BriefComparison } from './brief-comparison';
import { roomBrief } from './brief-comparison';

/**
 * An open action names its card in a narrow column: the reference, or the title's start; a use case lacking a
 * practice is named by its reference and the title's start, so that each takes one line.
 */
const CARD_IN_ACTION = 60;

/** A card named in a quadrant, half the page wide: its reference and the start of its title. */
const CARD_IN_QUADRANT = 40;
/** The quadrants in the order a two-by-two grid reads them: the chart's top row, then its bottom row. */
const QUADRANT_GRID = ['fix-foundations', 'scale', 'park', 'question'] as const;

/** What the brief says when it leaves its chart out to stay within two pages. */
export const BRIEF_CHART_LEFT_OUT =
  'The chart is left out to keep the brief to two pages; File › Export › Matrix as PNG… draws it.';

/**
 * The leaders' brief as it goes on A4 paper, fitted to two pages: laid out at the page's width, and while taller
 * than two pages, made again at the next, shorter step of BRIEF_PRINT_STEPS. `data-fitted` tells the export it
 * may print (export-commands.ts).
 */
export function FittedBriefPrint({
  board,
  now,
  compareWith,
}: {
  board: BoardDocument;
  now: Date;
  compareWith: BriefComparison | null;
}) {
  const [step, setStep] = useState(0);
  const caps = BRIEF_PRINT_STEPS[step]!;
  const brief = roomBrief(board, now, { compareWith, changeLines: caps.changeLines });
  const chart = useMemo(
    () => (caps.chart > 0 && brief.matrix.placed > 0 ? briefChart(board, caps.chart) : null),
    [board, caps.chart, brief.matrix.placed],
  );
  const ref = useRef<HTMLDivElement>(null);
  const [fitted, setFitted] = useState(false);
  useLayoutEffect(() => {
    const height = ref.current?.getBoundingClientRect().height ?? 0;
    // Measuring the laid-out page is the only way to know; each step renders once more at most.
    if (!briefFits(height) && step < BRIEF_PRINT_STEPS.length - 1) setStep(step + 1);
    else setFitted(true);
  }, [step]);
  return <BriefPrintView ref={ref} brief={brief} caps={caps} fitted={fitted} chart={chart} />;
}

/** The type size of the chart on paper: as the brief's own small print. */
const CHART_FONT = 9.5;

/** The matrix of the brief's cards (every card not stopped) as a picture the page's width, `height` tall. */
function briefChart(board: BoardDocument, height: number): BriefChart {
  const { picture, data } = matrixPictureOf(board, investableCards(board), DEFAULT_MATRIX_VIEW, {
    width: briefPageBox().width,
    chartHeight: height,
    fontSize: CHART_FONT,
    named: 3,
  });
  return { svg: matrixSvg(picture, { header: false }), words: matrixWords(data, board.workshop.locale) };
}

/** The chart as the printed brief shows it: SVG text, and what it shows in words. */
export interface BriefChart {
  svg: string;
  words: string;
}

/** The brief's sections on paper, its lists cut to `caps` and saying what they left out. */
export function BriefPrintView({
  brief,
  caps,
  fitted = false,
  chart = null,
  ref,
}: {
  brief: LeadersBrief;
  caps: BriefPrintCaps;
  fitted?: boolean;
  /** The matrix chart; null leaves it out, which the brief says when it has a matrix to show. */
  chart?: BriefChart | null;
  ref?: React.Ref<HTMLDivElement>;
}) {
  const { locale } = brief;
  const printed = printedBrief(brief, caps);
  const n = (value: number) => formatBoardNumber(value, locale);
  const f = brief.figures;
  const stages = brief.heatmap.filter((row) => row.cards > 0);
  return (
    <div
      ref={ref}
      className="print-view brief-print"
      style={{ width: briefPageBox().width }}
      data-fitted={fitted || undefined}
    >
      <header className="brief-header">
        <h1>{brief.title}</h1>
        <p>
          {formatBoardDate(brief.date, locale)} · {f.headline}
        </p>
      </header>

      <section className="brief-figures">
        <h2>{BRIEF_HEADINGS.portfolio}</h2>
        <dl>
          <dt>{FIGURE_LABELS.initiatives}</dt>
          <dd>
            {n(f.initiatives)} — {f.stages.map((s) => `${s.label} ${n(s.count)}`).join(' · ')}
          </dd>
          <dt>{FIGURE_LABELS.pilotsPerProduction}</dt>
          <dd>{pilotsPerProductionWords(f.pilotsPerProduction, locale)}</dd>
          <dt>{FIGURE_LABELS.conversion}</dt>
          <dd>
            {conversionWords(f.conversion, locale)}
            {f.conversion.leftOut ? <span className="brief-note">{f.conversion.leftOut}.</span> : null}
          </dd>
          <dt>{FIGURE_LABELS.stalledPilots}</dt>
          <dd>
            {stalledWords(brief)}
            {f.stalledPilots.leftOut ? <span className="brief-note">{f.stalledPilots.leftOut}.</span> : null}
          </dd>
        </dl>
      </section>

      <section className="brief-decisions">
        <h2>{sinceHeading(brief)}</h2>
        {printed.decisions.shown.length ? (
          <table className="brief-table">
            <thead>
              <tr>
                <th scope="col" className="brief-when">
                  When
                </th>
                <th scope="col">Initiative</th>
                <th scope="col" className="brief-kind">
                  Decision
                </th>
                <th scope="col" className="brief-path">
                  From → to
                </th>
                <th scope="col" className="brief-who">
                  By
                </th>
              </tr>
            </thead>
            <tbody>
              {printed.decisions.shown.map((d) => (
                <tr key={d.id}>
                  <td>{formatBoardDateTime(d.at, locale)}</td>
                  <td className="brief-title">
                    {cardWords(d)}
                    {d.rationale ? <span className="brief-note">{oneLine(d.rationale, caps.rationale)}</span> : null}
                  </td>
                  <td className={d.kind === 'go-with-exception' ? 'brief-strong' : undefined}>{d.kindLabel}</td>
                  <td>{pathWords(d.from, d.to)}</td>
                  <td>{d.by ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{BRIEF_NONE.decisions}</p>
        )}
        <LeftOut list={printed.decisions} noun="decision" where={BRIEF_LEFT_OUT_WHERE.decisions} locale={locale} />
      </section>

      {printed.exceptions.shown.length ? (
        <section className="brief-exceptions">
          <h2>{BRIEF_HEADINGS.exceptions}</h2>
          <ul>
            {printed.exceptions.shown.map((e) => (
              <li key={e.id} className="brief-exception">
                <p className="brief-title">
                  <Words parts={exceptionHeadline(e)} />
                </p>
                <p>
                  <span className="brief-label">Not met:</span>{' '}
                  {e.unmetCriteria.length ? e.unmetCriteria.join('; ') : BRIEF_NONE.unmetCriteria}
                </p>
                {e.actions.shown.length ? (
                  e.actions.shown.map((a) => (
                    <p key={a.id} className="brief-title">
                      <span className="brief-label">Action:</span>{' '}
                      <Words parts={actionWords(a, locale)} stress="brief-overdue" />
                    </p>
                  ))
                ) : (
                  <p>{BRIEF_NONE.exceptionActions}</p>
                )}
                <LeftOut list={e.actions} noun="action" where={BRIEF_LEFT_OUT_WHERE.actions} locale={locale} />
              </li>
            ))}
          </ul>
          <LeftOut list={printed.exceptions} noun="exception" where={BRIEF_LEFT_OUT_WHERE.exceptions} locale={locale} />
        </section>
      ) : null}

      <section className="brief-actions">
        <h2>{openActionsHeading(brief)}</h2>
        {printed.actions.shown.length ? (
          <table className="brief-table">
            <thead>
              <tr>
                <th scope="col" className="brief-due">
                  Due
                </th>
                <th scope="col">Action</th>
                <th scope="col" className="brief-who">
                  Owner
                </th>
                <th scope="col" className="brief-card">
                  Initiative
                </th>
                <th scope="col" className="brief-foundation">
                  Foundation
                </th>
              </tr>
            </thead>
            <tbody>
              {printed.actions.shown.map((a) => (
                <tr key={a.id}>
                  <td>
                    {a.overdue ? <strong className="brief-overdue">Overdue </strong> : null}
                    {dueDay(a, locale)}
                  </td>
                  <td className="brief-title">{a.title}</td>
                  <td>{a.owner ?? 'no owner'}</td>
                  <td className="brief-title">
                    {a.initiativeRef ?? (a.initiativeTitle ? oneLine(a.initiativeTitle, CARD_IN_ACTION) : '')}
                  </td>
                  <td>{a.foundation ?? ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <p>{BRIEF_NONE.actions}</p>
        )}
        <LeftOut list={printed.actions} noun="open action" where={BRIEF_LEFT_OUT_WHERE.actions} locale={locale} />
      </section>

      <div className="brief-columns">
        <section className="brief-heatmap">
          <h2>{BRIEF_HEADINGS.heatmap}</h2>
          {stages.length ? (
            <>
              <table>
                <thead>
                  <tr>
                    <th scope="col">Stage</th>
                    <th scope="col">Cards</th>
                    {BRIEF_FOUNDATIONS.map((f) => (
                      <th key={f.id} scope="col">
                        {f.label}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {stages.map((row) => (
                    <tr key={row.stage}>
                      <th scope="row">{row.label}</th>
                      <td>{n(row.cards)}</td>
                      {BRIEF_FOUNDATIONS.map((f) => {
                        const mean = row.mean[f.id];
                        return (
                          <td key={f.id} className={mean === null ? 'brief-empty' : `brief-shade-${heatLevel(mean)}`}>
                            {mean === null ? '–' : formatBoardNumber(mean, locale, 1)}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
              <p className="brief-legend">
                Darker shading, lower readiness:{' '}
                {[0, 1, 2, 3, 4].map((level) => (
                  <span key={level} className={`brief-shade-${level}`}>
                    {level}
                  </span>
                ))}
              </p>
            </>
          ) : (
            <p>{BRIEF_NONE.cards}</p>
          )}
        </section>
        <section className="brief-blockers">
          <h2>{BRIEF_HEADINGS.blockers}</h2>
          {brief.blockers.length ? (
            <ol>
              {brief.blockers.map((b) => (
                <li key={b.foundation}>{blockerWords(b, locale)}</li>
              ))}
            </ol>
          ) : (
            <p>{BRIEF_NONE.blockers}</p>
          )}
        </section>
      </div>

      <section className="brief-matrix">
        <h2>{BRIEF_HEADINGS.matrix}</h2>
        <p>
          {matrixIntroWords(brief.matrix, locale)} {matrixLeftOutWords(brief.matrix, locale)}
          {brief.matrix.placed && !chart ? <em className="brief-chart-left-out"> {BRIEF_CHART_LEFT_OUT}</em> : null}
        </p>
        {chart ? <MatrixImage className="brief-chart" svg={chart.svg} words={chart.words} /> : null}
        {brief.matrix.placed ? (
          // As the chart lays them out: high value above, ready on the right.
          <ul className="brief-quadrants">
            {QUADRANT_GRID.map((id) => {
              const q = brief.matrix.quadrants.find((quadrant) => quadrant.id === id)!;
              const top = q.top.map((card) => ({ ...card, title: oneLine(card.title, CARD_IN_QUADRANT) }));
              return (
                <li key={q.id} className="brief-title">
                  <Words parts={quadrantWords({ ...q, top }, caps.quadrantTop, brief.matrix.currency, locale)} />
                </li>
              );
            })}
          </ul>
        ) : null}
      </section>

      <section className="brief-governance">
        <h2>{BRIEF_HEADINGS.governance}</h2>
        <p>{regimesWords(brief.governance.regimes)}</p>
        <dl>
          <dt>{GOVERNANCE_LABELS.highImpact}</dt>
          <dd>
            {highImpactByStageWords(brief.governance, locale)}
            {brief.governance.unassessedNote ? (
              <span className="brief-note">{brief.governance.unassessedNote}.</span>
            ) : null}
          </dd>
          <dt>{lackingLabel(brief.governance.live)}</dt>
          <dd>{n(brief.governance.lackingPractice.length)}</dd>
        </dl>
        {printed.lackingPractice.shown.length ? (
          <ul className="brief-lacking">
            {printed.lackingPractice.shown.map((item) => (
              <li key={item.id} className="brief-title">
                <Words parts={lackingWords({ ...item, title: oneLine(item.title, CARD_IN_ACTION) })} />
              </li>
            ))}
          </ul>
        ) : null}
        <LeftOut
          list={printed.lackingPractice}
          noun="use case"
          where={BRIEF_LEFT_OUT_WHERE.lackingPractice}
          locale={locale}
        />
        {brief.governance.prohibited.length ? (
          <>
            <dl>
              <dt>{GOVERNANCE_LABELS.prohibited}</dt>
              <dd>{n(brief.governance.prohibited.length)}</dd>
            </dl>
            <ul className="brief-prohibited">
              {printed.prohibited.shown.map((item) => (
                <li key={item.id} className="brief-title">
                  <Words parts={prohibitedWords({ ...item, title: oneLine(item.title, CARD_IN_ACTION) })} />
                </li>
              ))}
            </ul>
            <LeftOut
              list={printed.prohibited}
              noun="use case"
              where={BRIEF_LEFT_OUT_WHERE.prohibited}
              locale={locale}
            />
          </>
        ) : null}
      </section>

      {brief.changes?.length ? (
        <section>
          {/* Outside the columns, so that its break-after keeps it on the page with the first change. */}
          <h2>{changesHeading(brief)}</h2>
          <div className="brief-changes">
            {brief.changes.map((section) => (
              <div key={section.heading} className="brief-change">
                <h3>{section.heading}</h3>
                <ul>
                  {section.lines.map((line, i) => (
                    <li key={i}>{line}</li>
                  ))}
                </ul>
              </div>
            ))}
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** Words in parts on paper: a stressed part is strong, with `stress` as its class (an overdue date's colour). */
function Words({ parts, stress }: { parts: WordParts; stress?: string }) {
  return parts.map((part, i) =>
    part.stress ? (
      <strong key={i} className={stress}>
        {part.text}
      </strong>
    ) : (
      part.text
    ),
  );
}

function LeftOut<T>({
  list,
  noun,
  where,
  locale,
}: {
  list: CutList<T>;
  noun: string;
  where: string;
  locale: string | undefined;
}) {
  const words = leftOutWords(list.more, noun, `${noun}s`, where, locale);
  return words ? <p className="brief-left-out">{words}</p> : null;
}
