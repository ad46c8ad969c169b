/**
 * A board diff as readable sections of text: the command line prints them, the Compare view and the leaders'
 * brief lay them out. Stages are called by the board's labels and figures written in its locale.
 */
import type { ActionEntry, BoardDiff, BoardFigures, CardName } from './board-diff';
import type { BoardDocument } from './board-schema';
import { stageLabel } from './board';
import { boardLocale, counted, formatBoardDate, formatBoardDateTime, formatBoardNumber } from './board-locale';
import { cutText } from './cut-text';
import { FOUNDATIONS } from './foundations';
import { conversionWords, FIGURE_LABELS, pathWords, pilotsPerProductionWords } from './brief-wording';
import { DECISION_LABELS } from './labels';
import type { StageId } from './stages';
import { STAGE_IDS } from './stages';

/** One heading and its lines; the one shape every reader of a diff lays out. */
export interface DiffSection {
  heading: string;
  lines: string[];
  /** With `countLeftOut`: how many entries the caps left out of `lines`, for the reader to say. */
  leftOut?: number;
}

export interface DescribeOptions {
  /** Lines a list shows before "…and N more"; 20 unless set. */
  cap?: number;
  /** False leaves out the figures section, for a reader that lays them out as a table (see `figureRows`). */
  figures?: boolean;
  /** Names each card by its id too, as the command line does for a reader who looks cards up in the file. */
  ids?: boolean;
  /**
   * True: a list longer than the cap ends without its "…and N more" line, and its section counts what was left out
   * in `leftOut`, for a reader that shows fewer lines still and says the whole count its own way (the projector).
   */
  countLeftOut?: boolean;
  /** Card and action titles longer than this are cut between words, ending in "…"; whole unless set. */
  titleLength?: number;
}

/** One headline figure as it was and as it is, written in the board's locale. */
export interface FigureRow {
  /** Which figure: the pilot-fatigue ones, a stage's count, or all the initiatives. */
  key: 'initiatives' | StageId | 'pilots-per-production' | 'conversion' | 'stalled-pilots';
  label: string;
  then: string;
  now: string;
}

export const DEFAULT_DIFF_CAP = 20;

/**
 * The diff in sections, in reading order: cards moved, new, stopped, gone, renamed; readiness; decisions; actions;
 * the headline figures then and now; notes on how cards were matched. Sections with nothing to say are left out.
 * `board` gives the stage labels and the locale: the newer board, as a rule.
 */
export function describeDiff(
  diff: BoardDiff,
  board: Pick<BoardDocument, 'stages' | 'workshop'>,
  options: DescribeOptions = {},
): DiffSection[] {
  const cap = Math.max(1, options.cap ?? DEFAULT_DIFF_CAP);
  const locale = boardLocale(board);
  const stage = (id: string) => stageLabel(board.stages, id);
  const titled = (title: string) => shortTitle(title, options.titleLength);
  // What the caps of the section being written left out: `section` takes it once its lines are written.
  let leftOut = 0;
  const capped = <T>(items: readonly T[], line: (item: T) => string): string[] => {
    const lines = items.slice(0, cap).map(line);
    const more = items.length - cap;
    if (more > 0 && options.countLeftOut) leftOut += more;
    else if (more > 0) lines.push(`…and ${formatBoardNumber(more, locale)} more`);
    return lines;
  };
  const section = (heading: string, lines: string[]): DiffSection => {
    const written: DiffSection = leftOut ? { heading, lines, leftOut } : { heading, lines };
    leftOut = 0;
    return written;
  };
  const { cards } = diff;
  const named = (card: CardName) => nameOf({ ...card, title: titled(card.title) }, options.ids === true);

  const sections: DiffSection[] = [
    section(
      'Moved between stages',
      capped(cards.moved, (m) => `${named(m)}: ${stage(m.from)} → ${stage(m.to)}`),
    ),
    section(
      'New',
      capped(cards.new, (c) => `${named(c)}, in ${stage(c.stage)}`),
    ),
    section(
      'Stopped',
      capped(cards.stopped, (m) => `${named(m)}, from ${stage(m.from)}`),
    ),
    section(
      'No longer on the board',
      capped(cards.removed, (c) => `${named(c)}, was in ${stage(c.stage)}: deleted, or not on the newer board`),
    ),
    section(
      'Renamed',
      capped(
        cards.renamed,
        (r) => `“${titled(r.from)}” → ${nameOf({ ...r, title: `“${titled(r.to)}”` }, options.ids === true)}`,
      ),
    ),
    section(
      'Readiness raised',
      capped(cards.readinessRaised, (c) => `${named(c)}: ${FOUNDATIONS[c.foundation].label} ${c.from} → ${c.to}`),
    ),
    section(
      'Readiness lowered',
      capped(cards.readinessLowered, (c) => `${named(c)}: ${FOUNDATIONS[c.foundation].label} ${c.from} → ${c.to}`),
    ),
    section(
      'Decisions taken',
      capped(
        diff.decisions,
        (d) =>
          `${formatBoardDateTime(d.at, locale)} · ${DECISION_LABELS[d.kind]} · ${named(d.card)}: ${pathWords(stage(d.from), stage(d.to))}${d.by ? ` (${d.by})` : ''}`,
      ),
    ),
    section('Actions', actionLines(diff.actions, capped, { named, titled }, locale)),
    section(
      'Headline figures then and now',
      options.figures === false
        ? []
        : figureRows(diff.figures, board).map((row) => `${row.label}: ${row.then} → ${row.now}`),
    ),
    section('Notes', diff.notes),
  ];
  return sections.filter((s) => s.lines.length > 0);
}

/** "Claims triage (PIL-1)": the title, and the reference when there is one; with ids, "(PIL-1; id 7f3a…)". */
function nameOf(card: CardName, ids: boolean): string {
  const names = [card.ref, ids ? `id ${card.id}` : undefined].filter(Boolean);
  return names.length ? `${card.title} (${names.join('; ')})` : card.title;
}

/** `title`, or when it is longer than `max`, its words that fit in `max - 1` characters and "…". */
function shortTitle(title: string, max: number | undefined): string {
  if (max === undefined || title.length <= max) return title;
  const cut = cutText(title, Math.max(1, max - 1));
  const space = cut.lastIndexOf(' ');
  // A first word longer than half the room is cut inside it rather than leaving next to nothing.
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.–—-]+$/, '')}…`;
}

function actionLines(
  actions: BoardDiff['actions'],
  capped: (items: readonly ActionEntry[], line: (item: ActionEntry) => string) => string[],
  /** "Claims triage (PIL-1)": the title, and the reference when there is one; and a title alone. */
  names: { named: (card: CardName) => string; titled: (title: string) => string },
  locale: string | undefined,
): string[] {
  const line = (prefix: string) => (a: ActionEntry) => {
    const details = [
      a.owner,
      a.due ? `due ${formatBoardDate(a.due, locale)}` : undefined,
      a.card && names.named(a.card),
    ];
    const said = details.filter(Boolean).join(', ');
    return `${prefix}: ${names.titled(a.title)}${said ? ` (${said})` : ''}`;
  };
  return [
    ...capped(actions.opened, line('Opened')),
    ...capped(actions.done, line('Done')),
    ...capped(actions.dropped, line('Dropped')),
    ...capped(actions.overdue, line('Overdue')),
    // The open ones carried over are the long tail, those overdue already then among them: not changes, but not to
    // be forgotten either; their numbers say enough beside the ones above.
    ...(actions.stillOpen.length
      ? [
          `Still open from before: ${counted(actions.stillOpen.length, 'action', 'actions', locale)}${
            actions.stillOverdue.length
              ? `, ${formatBoardNumber(actions.stillOverdue.length, locale)} of them overdue already then`
              : ''
          }`,
        ]
      : []),
  ];
}

/** The headline figures then and now: the initiatives in all and per stage, then the pilot-fatigue figures. */
export function figureRows(
  figures: BoardDiff['figures'],
  board: Pick<BoardDocument, 'stages' | 'workshop'>,
): FigureRow[] {
  const locale = boardLocale(board);
  const { before, after } = figures;
  const number = (n: number) => formatBoardNumber(n, locale);
  // In the brief's words, so that its "What changed" says each figure as the brief's own figures do.
  const ratio = (f: BoardFigures) => pilotsPerProductionWords(f.pilotsPerProduction, locale);
  // The label says what is counted; the figure, on a projector tile, stays short enough to read from the back.
  const conversion = (f: BoardFigures) => conversionWords(f.conversion, locale, { short: true });
  const row = (key: FigureRow['key'], label: string, then: string, now: string): FigureRow => ({
    key,
    label,
    then,
    now,
  });
  return [
    row('initiatives', FIGURE_LABELS.initiatives, number(before.initiatives), number(after.initiatives)),
    ...STAGE_IDS.map((s) => row(s, stageLabel(board.stages, s), number(before.byStage[s]), number(after.byStage[s]))),
    row('pilots-per-production', FIGURE_LABELS.pilotsPerProduction, ratio(before), ratio(after)),
    row('conversion', FIGURE_LABELS.conversion, conversion(before), conversion(after)),
    row('stalled-pilots', FIGURE_LABELS.stalledPilots, number(before.stalledPilots), number(after.stalledPilots)),
  ];
}
