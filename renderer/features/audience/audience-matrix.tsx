import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { AudienceState } from '../../../contract';
import { matrixPicture } from '../matrix/matrix-picture';
import { MatrixImage, matrixWords } from '../matrix/matrix-image';
import { matrixSvg, pictureFooter } from '../matrix/matrix-svg';

/** The chart's type at the projector's size: 24 px across a 1080p screen, never below what reads from the back. */
export function audienceMatrixFont(width: number): number {
  return Math.round(Math.min(30, Math.max(16, width / 78)));
}

/** The box the picture fills, measured before paint and again when the window is resized. */
function useBoxSize(box: React.RefObject<HTMLElement | null>): { width: number; height: number } | null {
  const [size, setSize] = useState<{ width: number; height: number } | null>(null);
  useLayoutEffect(() => {
    const element = box.current;
    if (!element) return;
    const measure = () => {
      const { width, height } = element.getBoundingClientRect();
      setSize((old) =>
        old && Math.abs(old.width - width) < 1 && Math.abs(old.height - height) < 1
          ? old
          : { width: Math.floor(width), height: Math.floor(height) },
      );
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, [box]);
  return size;
}

/**
 * The value × readiness matrix on the projector: read-only, filling the screen below the header, of the cards the
 * facilitator's board shows (its filters), read as the facilitator's matrix reads it. The board is the audience's:
 * a card keeping its value from the room is counted beside the chart, never placed.
 */
export function AudienceMatrix({ state }: { state: AudienceState }) {
  const { board } = state;
  const box = useRef<HTMLDivElement>(null);
  const size = useBoxSize(box);
  // Hidden votes are not shown as bubble sizes either: the room sees the cost estimate until they are revealed.
  const view = useMemo(
    () =>
      state.votesHidden && state.matrixView.size === 'votes'
        ? { ...state.matrixView, size: 'cost' as const }
        : state.matrixView,
    [state.votesHidden, state.matrixView],
  );
  const made = useMemo(() => {
    if (!size || size.width < 200 || size.height < 150) return null;
    const fontSize = audienceMatrixFont(size.width);
    const options = { width: size.width, fontSize, named: 5 };
    // The notes below the chart take a line each; the chart gets the rest of the height.
    const chartHeight = (noteLines: number) => Math.max(120, size.height - fontSize * pictureFooter(noteLines));
    const { picture, data } = matrixPicture(board, state.filters, view, { ...options, chartHeight });
    return { picture, data, svg: matrixSvg(picture, { header: false }) };
  }, [board, state.filters, view, size]);
  const locale = board.workshop.locale;
  return (
    <section className="audience-matrix">
      <header className="audience-matrix-caption">
        <h2>Value against readiness</h2>
        <p>{made ? made.picture.subtitle : ''}</p>
      </header>
      <div className="audience-matrix-box" ref={box}>
        {made ? <MatrixImage svg={made.svg} words={matrixWords(made.data, locale)} /> : null}
      </div>
    </section>
  );
}
