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

/** "Claims triage (DOJ-12; id c1) · Stage: North Pilot; South Scaling → Scaling kept (latest stage)". */
export function conflictLine(conflict: CombineConflict): string {
  const { card } = conflict;
  const name = `${card.title} (${card.ref ? `${card.ref}; ` : ''}id ${card.id})`;
  const values = conflict.values.map((v) => `${v.source} ${v.value}`).join('; ');
  return `${name} · ${conflict.field}: ${values} → ${conflict.kept} kept (${COMBINE_RULE_NAMES[conflict.rule]})`;
}

const formatNumber = (n: number) => formatBoardNumber(n);
const capitalised = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
