/**
 * The leaders' brief as Markdown an analyst can paste into a report: headings, short tables and lists, within one
 * or two A4 pages. Long lists are cut at BRIEF_CAPS and say how many they leave out; text from the board is
 * escaped, so a title can neither break a table nor turn into a list, a heading or a formula when pasted on.
 */
import type { BriefAction, BriefDecision, LeadersBrief } from './brief';
import { BRIEF_CAPS, BRIEF_FOUNDATIONS, capped } from './brief';
import { cutText } from './cut-text';
import { counted, formatBoardDate, formatBoardDateTime, formatBoardNumber } from './board-locale';

/** Rationales and notes longer than this are cut, with an ellipsis, to keep the brief short. */
const LONG_TEXT = 200;

/**
 * Board text for one line of Markdown: line breaks become spaces, Markdown's own characters and `|` are escaped,
 * and a leading `=`, `+`, `-`, `@` or `#` is escaped too, so it stays text in a list, a table or a spreadsheet.
 */
export function markdownText(value: string, max = LONG_TEXT): string {
  const oneLine = value.replace(/\s+/g, ' ').trim();
  const cut = oneLine.length > max ? `${cutText(oneLine, max - 1).trimEnd()}…` : oneLine;
  return cut.replace(/[\\`*_[\]<>|~]/g, '\\$&').replace(/^[=+\-@#]/, '\\$&');
}

/** A day in the room's time zone ("1 Jun 2026"): the brief's "since" is a local instant, often a local midnight. */
function localDay(iso: string, locale?: string): string {
  const time = Date.parse(iso);
  return Number.isFinite(time) ? new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(time) : iso;
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`),
  ];
}

/** "…and 3 more decisions, not listed here", or nothing when the list was not cut. */
function more(n: number, noun: string, plural: string, where: string, locale?: string): string[] {
  return n
    ? ['', `_…and ${formatBoardNumber(n, locale)} more ${n === 1 ? noun : plural}, not listed here (${where})._`]
    : [];
}

function card(item: { ref?: string; title?: string }): string {
  if (!item.title) return '';
  return item.ref ? `${markdownText(item.ref)} ${markdownText(item.title)}` : markdownText(item.title);
}

function dueText(action: BriefAction, locale?: string): string {
  if (!action.due) return 'no date';
  const day = formatBoardDate(action.due, locale);
  return action.overdue ? `**overdue** ${day}` : day;
}

/** What the brief calls its decisions: since when, and why from then. */
export function sinceHeading(brief: LeadersBrief): string {
  const { locale } = brief;
  switch (brief.sinceFrom) {
    case 'snapshot':
      return `Decisions since the workshop started (${formatBoardDateTime(brief.since, locale)})`;
    case 'given':
      return `Decisions since ${formatBoardDateTime(brief.since, locale)}`;
    case 'workshop-date':
      return `Decisions since the workshop day began (${localDay(brief.since, locale)})`;
    case 'today':
      return `Decisions today (${localDay(brief.since, locale)})`;
  }
}

function figures(brief: LeadersBrief): string[] {
  const { locale, figures: f } = brief;
  const n = (value: number, digits?: number) => formatBoardNumber(value, locale, digits);
  const conversion =
    f.conversion.rate === null
      ? 'no card with a known path has entered Pilot yet'
      : `${n(Math.round(f.conversion.rate * 100))}% (${n(f.conversion.reached)} of the ${counted(f.conversion.entered, 'initiative', 'initiatives', locale)} that entered Pilot reached Production)`;
  return [
    `- **Initiatives:** ${n(f.initiatives)} — ${f.stages.map((s) => `${markdownText(s.label)} ${n(s.count)}`).join(' · ')}`,
    `- **Pilots per production system:** ${f.pilotsPerProduction === null ? 'none in production' : n(f.pilotsPerProduction, 1)}`,
    `- **Pilot-to-production conversion:** ${conversion}`,
    ...(f.conversion.leftOut ? [`  - _${f.conversion.leftOut}._`] : []),
    `- **Stalled pilots:** ${n(f.stalledPilots.count)} (over ${counted(f.stalledPilots.afterDays, 'day', 'days', locale)} in Pilot, no decision in ${n(f.stalledPilots.quietDays)})`,
    ...(f.stalledPilots.leftOut ? [`  - _${f.stalledPilots.leftOut}._`] : []),
  ];
}

function decisionRow(d: BriefDecision, locale?: string): string[] {
  return [
    formatBoardDateTime(d.at, locale),
    card(d),
    d.kindLabel,
    `${markdownText(d.from)} → ${markdownText(d.to)}`,
    d.by ? markdownText(d.by) : '',
    d.rationale ? markdownText(d.rationale) : '',
  ];
}

function actionLine(a: BriefAction, locale?: string): string {
  const who = a.owner ? markdownText(a.owner) : 'no owner';
  return `${markdownText(a.title)} — ${who}, ${dueText(a, locale)}${a.status === 'open' ? '' : ` (${a.status})`}`;
}

/** The brief as Markdown; see the module's comment. */
export function briefMarkdown(brief: LeadersBrief): string {
  const { locale } = brief;
  const out: string[] = [
    `# ${markdownText(brief.title, 300)}`,
    '',
    `${formatBoardDate(brief.date, locale)} · ${brief.figures.headline}`,
    '',
    '## Portfolio',
    '',
    ...figures(brief),
    '',
    `## ${sinceHeading(brief)}`,
    '',
  ];

  const decisions = capped(brief.decisions, BRIEF_CAPS.decisions);
  if (!decisions.shown.length) out.push('No decisions were logged.');
  else
    out.push(
      ...table(
        ['When', 'Initiative', 'Decision', 'From → to', 'By', 'Rationale'],
        decisions.shown.map((d) => decisionRow(d, locale)),
      ),
      ...more(decisions.more, 'decision', 'decisions', 'the workbook’s Decisions sheet lists every one', locale),
    );

  if (brief.exceptions.length) {
    const exceptions = capped(brief.exceptions, BRIEF_CAPS.exceptions);
    out.push('', '## Exceptions and their conditions', '');
    for (const e of exceptions.shown) {
      out.push(
        `- **${card(e)}** — ${markdownText(e.from)} → ${markdownText(e.to)}${e.by ? `, ${markdownText(e.by)}` : ''}`,
      );
      out.push(
        `  - Not met: ${e.unmetCriteria.length ? e.unmetCriteria.map((c) => markdownText(c)).join('; ') : 'none recorded'}`,
      );
      if (!e.actions.length) out.push('  - No action was recorded with it.');
      for (const a of e.actions) out.push(`  - Action: ${actionLine(a, locale)}`);
    }
    out.push(...more(exceptions.more, 'exception', 'exceptions', 'see the Decisions sheet', locale));
  }

  const actions = capped(brief.openActions, BRIEF_CAPS.actions);
  out.push(
    '',
    `## Open actions (${formatBoardNumber(brief.openActions.length, locale)}, ${formatBoardNumber(brief.overdueActions, locale)} overdue)`,
    '',
  );
  if (!actions.shown.length) out.push('No open actions.');
  else
    out.push(
      ...table(
        ['Due', 'Action', 'Owner', 'Initiative', 'Foundation'],
        actions.shown.map((a) => [
          dueText(a, locale),
          markdownText(a.title),
          a.owner ? markdownText(a.owner) : '',
          card({ ref: a.initiativeRef, title: a.initiativeTitle }),
          a.foundation ?? '',
        ]),
      ),
      ...more(actions.more, 'open action', 'open actions', 'the workbook’s Actions sheet lists every one', locale),
    );

  const stages = brief.heatmap.filter((row) => row.cards > 0);
  out.push('', '## Foundation readiness (mean level, 0–4)', '');
  if (!stages.length) out.push('No cards on the board.');
  else
    out.push(
      ...table(
        ['Stage', 'Cards', ...BRIEF_FOUNDATIONS.map((f) => f.label)],
        stages.map((row) => [
          markdownText(row.label),
          formatBoardNumber(row.cards, locale),
          ...BRIEF_FOUNDATIONS.map((f) => {
            const mean = row.mean[f.id];
            return mean === null ? '–' : formatBoardNumber(mean, locale, 1);
          }),
        ]),
      ),
    );

  out.push('', '## Top blockers', '');
  if (!brief.blockers.length) out.push('No card falls short of a foundation its next gate asks for.');
  else
    brief.blockers.forEach((b, i) =>
      out.push(`${i + 1}. ${b.label} — ${counted(b.cards, 'card', 'cards', locale)} below what their next gate asks`),
    );

  if (brief.changes?.length) out.push('', `## What changed since ${markdownText(brief.changesSince ?? 'then', 200)}`);
  // describeDiff has already cut each list to BRIEF_CAPS.changeLines and said how many more there are.
  for (const section of brief.changes ?? []) {
    out.push('', `### ${markdownText(section.heading, 300)}`, '');
    out.push(...section.lines.map((line) => `- ${markdownText(line, 300)}`));
  }
  return `${out.join('\n')}\n`;
}
