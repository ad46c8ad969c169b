import './source-board-table.css';
import { Fragment } from 'react';
import type { BoardDocument } from '../../../domain';
import {
  counted,
  figuresBySourceBoard,
  FIGURE_LABELS,
  formatBoardNumber,
  FOUNDATION_IDS,
  FOUNDATIONS,
  NO_SOURCE_BOARD,
  SOURCE_SEPARATOR,
  stageLabel,
  STAGE_IDS,
} from '../../../domain';
import { heatLevel } from './heat-level';

/**
 * The portfolio figures of a combined board, a row per source board (figuresBySourceBoard): cards per stage, the
 * pilot-fatigue figures and mean readiness per foundation. The rows scroll under a header that stays in view; a
 * long source name takes two lines, the whole of it in its tooltip and its accessible name.
 */
export function SourceBoardTable({ board, now }: { board: BoardDocument; now: string }) {
  const figures = figuresBySourceBoard(board, now);
  const locale = board.workshop.locale;
  const number = (n: number) => formatBoardNumber(n, locale);
  const sources = figures.filter((f) => f.source !== null).length;
  return (
    <>
      <div className="source-table-scroll" role="region" aria-labelledby="m-by-source" tabIndex={0}>
        <table className="source-table">
          <caption id="m-by-source">
            By source board{' '}
            <span className="muted">
              — {counted(sources, 'source board', 'source boards', locale)},{' '}
              {counted(board.initiatives.length, 'card', 'cards', locale)}
            </span>
          </caption>
          <thead>
            <tr>
              <th scope="col" rowSpan={2} className="source-name">
                Source board
              </th>
              <th scope="col" rowSpan={2}>
                {FIGURE_LABELS.initiatives}
              </th>
              <th scope="colgroup" colSpan={STAGE_IDS.length} className="group-start">
                Initiatives per stage
              </th>
              <th scope="colgroup" colSpan={3} className="group-start">
                Pilot fatigue
              </th>
              <th scope="colgroup" colSpan={FOUNDATION_IDS.length} className="group-start">
                Mean readiness
              </th>
            </tr>
            <tr>
              {STAGE_IDS.map((s, i) => (
                <th key={s} scope="col" className={i === 0 ? 'group-start' : undefined}>
                  {stageLabel(board.stages, s)}
                </th>
              ))}
              <th scope="col" className="group-start">
                {FIGURE_LABELS.pilotsPerProduction}
              </th>
              <th scope="col">Conversion</th>
              <th scope="col">{FIGURE_LABELS.stalledPilots}</th>
              {/* The card's short names where the window is narrow; the full one is what a screen reader hears. */}
              {FOUNDATION_IDS.map((f, i) => (
                <th key={f} scope="col" className={i === 0 ? 'group-start' : undefined} title={FOUNDATIONS[f].label}>
                  <span className="label-full" aria-hidden="true">
                    {FOUNDATIONS[f].label}
                  </span>
                  <span className="label-short" aria-hidden="true">
                    {FOUNDATIONS[f].short}
                  </span>
                  <span className="visually-hidden">{FOUNDATIONS[f].label}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {figures.map((f) => (
              <tr key={f.source ?? ''} className={f.source === null ? 'no-source' : undefined}>
                <th scope="row" className="source-name" title={f.label}>
                  {/* A card found on several boards: each board's name on its own lines, so that two long names
                      that start alike stay apart. The spaces between them keep the name as the field writes it. */}
                  {f.source === null ? (
                    <span className="source-part">{f.label}</span>
                  ) : (
                    f.boards.map((name, i) => (
                      <Fragment key={i}>
                        {i ? ' ' : null}
                        <span className="source-part">{i ? `${SOURCE_SEPARATOR.trim()} ${name}` : name}</span>
                      </Fragment>
                    ))
                  )}
                </th>
                <td>{number(f.cards)}</td>
                {STAGE_IDS.map((s, i) => (
                  <td key={s} className={i === 0 ? 'group-start' : undefined}>
                    {number(f.byStage[s])}
                  </td>
                ))}
                <td className="group-start">
                  {f.pilotsPerProduction === null ? '—' : formatBoardNumber(f.pilotsPerProduction, locale, 1)}
                </td>
                <td>
                  {f.conversion.rate === null ? '—' : `${Math.round(f.conversion.rate * 100)}%`}
                  {f.conversion.entered ? ' ' : null}
                  {f.conversion.entered ? (
                    <span className="conversion-of">
                      {number(f.conversion.reached)} of {number(f.conversion.entered)}
                    </span>
                  ) : null}
                </td>
                <td>{number(f.stalledPilots)}</td>
                {FOUNDATION_IDS.map((id, i) => {
                  const v = f.meanReadiness[id];
                  return (
                    <td
                      key={id}
                      className={`readiness ${v === null ? 'empty' : `level-${heatLevel(v)}`}${i === 0 ? ' group-start' : ''}`}
                    >
                      {v === null ? '—' : formatBoardNumber(v, locale, 1)}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="metric-note">
        Each card is counted once, under the source board it records: a card found on several boards has a row of its
        own (“North{SOURCE_SEPARATOR}South”), and cards that record none are under “{NO_SOURCE_BOARD}”. Conversion
        counts the cards whose path to Pilot is known, as in the whole portfolio.
      </p>
    </>
  );
}
