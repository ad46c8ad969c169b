/**
 * The leaders' brief as a sheet of the workbook: the same sections as the Markdown, each a heading row and then
 * its rows, with numbers as numbers and dates as dates. It is cut where the Markdown is cut (BRIEF_CAPS) and says
 * so; the Decisions and Actions sheets beside it list everything.
 */
import type { BriefAction, LeadersBrief } from '../brief';
import { BRIEF_CAPS, BRIEF_FOUNDATIONS, capped } from '../brief';
import { sinceHeading } from '../brief-wording';
import type { ExportCell, ExportColumn, ExportSheet } from './export-tables';

const WIDTHS = [34, 18, 40, 18, 14, 14, 18, 40];
const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

function moreRow(n: number, noun: string, plural: string, where: string): ExportCell[][] {
  return n ? [[`…and ${n} more ${n === 1 ? noun : plural}, not listed here (${where})`]] : [];
}

function actionText(a: BriefAction): string {
  return [a.title, a.owner ?? 'no owner', a.due ? `due ${a.due}${a.overdue ? ' (overdue)' : ''}` : 'no date'].join(
    ', ',
  );
}

export function briefSheet(brief: LeadersBrief): ExportSheet {
  const f = brief.figures;
  const decisions = capped(brief.decisions, BRIEF_CAPS.decisions);
  const exceptions = capped(brief.exceptions, BRIEF_CAPS.exceptions);
  const actions = capped(brief.openActions, BRIEF_CAPS.actions);
  const gap: ExportCell[] = [];
  const rows: ExportCell[][] = [
    ['Board', brief.boardTitle],
    ['Date', { date: brief.date }],
    ['Headline', f.headline],
    gap,
    ['Portfolio'],
    ['Initiatives', f.initiatives],
    ...f.stages.map((s): ExportCell[] => [s.label, s.count]),
    ['Pilots per production system', round(f.pilotsPerProduction)],
    ['Initiatives that entered Pilot', f.conversion.entered],
    ['… of which reached Production', f.conversion.reached],
    ['Pilot-to-production conversion', round(f.conversion.rate)],
    ...(f.conversion.leftOut ? [['… left out', f.conversion.leftOut]] : []),
    [
      `Stalled pilots (over ${f.stalledPilots.afterDays} days, no decision in ${f.stalledPilots.quietDays})`,
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
      : [['No decisions were logged.']]),
    ...moreRow(decisions.more, 'decision', 'decisions', 'the Decisions sheet lists every one'),
    gap,
    ['Exceptions and their conditions'],
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
            e.actions.map(actionText).join('; ') || null,
          ]),
        ]
      : [['No go with exception was decided.']]),
    ...moreRow(exceptions.more, 'exception', 'exceptions', 'the Decisions sheet lists every one'),
    gap,
    [`Open actions (${brief.openActions.length}, ${brief.overdueActions} overdue)`],
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
      : [['No open actions.']]),
    ...moreRow(actions.more, 'open action', 'open actions', 'the Actions sheet lists every one'),
    gap,
    ['Foundation readiness (mean level, 0–4)'],
    ['Stage', 'Cards', ...BRIEF_FOUNDATIONS.map((x) => x.label)],
    ...brief.heatmap.map((row): ExportCell[] => [
      row.label,
      row.cards,
      ...BRIEF_FOUNDATIONS.map((x) => round(row.mean[x.id])),
    ]),
    gap,
    ['Top blockers'],
    ...(brief.blockers.length
      ? [['Foundation', 'Cards below their next gate'], ...brief.blockers.map((b): ExportCell[] => [b.label, b.cards])]
      : [['No card falls short of a foundation its next gate asks for.']]),
    ...(brief.changes?.length ? [gap, [`What changed since ${brief.changesSince ?? 'then'}`]] : []),
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
