import { useRef } from 'react';
import type { AudienceChanges, DiffSection, FigureRow } from '../../../domain';
import { formatBoardNumber } from '../../../domain';
import { MEASURED_AT_MOST, useFittingCount } from './fitting-count';
import { ThenNowFigures } from '../compare/then-now-figure';

/** The figures shown big, in the order the room reads pilot fatigue (as the Compare view shows them). */
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
  return (
    <div className="audience-change-figures">
      <ThenNowFigures figures={figures} prefix="audience-change" />
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
