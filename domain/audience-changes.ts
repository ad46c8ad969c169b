/**
 * What the projector's Changes view shows: "since …" in the figures then and now and the diff's sections, worked
 * out in the facilitator's window from the two boards as the audience may see them.
 *
 * Why these lines and not the older board itself: the lines are the smaller payload (a few kilobytes, each list
 * capped, where an older board of 20,000 cards is megabytes sent again on every edit), and the audience window then
 * receives nothing of the older board but what it shows: no card field, log entry or action it does not print.
 */
import { calendarDay } from './actions';
import { audienceBoard, audienceEarlierBoard } from './audience';
import { diffBoards } from './board-diff';
import type { BoardDocument } from './board-schema';
import type { DiffSection, FigureRow } from './describe-diff';
import { describeDiff, figureRows } from './describe-diff';

/** Lines a section sends at most: more than a section of the projector shows at its type size on any screen. */
export const AUDIENCE_CHANGE_LINES = 20;
/** A title on the projector's Changes view: two lines of a section at most, so that a section shows several. */
export const AUDIENCE_TITLE_LENGTH = 60;

/**
 * The order the projector lays the sections out in, which shows only the first few: what the room decided and
 * agreed to do before what it renamed or removed. The Compare view keeps describeDiff's reading order.
 */
export const AUDIENCE_SECTION_ORDER = [
  'Moved between stages',
  'New',
  'Stopped',
  'Decisions taken',
  'Actions',
  'Readiness raised',
  'Readiness lowered',
  'Renamed',
  'No longer on the board',
  'Notes',
] as const;

export interface AudienceChanges {
  /** "Since the start of the workshop", "Since Q2 portfolio.scaleboard". */
  title: string;
  figures: FigureRow[];
  /** In AUDIENCE_SECTION_ORDER, each with at most AUDIENCE_CHANGE_LINES lines and in `leftOut` how many were not sent. */
  sections: DiffSection[];
}

/**
 * The changes from `then` to `now` as the room may see them: each board without what it keeps confidential, a
 * field a card hides now hidden "then" too (see audienceEarlierBoard), so no owner or rationale reaches the lines.
 */
export function audienceChanges(
  title: string,
  then: BoardDocument,
  now: BoardDocument,
  options: { hideVotes: boolean; at: Date },
): AudienceChanges {
  const before = audienceEarlierBoard(then, now, options);
  const after = audienceBoard(now, options);
  const diff = diffBoards(before, after, { today: calendarDay(options.at), now: options.at.toISOString() });
  const sections = describeDiff(diff, after, {
    figures: false,
    cap: AUDIENCE_CHANGE_LINES,
    countLeftOut: true,
    titleLength: AUDIENCE_TITLE_LENGTH,
  });
  return {
    title,
    figures: figureRows(diff.figures, after),
    // The actions' several lists and the notes can run past the cap together: the section is held to it all the same.
    sections: sections
      .sort((a, b) => placeOf(a) - placeOf(b))
      .map((s) => {
        const cut = s.lines.length - AUDIENCE_CHANGE_LINES;
        if (cut <= 0) return s;
        return { heading: s.heading, lines: s.lines.slice(0, AUDIENCE_CHANGE_LINES), leftOut: (s.leftOut ?? 0) + cut };
      }),
  };
}

const placeOf = (section: DiffSection): number => {
  const place = (AUDIENCE_SECTION_ORDER as readonly string[]).indexOf(section.heading);
  return place === -1 ? AUDIENCE_SECTION_ORDER.length : place;
};
