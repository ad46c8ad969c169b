/**
 * The leaders' brief as Markdown an analyst can paste into a report: headings, short tables and lists, within one
 * or two A4 pages. Long lists are cut at BRIEF_CAPS and say how many they leave out; text from the board is
 * escaped, so a title can neither break a table nor turn into a list, a heading or a formula when pasted on.
 */
import type { BriefAction, BriefDecision, LeadersBrief } from './brief';
import { BRIEF_CAPS, BRIEF_FOUNDATIONS, capped } from './brief';
import { oneLine } from './cut-text';
import { formatBoardDate, formatBoardDateTime, formatBoardNumber } from './board-locale';
import type { WordParts } from './brief-wording';
import {
  actionWords,
  BRIEF_HEADINGS,
  BRIEF_LEFT_OUT_WHERE,
  BRIEF_NONE,
  blockerWords,
  cardWords,
  changesHeading,
  conversionWords,
  dueDay,
  exceptionHeadline,
  FIGURE_LABELS,
  GOVERNANCE_LABELS,
  highImpactByStageWords,
  lackingLabel,
  lackingWords,
  leftOutWords,
  matrixIntroWords,
  matrixLeftOutWords,
  quadrantWords,
  openActionsHeading,
  pathWords,
  pilotsPerProductionWords,
  prohibitedWords,
  regimesWords,
  sinceHeading,
  stalledWords,
} from './brief-wording';

/** Rationales and notes longer than this are cut, with an ellipsis, to keep the brief short. */
const LONG_TEXT = 200;

/**
 * Board text for one line of Markdown: line breaks become spaces, Markdown's own characters and `|` are escaped,
 * and a leading `=`, `+`, `-`, `@` or `#` is escaped too, so it stays text in a list, a table or a spreadsheet.
 */
export function markdownText(value: string, max = LONG_TEXT): string {
  return escaped(oneLine(value, max)).replace(/^[=+\-@#]/, '\\$&');
}

function escaped(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, '\\$&');
}

/** Words in parts as one line of Markdown: escaped, stressed parts in bold, a leading formula character escaped. */
function markdownWords(parts: WordParts): string {
  const line = parts.map((p) => (p.stress ? `**${escaped(p.text)}**` : escaped(p.text.replace(/\s+/g, ' '))));
  return line.join('').replace(/^[=+\-@#]/, '\\$&');
}

function table(headers: string[], rows: string[][]): string[] {
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map((cell) => cell || ' ').join(' | ')} |`),
  ];
}

/** "…and 3 more decisions, not listed here", in italics, or nothing when the list was not cut. */
function more(n: number, noun: string, plural: string, where: string, locale?: string): string[] {
  const words = leftOutWords(n, noun, plural, where, locale);
  return words ? ['', `_${words}_`] : [];
}

function card(item: { ref?: string; title?: string }): string {
  return markdownText(cardWords(item));
}

function dueText(action: BriefAction, locale?: string): string {
  const day = dueDay(action, locale);
  return action.overdue ? `**overdue** ${day}` : day;
}

function figures(brief: LeadersBrief): string[] {
  const { locale, figures: f } = brief;
  const n = (value: number) => formatBoardNumber(value, locale);
  return [
    `- **${FIGURE_LABELS.initiatives}:** ${n(f.initiatives)} — ${f.stages.map((s) => `${markdownText(s.label)} ${n(s.count)}`).join(' · ')}`,
    `- **${FIGURE_LABELS.pilotsPerProduction}:** ${pilotsPerProductionWords(f.pilotsPerProduction, locale)}`,
    `- **${FIGURE_LABELS.conversion}:** ${conversionWords(f.conversion, locale)}`,
    ...(f.conversion.leftOut ? [`  - _${f.conversion.leftOut}._`] : []),
    `- **${FIGURE_LABELS.stalledPilots}:** ${stalledWords(brief)}`,
    ...(f.stalledPilots.leftOut ? [`  - _${f.stalledPilots.leftOut}._`] : []),
  ];
}

function governance(brief: LeadersBrief): string[] {
  const { locale, governance: g } = brief;
  const lacking = capped(g.lackingPractice, BRIEF_CAPS.lackingPractice);
  const prohibited = capped(g.prohibited, BRIEF_CAPS.prohibited);
  return [
    markdownText(regimesWords(g.regimes), 300),
    '',
    `- **${GOVERNANCE_LABELS.highImpact}:** ${markdownText(highImpactByStageWords(g, locale), 300)}`,
    ...(g.unassessedNote ? [`- ${g.unassessedNote}.`] : []),
    `- **${markdownText(lackingLabel(g.live))}:** ${formatBoardNumber(g.lackingPractice.length, locale)}`,
    ...lacking.shown.map(
      (item) => `  - ${markdownWords(lackingWords({ ...item, title: oneLine(item.title, LONG_TEXT) }))}`,
    ),
    ...more(lacking.more, 'use case', 'use cases', BRIEF_LEFT_OUT_WHERE.lackingPractice, locale),
    ...(g.prohibited.length
      ? [
          '',
          `- **${GOVERNANCE_LABELS.prohibited}:** ${formatBoardNumber(g.prohibited.length, locale)}`,
          ...prohibited.shown.map(
            (item) => `  - ${markdownWords(prohibitedWords({ ...item, title: oneLine(item.title, LONG_TEXT) }))}`,
          ),
          ...more(prohibited.more, 'use case', 'use cases', BRIEF_LEFT_OUT_WHERE.prohibited, locale),
        ]
      : []),
  ];
}

function matrix(brief: LeadersBrief): string[] {
  const { locale, matrix: m } = brief;
  if (!m.placed)
    return [markdownText(matrixIntroWords(m, locale), 400), '', markdownText(matrixLeftOutWords(m, locale), 400)];
  return [
    markdownText(matrixIntroWords(m, locale), 400),
    '',
    ...m.quadrants.map((q) => {
      const top = q.top.map((card) => ({ ...card, title: oneLine(card.title, LONG_TEXT) }));
      return `- ${markdownWords(quadrantWords({ ...q, top }, BRIEF_CAPS.quadrantTop, m.currency, locale))}`;
    }),
    '',
    markdownText(matrixLeftOutWords(m, locale), 400),
  ];
}

function decisionRow(d: BriefDecision, locale?: string): string[] {
  return [
    formatBoardDateTime(d.at, locale),
    card(d),
    d.kindLabel,
    markdownText(pathWords(d.from, d.to)),
    d.by ? markdownText(d.by) : '',
    d.rationale ? markdownText(d.rationale) : '',
  ];
}

function actionLine(a: BriefAction, locale?: string): string {
  // The title and the owner are cut as the rest of the board's text is, and the due date always follows them.
  const owner = a.owner === undefined ? {} : { owner: oneLine(a.owner, LONG_TEXT) };
  return markdownWords(actionWords({ ...a, title: oneLine(a.title, LONG_TEXT), ...owner }, locale));
}

/** The brief as Markdown; see the module's comment. */
export function briefMarkdown(brief: LeadersBrief): string {
  const { locale } = brief;
  const out: string[] = [
    `# ${markdownText(brief.title, 300)}`,
    '',
    `${formatBoardDate(brief.date, locale)} · ${brief.figures.headline}`,
    '',
    `## ${BRIEF_HEADINGS.portfolio}`,
    '',
    ...figures(brief),
    '',
    `## ${sinceHeading(brief)}`,
    '',
  ];

  const decisions = capped(brief.decisions, BRIEF_CAPS.decisions);
  if (!decisions.shown.length) out.push(BRIEF_NONE.decisions);
  else
    out.push(
      ...table(
        ['When', 'Initiative', 'Decision', 'From → to', 'By', 'Rationale'],
        decisions.shown.map((d) => decisionRow(d, locale)),
      ),
      ...more(decisions.more, 'decision', 'decisions', BRIEF_LEFT_OUT_WHERE.decisions, locale),
    );

  if (brief.exceptions.length) {
    const exceptions = capped(brief.exceptions, BRIEF_CAPS.exceptions);
    out.push('', `## ${BRIEF_HEADINGS.exceptions}`, '');
    for (const e of exceptions.shown) {
      out.push(`- ${markdownWords(exceptionHeadline({ ...e, title: oneLine(e.title, LONG_TEXT) }))}`);
      out.push(
        `  - Not met: ${e.unmetCriteria.length ? e.unmetCriteria.map((c) => markdownText(c)).join('; ') : BRIEF_NONE.unmetCriteria}`,
      );
      if (!e.actions.length) out.push(`  - ${BRIEF_NONE.exceptionActions}`);
      for (const a of e.actions) out.push(`  - Action: ${actionLine(a, locale)}`);
    }
    out.push(...more(exceptions.more, 'exception', 'exceptions', BRIEF_LEFT_OUT_WHERE.exceptions, locale));
  }

  const actions = capped(brief.openActions, BRIEF_CAPS.actions);
  out.push('', `## ${openActionsHeading(brief)}`, '');
  if (!actions.shown.length) out.push(BRIEF_NONE.actions);
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
      ...more(actions.more, 'open action', 'open actions', BRIEF_LEFT_OUT_WHERE.actions, locale),
    );

  const stages = brief.heatmap.filter((row) => row.cards > 0);
  out.push('', `## ${BRIEF_HEADINGS.heatmap}`, '');
  if (!stages.length) out.push(BRIEF_NONE.cards);
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

  out.push('', `## ${BRIEF_HEADINGS.blockers}`, '');
  if (!brief.blockers.length) out.push(BRIEF_NONE.blockers);
  else brief.blockers.forEach((b, i) => out.push(`${i + 1}. ${blockerWords(b, locale)}`));

  out.push('', `## ${BRIEF_HEADINGS.matrix}`, '', ...matrix(brief));

  out.push('', `## ${BRIEF_HEADINGS.governance}`, '', ...governance(brief));

  if (brief.changes?.length) out.push('', `## ${markdownText(changesHeading(brief), 300)}`);
  // describeDiff has already cut each list to BRIEF_CAPS.changeLines and said how many more there are.
  for (const section of brief.changes ?? []) {
    out.push('', `### ${markdownText(section.heading, 300)}`, '');
    out.push(...section.lines.map((line) => `- ${markdownText(line, 300)}`));
  }
  return `${out.join('\n')}\n`;
}
