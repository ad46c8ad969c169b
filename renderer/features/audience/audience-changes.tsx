import { useRef } from 'react';
import type { AudienceChanges, DiffSection, FigureRow } from '../../../domain';
import { formatBoardNumber, STAGE_IDS } from '../../../domain';
import { MEASURED_AT_MOST, useFittingCount } from './fitting-count';
import { ThenNowFigure } from '../compare/then-now-figure';

/** The figures shown big, in the order the room reads pilot fatigue (as the Compare view shows them). */
const HEADLINE_KEYS = ['pilots-per-production', 'conversion', 'stalled-pilots'] as const;
const COUNT_KEYS = ['initiatives', ...STAGE_IDS] as const;
/** Sections the projector lays out, three across in two rows; the rest are named at the foot. */
const SECTIONS_SHOWN = 6;

/**
 * "Since …" as the facilitator presents it: the figures then and now in large type, then what changed, each
 * section with the lines that fit whole and how many more it has, as the projector cannot scroll. The lines were
 * written in the facilitator's window from the boards without what the room may not see (domain/audience-changes.ts).
 */
export function AudienceChangesView({ changes, locale }: { changes: AudienceChanges; locale: string | undefined }) {
  const shown = changes.sections.slice(0, SECTIONS_SHOWN);
  const notShown = changes.sections.slice(SECTIONS_SHOWN);
  return (
    <section className="audience-changes" aria-labelledby="audience-changes-title">
      <h2 id="audience-changes-title" className="audience-changes-title">
        {changes.title}
      </h2>
      <Figures figures={changes.figures} />
      {shown.length ? (
        <div
          className="audience-change-sections"
          style={{ gridTemplateColumns: `repeat(${Math.min(shown.length, 3)}, minmax(0, 1fr))` }}
        >
          {shown.map((section) => (
            <ChangeSection key={section.heading} section={section} locale={locale} />
          ))}
        </div>
      ) : (
        <p className="audience-changes-nothing">Nothing on the board has changed since.</p>
      )}
      {notShown.length ? (
        <p className="audience-changes-left-out">
          Not shown here, on the facilitator’s screen:{' '}
          {notShown
            .map((s) => `${s.heading} (${formatBoardNumber(s.lines.length + (s.leftOut ?? 0), locale)})`)
            .join(' · ')}
        </p>
      ) : null}
    </section>
  );
}

function Figures({ figures }: { figures: FigureRow[] }) {
  const row = (key: FigureRow['key']) => figures.find((f) => f.key === key);
  return (
    <div className="audience-change-figures">
      <div className="audience-change-headline">
        {HEADLINE_KEYS.map((key) => {
          const figure = row(key);
          return figure ? <ThenNowFigure key={key} figure={figure} className="audience-change-figure" /> : null;
        })}
      </div>
      <table className="audience-change-counts">
        <caption className="visually-hidden">Initiatives per stage, then and now</caption>
        <thead>
          <tr>
            <td />
            {COUNT_KEYS.map((key) => (
              <th key={key} scope="col">
                {row(key)?.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">Then</th>
            {COUNT_KEYS.map((key) => (
              <td key={key}>{row(key)?.then}</td>
            ))}
          </tr>
          <tr className="now">
            <th scope="row">Now</th>
            {COUNT_KEYS.map((key) => (
              <td key={key}>{row(key)?.now}</td>
            ))}
          </tr>
        </tbody>
      </table>
    </div>
  );
}

/** One section: its heading, the lines that fit whole, and "…and N more" on a line kept for it below them. */
function ChangeSection({ section, locale }: { section: DiffSection; locale: string | undefined }) {
  const list = useRef<HTMLUListElement>(null);
  const fits = useFittingCount(list, list, section);
  const shown = section.lines.slice(0, fits ?? MEASURED_AT_MOST);
  const more = section.lines.length - shown.length + (section.leftOut ?? 0);
  return (
    <section className="audience-change-section" aria-label={section.heading}>
      <h3>{section.heading}</h3>
      <ul ref={list} data-measuring={fits === null ? 'true' : undefined}>
        {shown.map((line, index) => (
          <li key={index}>{line}</li>
        ))}
      </ul>
      <p className="audience-more">{fits !== null && more > 0 ? `…and ${formatBoardNumber(more, locale)} more` : ''}</p>
    </section>
  );
}
