/**
 * The matrix picture as an element of the page, for the projector and the printed brief: the SVG text of
 * matrix-svg.ts, inline (every piece of board text in it is escaped by `xml`), scaling to its box by its viewBox.
 * A screen reader hears what it shows in words: how many are placed, and how many in each quadrant.
 */
import type { MatrixData } from '../../../domain';
import { counted, formatBoardNumber, QUADRANT_LABELS, QUADRANTS } from '../../../domain';

/** "Value against readiness: 24 initiatives placed. High value, ready: 5; …; 2 listed beside it." */
export function matrixWords(data: MatrixData, locale?: string): string {
  const quadrants = QUADRANTS.map(
    (q) => `${QUADRANT_LABELS[q].name}: ${formatBoardNumber(data.quadrants[q].length, locale)}`,
  ).join('; ');
  const beside = data.leftOut.length
    ? ` ${counted(data.leftOut.length, 'initiative', 'initiatives', locale)} listed beside it.`
    : '';
  return `Value against readiness: ${counted(data.points.length, 'initiative', 'initiatives', locale)} placed. ${quadrants}.${beside}`;
}

export function MatrixImage({ svg, words, className }: { svg: string; words: string; className?: string }) {
  return (
    <div
      className={className ? `matrix-image ${className}` : 'matrix-image'}
      role="img"
      aria-label={words}
      // The SVG is made by matrixSvg from the board, its text escaped there; nothing else goes in.
      dangerouslySetInnerHTML={{ __html: svg }}
    />
  );
}
