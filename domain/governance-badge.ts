/**
 * The few words a card shows of its regulatory classification: only what binds it (prohibited, or high-impact and
 * how many of its minimum practices are still open). A card that is minimal, limited, not high-impact or not yet
 * assessed shows nothing: on a board of hundreds of imported cards a "not assessed" on each would say nothing new,
 * and the filter and the swimlanes find those.
 */
import type { Initiative, Regime } from './board-schema';
import {
  BINDING_SHORT_LABELS,
  bindsUnder,
  classificationWords,
  isHighImpact,
  isProhibited,
  missingPractices,
  openPracticesWords,
  REGIME_FIELDS,
} from './governance';

export interface GovernanceBadge {
  /** Prohibited cards stand apart from high-impact ones; the words say which, not the colour alone. */
  tone: 'prohibited' | 'high-impact';
  /** "EU prohibited", "EU high-risk", "High-impact", "Rights-impacting", joined when more than one applies. */
  words: string;
  /** "2 of 7 practices open", "No practice open" (each done, not applicable or waived); absent for a prohibited card, or when the practices are hidden. */
  practices?: string;
  /** The open practices' count, for a tone of its own: a high-impact card with none open is in order. */
  open?: number;
}

/** The short words of each classification that binds the card, in the order the regimes are listed. */
function bindingWords(initiative: Initiative, regimes: readonly Regime[]): string[] {
  return regimes
    .filter((regime) => bindsUnder(initiative, regime))
    .map((regime) => {
      const value = initiative[REGIME_FIELDS[regime]]!;
      return (BINDING_SHORT_LABELS[regime] as Record<string, string>)[value] ?? classificationWords(initiative, regime);
    });
}

/**
 * The card's badge under the board's regimes, or null when nothing binds it. `practicesHidden`: the practices are
 * kept from the room (the audience window's board has none left to count), so the badge does not count them.
 */
export function governanceBadge(
  initiative: Initiative,
  regimes: readonly Regime[],
  options: { practicesHidden?: boolean } = {},
): GovernanceBadge | null {
  if (isProhibited(initiative)) return { tone: 'prohibited', words: 'EU prohibited' };
  if (!isHighImpact(initiative, regimes)) return null;
  const words = bindingWords(initiative, regimes).join(', ');
  if (options.practicesHidden) return { tone: 'high-impact', words };
  const open = missingPractices(initiative, regimes).length;
  return { tone: 'high-impact', words, practices: openPracticesWords(open), open };
}

/** The badge as one line of text, where it is not drawn as a tag: "EU high-risk · 2 of 7 practices open". */
export function governanceBadgeText(badge: GovernanceBadge): string {
  return badge.practices ? `${badge.words} · ${badge.practices}` : badge.words;
}
