import type { BoardDocument } from '../../../domain';
import { portfolioHeadline } from '../../../domain';

/**
 * The board's headline (domain/headline.ts) with its numbers in bold, in the board's locale: the same words on
 * every view of the board.
 */
export function PortfolioHeadline({ board, total = true }: { board: BoardDocument; total?: boolean }) {
  const parts = portfolioHeadline(board).parts.filter((p) => total || p.key !== 'total');
  return (
    <>
      {parts.map((part, i) => (
        <span key={part.key} data-headline={part.key}>
          {i ? ' · ' : ''}
          <strong>{part.number}</strong> {part.words}
        </span>
      ))}
    </>
  );
}
