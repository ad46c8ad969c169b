/**
 * The leaders' brief as a sheet of the workbook: the same sections as the Markdown, each a heading row and then
 * its rows, with numbers as numbers and dates as dates. It is cut where the Markdown is cut (BRIEF_CAPS) and says
 * so; the Decisions and Actions sheets beside it list everything.
 */
import type { LeadersBrief } from '../brief';
import { BRIEF_CAPS, BRIEF_FOUNDATIONS, capped } from '../brief';
import {
  actionWords,
  BRIEF_HEADINGS,
  BRIEF_LEFT_OUT_WHERE,
  BRIEF_NONE,
  changesHeading,
  FIGURE_LABELS,
  GOVERNANCE_LABELS,
  lackingLabel,
  leftOutWords,
  matrixIntroWords,
  matrixLeftOutWords,
  openActionsHeading,
  plainWords,
  quadrantCardsWords,
  regimesWords,
  sinceHeading,
} from '../brief-wording';
import type { ExportCell, ExportColumn, ExportSheet } from './export-tables';

const WIDTHS = [34, 18, 40, 18, 14, 14, 18, 40];
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The row saying what a cut list left out, in the brief's words; none when the list was not cut. */
function leftOutRow(...args: Parameters<typeof leftOutWords>): ExportCell[][] {
  const words = leftOutWords(...args);
  return words ? [[words]] : [];
}

export function briefSheet(brief: LeadersBrief): ExportSheet {
  const { locale } = brief;
  const f = brief.figures;
  const decisions = capped(brief.decisions, BRIEF_CAPS.decisions);
  const exceptions = capped(brief.exceptions, BRIEF_CAPS.exceptions);
  const actions = capped(brief.openActions, BRIEF_CAPS.actions);
  const g = brief.governance;
  const lacking = capped(g.lackingPractice, BRIEF_CAPS.lackingPractice);
  const prohibited = capped(g.prohibited, BRIEF_CAPS.prohibited);
  const m = brief.matrix;
  const gap: ExportCell[] = [];
  const rows: ExportCell[][] = [
    ['Board', brief.boardTitle],
    ['Date', { date: brief.date }],
    ['Headline', f.headline],
    gap,
    [BRIEF_HEADINGS.portfolio],
    [FIGURE_LABELS.initiatives, f.initiatives],
    ...f.stages.map((s): ExportCell[] => [s.label, s.count]),
    [FIGURE_LABELS.pilotsPerProduction, round(f.pilotsPerProduction)],
    ['Initiatives that entered Pilot', f.conversion.entered],
    ['… of which reached Production', f.conversion.reached],
    [FIGURE_LABELS.conversion, round(f.conversion.rate)],
    ...(f.conversion.leftOut ? [['… left out', f.conversion.leftOut]] : []),
    [
      `${FIGURE_LABELS.stalledPilots} (over ${f.stalledPilots.afterDays} days, no decision in ${f.stalledPilots.quietDays})`,
      f.stalledPilots.count,
    ],
    ...(f.stalledPilots.leftOut ? [['… left out', f.stalledPilots.leftOut]] : []),
    gap,
    [sinceHeading(brief)],
    ...(decisions.shown.length
      ? [
          ['When', 'Initiative reference', 'Initiative', 'Decision', 'From', 'To', 'By', 'Rationale'],
          ...decisions.shown.map((d): ExportCell[] => [
            { date: d.at },
            d.ref ?? null,
            d.title,
            d.kindLabel,
            d.from,
            d.to,
            d.by ?? null,
            d.rationale ?? null,
          ]),
        ]
      : [[BRIEF_NONE.decisions]]),
    ...leftOutRow(decisions.more, 'decision', 'decisions', BRIEF_LEFT_OUT_WHERE.decisions, locale),
    gap,
    [BRIEF_HEADINGS.exceptions],
    ...(exceptions.shown.length
      ? [
          ['Initiative reference', 'Initiative', 'From', 'To', 'By', 'Not met', 'Actions'],
          ...exceptions.shown.map((e): ExportCell[] => [
            e.ref ?? null,
            e.title,
            e.from,
            e.to,
            e.by ?? null,
            e.unmetCriteria.join('; ') || null,
            e.actions.map((a) => plainWords(actionWords(a, locale))).join('; ') || null,
          ]),
        ]
      : [[BRIEF_NONE.exceptions]]),
    ...leftOutRow(exceptions.more, 'exception', 'exceptions', BRIEF_LEFT_OUT_WHERE.exceptions, locale),
    gap,
    [openActionsHeading(brief)],
    ...(actions.shown.length
      ? [
          ['Due', 'Overdue', 'Action', 'Owner', 'Initiative reference', 'Initiative', 'Foundation'],
          ...actions.shown.map((a): ExportCell[] => [
            a.due ? { date: a.due } : null,
            a.overdue ? 'yes' : null,
            a.title,
            a.owner ?? null,
            a.initiativeRef ?? null,
            a.initiativeTitle ?? null,
            a.foundation ?? null,
          ]),
        ]
      : [[BRIEF_NONE.actions]]),
    ...leftOutRow(actions.more, 'open action', 'open actions', BRIEF_LEFT_OUT_WHERE.actions, locale),
    gap,
    [BRIEF_HEADINGS.heatmap],
    ['Stage', 'Cards', ...BRIEF_FOUNDATIONS.map((x) => x.label)],
    ...brief.heatmap.map((row): ExportCell[] => [
      row.label,
      row.cards,
      ...BRIEF_FOUNDATIONS.map((x) => round(row.mean[x.id])),
    ]),
    gap,
    [BRIEF_HEADINGS.blockers],
    ...(brief.blockers.length
      ? [['Foundation', 'Cards below their next gate'], ...brief.blockers.map((b): ExportCell[] => [b.label, b.cards])]
      : [[BRIEF_NONE.blockers]]),
    gap,
    [BRIEF_HEADINGS.matrix],
    [matrixIntroWords(m, locale)],
    ...(m.placed
      ? [
          ['Quadrant', 'Advice', 'Initiatives', `Highest value (${BRIEF_CAPS.quadrantTop} at most)`],
          ...m.quadrants.map((q): ExportCell[] => [
            q.name,
            q.advice,
            q.count,
            quadrantCardsWords(q, BRIEF_CAPS.quadrantTop, m.currency, locale),
          ]),
        ]
      : []),
    ['With no value estimate', m.noValue],
    ...m.otherLeftOut.map((entry): ExportCell[] => [`${entry.label}, not placed`, entry.count]),
    [matrixLeftOutWords(m, locale)],
    gap,
    [BRIEF_HEADINGS.governance],
    [regimesWords(g.regimes)],
    [GOVERNANCE_LABELS.highImpact, g.highImpact],
    ...g.stages.map((s): ExportCell[] => [`… in ${s.label}`, s.count]),
    ...(g.unassessedNote ? [['Not assessed', g.unassessed, g.unassessedNote]] : []),
    [lackingLabel(g.live), g.lackingPractice.length],
    ...(lacking.shown.length
      ? [
          ['Initiative reference', 'Initiative', 'Stage', 'Lacks'],
          ...lacking.shown.map((c): ExportCell[] => [c.ref ?? null, c.title, c.stage, c.missing.join(', ')]),
        ]
      : []),
    ...leftOutRow(lacking.more, 'use case', 'use cases', BRIEF_LEFT_OUT_WHERE.lackingPractice, locale),
    ...(g.prohibited.length
      ? [
          [GOVERNANCE_LABELS.prohibited, g.prohibited.length],
          ['Initiative reference', 'Initiative', 'Stage'],
          ...prohibited.shown.map((c): ExportCell[] => [c.ref ?? null, c.title, c.stage]),
          ...leftOutRow(prohibited.more, 'use case', 'use cases', BRIEF_LEFT_OUT_WHERE.prohibited, locale),
        ]
      : []),
    ...(brief.changes?.length ? [gap, [changesHeading(brief)]] : []),
    // describeDiff has already cut each list to BRIEF_CAPS.changeLines and said how many more there are.
    ...(brief.changes ?? []).flatMap((section) => [
      gap,
      [section.heading],
      ...section.lines.map((line): ExportCell[] => [line]),
    ]),
  ];
  const columns: ExportColumn[] = WIDTHS.map((width, i) => ({
    header: i === 0 ? brief.title : '',
    width,
    kind: 'text',
  }));
  return { name: 'Brief', columns, rows };
}
