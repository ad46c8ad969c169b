/**
 * A combine report in words, for the command line and the app's Combine dialog alike: a line per source, the
 * notes, the rules applied and a line per conflict.
 */
import { counted, formatBoardNumber } from './board-locale';
import type { CombineConflict, CombineRule } from './combine-cards';
import { COMBINE_RULES } from './combine-cards';
import type { CombineReport } from './combine';

/** Short names of the rules, for a list of conflicts where the rule is said in full once, above it. */
export const COMBINE_RULE_NAMES: Record<CombineRule, string> = {
  stage: 'latest stage',
  readiness: 'latest change, else lower level',
  first: 'first board’s',
  severest: 'most severe',
  votes: 'highest count',
  earliest: 'earliest date',
  action: 'latest version',
};

export interface CombineDescription {
  /** "3 boards, 61 cards, 12 matched: 49 cards on the combined board; 4 conflicts." */
  summary: string;
  /** One line per source board. */
  sources: string[];
  notes: string[];
  /** The rules the conflicts were settled by, each once, in full: "Latest stage: the stage the card …". */
  rules: string[];
  /** One line per conflict, in board order. */
  conflicts: string[];
}

export function describeCombine(report: CombineReport): CombineDescription {
  const given = report.sources.reduce((n, s) => n + s.cards, 0);
  const summary =
    `${counted(report.sources.length, 'board')}, ${counted(given, 'card')}, ${formatNumber(report.matched)} matched: ` +
    `${counted(report.cards, 'card')} on the combined board; ${counted(report.conflicts.length, 'conflict')}.`;
  const sources = report.sources.map((s) => {
    const matched = s.matchedByRef + s.matchedById;
    const how = matched
      ? `${formatNumber(matched)} matched (${formatNumber(s.matchedByRef)} by reference, ${formatNumber(s.matchedById)} by id)`
      : 'none matched';
    return `${s.name} (“${s.title}”): ${counted(s.cards, 'card')}, ${how}, ${formatNumber(s.added)} added`;
  });
  const used = [...new Set(report.conflicts.map((c) => c.rule))];
  const rules = (Object.keys(COMBINE_RULES) as CombineRule[])
    .filter((rule) => used.includes(rule))
    .map((rule) => `${capitalised(COMBINE_RULE_NAMES[rule])}: ${COMBINE_RULES[rule]}.`);
  return { summary, sources, notes: report.notes, rules, conflicts: report.conflicts.map(conflictLine) };
}

/**
 * The whole report as text, as `scaleboard combine` prints it and File › Combine Boards… copies or saves it: the
 * summary, opened by `heading` when given ("north.scaleboard + south.scaleboard → portfolio.scaleboard"), then the
 * sources, notes, rules and conflicts, each a block of indented lines.
 */
export function combineReportText(report: CombineReport, heading?: string): string {
  const described = describeCombine(report);
  const section = (title: string, lines: string[]) =>
    lines.length ? [title, ...lines.map((line) => `  ${line}`)].join('\n') : null;
  const blocks = [
    heading ? `${heading}: ${described.summary}` : described.summary,
    section('Sources', described.sources),
    section('Notes', described.notes),
    section('Rules applied', described.rules),
    section(`Conflicts (${report.conflicts.length})`, described.conflicts),
  ].filter((block): block is string => block !== null);
  return `${blocks.join('\n\n')}\n`;
}

/** The most fields, and source names, the record a combined board keeps names one by one. */
const RECORD_LIST = 8;

/**
 * The one line a combined board keeps about the combine that made it (in its workshop notes): when, from which
 * boards, and how many conflicts of which field were settled by rule. Every conflict is in the report, which the
 * facilitator copies or saves; this says there was one to read. "Combined on 2026-06-01 from North, South: …".
 */
export function combineRecord(report: CombineReport, now: string): string {
  const names = report.sources.map((s) => s.name);
  const from = listed(names, (n) => counted(n, 'other board'));
  const byField = new Map<string, number>();
  for (const conflict of report.conflicts) byField.set(conflict.field, (byField.get(conflict.field) ?? 0) + 1);
  const fields = listed(
    [...byField].map(([field, n]) => `${field} ${formatNumber(n)}`),
    (n) => counted(n, 'other field'),
  );
  const settled = byField.size ? ` Settled by rule: ${fields}.` : '';
  return `Combined on ${now.slice(0, 10)} from ${from}: ${describeCombine(report).summary}${settled}`;
}

/** The first RECORD_LIST items, and how many more. */
function listed(items: readonly string[], more: (n: number) => string): string {
  if (items.length <= RECORD_LIST) return items.join(', ');
  return `${items.slice(0, RECORD_LIST).join(', ')} and ${more(items.length - RECORD_LIST)}`;
}

/** "Claims triage (DOJ-12; id c1) · Stage: North Pilot; South Scaling → Scaling kept (latest stage)". */
export function conflictLine(conflict: CombineConflict): string {
  const { card } = conflict;
  const name = `${card.title} (${card.ref ? `${card.ref}; ` : ''}id ${card.id})`;
  const values = conflict.values.map((v) => `${v.source} ${v.value}`).join('; ');
  return `${name} · ${conflict.field}: ${values} → ${conflict.kept} kept (${COMBINE_RULE_NAMES[conflict.rule]})`;
}

const formatNumber = (n: number) => formatBoardNumber(n);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
