import './compare.css';
import type { BoardDocument } from '../../../domain';
import { formatBoardDateTime } from '../../../domain';
import { ModalDialog } from '../../components/modal-dialog';
import type { ComparisonSource } from '../../store/compare-slice';
import { useBoardStore } from '../../store/board-store';
import type { Comparison } from './comparison';
import { compareWithBoard, sinceWhat } from './comparison';
import { ThenNowFigures } from './then-now-figure';

/** The figures shown big, in the order the room reads pilot fatigue. */

/** When "then" was, and how unmatched cards are shown: the room should know what the lists are against. */
function thenAndMatching(source: ComparisonSource, before: BoardDocument, board: BoardDocument): string {
  const locale = board.workshop.locale;
  const then =
    source.kind === 'file'
      ? `Then: “${before.title}” in ${source.fileName}, last changed ${formatBoardDateTime(before.updatedAt, locale)}.`
      : `Then: the board when the workshop started, ${formatBoardDateTime(before.updatedAt, locale)}.`;
  return `${then} Now: this board as it is. Cards are matched by id, then by reference; a card only on this board is listed as new, and a card only on the earlier one as no longer on the board.`;
}

function Figures({ comparison }: { comparison: Comparison }) {
  return (
    <section className="compare-figures" aria-labelledby="compare-figures-title">
      <h3 id="compare-figures-title" className="visually-hidden">
        Headline figures then and now
      </h3>
      <ThenNowFigures figures={comparison.figures} prefix="compare" />
    </section>
  );
}

/**
 * "Since the last workshop", for the room: the headline figures then and now, then what moved, started, stopped,
 * went, was renamed, gained or lost readiness, was decided and was done. It follows the board as the room works;
 * it scrolls inside itself, so nothing is cut off on a laptop or a projector.
 */
export function CompareView() {
  const board = useBoardStore((s) => s.board)!;
  const source = useBoardStore((s) => s.comparison)!;
  const close = () => useBoardStore.getState().setCompareOpen(false);
  const comparison = compareWithBoard(source, board);

  return (
    <ModalDialog labelledBy="compare-title" describedBy="compare-then" onCancel={close}>
      <div className="modal compare">
        <header className="compare-header">
          <h2 id="compare-title">{sinceWhat(source)}</h2>
          <button type="button" className="button" onClick={close} data-autofocus>
            Close
          </button>
        </header>
        {comparison ? (
          // Focusable, so that the arrow keys and Page Down scroll it for someone who does not use a mouse.
          <div className="compare-body" tabIndex={0} role="region" aria-label="What changed">
            <p id="compare-then" className="compare-about">
              {thenAndMatching(source, comparison.before, board)}
            </p>
            <Figures comparison={comparison} />
            {comparison.sections.length ? (
              <div className="compare-sections">
                {comparison.sections.map((section, index) => (
                  <section key={section.heading} aria-labelledby={`compare-section-${index}`}>
                    <h3 id={`compare-section-${index}`}>{section.heading}</h3>
                    <ul>
                      {section.lines.map((line, lineIndex) => (
                        <li key={lineIndex}>{line}</li>
                      ))}
                    </ul>
                  </section>
                ))}
              </div>
            ) : (
              <p className="compare-nothing">Nothing on the board has changed since.</p>
            )}
          </div>
        ) : (
          <p id="compare-then" className="compare-about">
            The workshop start was undone, so there is nothing to compare with. Start the workshop again to compare.
          </p>
        )}
      </div>
    </ModalDialog>
  );
}
