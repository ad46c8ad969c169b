// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { conversionLeftOutNote, pilotToProduction, stalledLeftOutNote, undatedPilots } from '../../../../domain';
import { AudienceMetrics } from '../../../../renderer/features/audience/audience-metrics';
import { realSizeBoard } from '../../../support/real-size-board';

describe('the metrics the projector presents', () => {
  it('says what the conversion and the stall count leave out, as the metrics panel does', () => {
    const board = realSizeBoard(700, { undatedShare: 0.5, locale: 'en-GB' });
    const { container } = render(<AudienceMetrics board={board} />);
    const notes = [...container.querySelectorAll('.metric-note')].map((el) => el.textContent);
    expect(notes).toEqual([
      conversionLeftOutNote(pilotToProduction(board), 'en-GB'),
      stalledLeftOutNote(undatedPilots(board), 'en-GB'),
    ]);
    expect(notes.every(Boolean)).toBe(true);
  });

  it('writes the heatmap’s means in the board’s locale', () => {
    const board = realSizeBoard(300, { locale: 'de-DE' });
    const { container } = render(<AudienceMetrics board={board} />);
    const means = [...container.querySelectorAll('.audience-heatmap td:not(.empty)')].map((el) => el.textContent!);
    expect(means.length).toBeGreaterThan(0);
    for (const mean of means) expect(mean).toMatch(/^\d,\d$/);
  });
});
