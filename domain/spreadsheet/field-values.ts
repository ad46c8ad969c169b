/** Readers for the typed fields of a card, from spreadsheet text as people type it. */
import type { InitiativeSource, RiskTier } from '../board-schema';
import type { ReadinessLevel } from '../foundations';
import { safeRecordKey } from '../records';

export type Reading<T> = { value: T } | { empty: true } | { error: string };

const EMPTY = { empty: true } as const;

/** "1,200,000", "€1.2m", "950 000", "2.5k": a plain number, or an error that says what was there. */
export function readAmount(text: string): Reading<number> {
  const trimmed = text.trim();
  if (!trimmed || /^(n\/?a|none|tbd|-)$/i.test(trimmed)) return EMPTY;
  const m = /^([-+]?)[$€£¥]?\s*([\d.,\s]+?)\s*(k|m|mn|bn|b)?$/i.exec(trimmed.replace(/\s?(usd|eur|gbp|chf)$/i, ''));
  if (m) {
    const digits = m[2]!.replace(/[\s,]/g, '');
    const value = Number(digits);
    if (digits && !Number.isNaN(value)) {
      const scale = { k: 1e3, m: 1e6, mn: 1e6, b: 1e9, bn: 1e9 }[(m[3] ?? '').toLowerCase() as 'k'] ?? 1;
      const amount = (m[1] === '-' ? -1 : 1) * value * scale;
      // Past about 1.8e308 a number is Infinity, which a board cannot hold (nor JSON write).
      return Number.isFinite(amount) ? { value: amount } : { error: `“${trimmed}” is too large a number` };
    }
  }
  return { error: `“${trimmed}” is not a number` };
}

export function readReadiness(text: string): Reading<ReadinessLevel> {
  const trimmed = text.trim();
  if (!trimmed) return EMPTY;
  const m = /^([0-4])(\.0+)?(\b|$)/.exec(trimmed);
  return m ? { value: Number(m[1]) as ReadinessLevel } : { error: `“${trimmed}” is not a readiness level from 0 to 4` };
}

const RISK_WORDS: [RiskTier, RegExp][] = [
  ['unassessed', /^(unassessed|not assessed|tbd|unknown|n\/?a|pending)$/],
  ['low', /^(low|l|minimal|minor)$/],
  ['medium', /^(medium|med|m|moderate)$/],
  ['high', /^(high|h|very high|critical|severe)$/],
];

export function readRiskTier(text: string): Reading<RiskTier> {
  const key = text
    .trim()
    .toLowerCase()
    .replace(/\s+risk$/, '');
  if (!key) return EMPTY;
  const found = RISK_WORDS.find(([, pattern]) => pattern.test(key));
  return found ? { value: found[0] } : { error: `“${text.trim()}” is not a risk tier (low, medium, high)` };
}

const SOURCE_WORDS: [InitiativeSource, RegExp][] = [
  ['frontline', /^(frontline|front line|frontline idea|employee|staff|bottom up)$/],
  ['central', /^(central|central team|cdo|coe|centre of excellence|center of excellence|it|data office)$/],
  ['vendor', /^(vendor|supplier|vendor led|commercial)$/],
  ['partner', /^(partner|partnership|academic)$/],
  ['other', /^other$/],
];

export function readSource(text: string): Reading<InitiativeSource> {
  const key = text.trim().toLowerCase().replace(/[-_]+/g, ' ');
  if (!key) return EMPTY;
  const found = SOURCE_WORDS.find(([, pattern]) => pattern.test(key));
  return found
    ? { value: found[0] }
    : { error: `“${text.trim()}” is not a source (frontline, central, vendor, partner, other)` };
}

/** "a, b; c" → ["a", "b", "c"], without duplicates. */
export function readTags(text: string): string[] {
  return [
    ...new Set(
      text
        .split(/[,;\n]/)
        .map((t) => t.trim())
        .filter(Boolean),
    ),
  ];
}

/** "Claims Director: 2; CFO: 1" → { "Claims Director": 2, CFO: 1 }. */
export function readVotes(text: string): Reading<Record<string, number>> {
  const trimmed = text.trim();
  if (!trimmed) return EMPTY;
  const votes: Record<string, number> = {};
  for (const part of trimmed.split(';')) {
    const m = /^(.+):\s*(\d+)$/.exec(part.trim());
    if (!m) return { error: `“${trimmed}” is not a list of votes like “Name: 2; Other name: 1”` };
    const count = Number(m[2]);
    if (!Number.isSafeInteger(count)) return { error: `“${trimmed}” is more votes than can be counted` };
    votes[safeRecordKey(m[1]!.trim())] = count;
  }
  return { value: votes };
}

/** Votes as the export writes them, the form readVotes reads. */
export function formatVotes(votes: Record<string, number>): string {
  return Object.entries(votes)
    .filter(([, n]) => n > 0)
    .map(([name, n]) => `${name}: ${n}`)
    .join('; ');
}
