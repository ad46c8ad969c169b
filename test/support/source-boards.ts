/**
 * A board as combining many workshops' boards would leave it, made in code (the combine command is not needed to
 * build one): every card carries the source-board custom field, a share of them found on two boards ("A + B"), and
 * a few carry none. Some source names are long, as a workshop's full name can be.
 */
import type { BoardDocument } from '../../domain';
import { SOURCE_BOARD_FIELD, SOURCE_SEPARATOR } from '../../domain';
import { BUSINESS_UNITS } from './board-at-size';

/** How often a card is on two boards, and how often on none. */
export const ON_TWO_BOARDS_EVERY = 50;
export const NO_SOURCE_EVERY = 97;

/** The `count` source boards' names: "Claims — North workshop", every tenth with a long description after it. */
export function sourceBoardNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => {
    const unit = BUSINESS_UNITS[i % BUSINESS_UNITS.length]!;
    const name = `${unit} workshop${i >= BUSINESS_UNITS.length ? ` ${Math.floor(i / BUSINESS_UNITS.length) + 1}` : ''}`;
    return i % 10 === 9
      ? `${name} — quarterly portfolio review with the regional leadership team, the data office and external advisers`
      : name;
  });
}

/**
 * `board` with the source-board field defined and set on its cards, card i from source i mod `sources`; every
 * ON_TWO_BOARDS_EVERY-th card is on its own source and the next one, every NO_SOURCE_EVERY-th on none.
 */
export function withSourceBoards(board: BoardDocument, sources: number): BoardDocument {
  const names = sourceBoardNames(sources);
  return {
    ...board,
    customFields: [...board.customFields, { ...SOURCE_BOARD_FIELD }],
    initiatives: board.initiatives.map((card, i) => {
      if (i % NO_SOURCE_EVERY === NO_SOURCE_EVERY - 1) return card;
      const own = names[i % sources]!;
      const value =
        i % ON_TWO_BOARDS_EVERY === ON_TWO_BOARDS_EVERY - 1
          ? `${own}${SOURCE_SEPARATOR}${names[(i + 1) % sources]!}`
          : own;
      return { ...card, custom: { ...card.custom, [SOURCE_BOARD_FIELD.key]: value } };
    }),
  };
}
