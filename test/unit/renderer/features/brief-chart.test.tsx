// @vitest-environment jsdom
/** The printed brief's matrix chart: a bubble per card it places, and a sentence in its place when it is left out. */
import { render } from '@testing-library/react';
import { BRIEF_PRINT_STEPS, calendarDay, createExampleBoard, leadersBrief } from '../../../../domain';
import {
  BRIEF_CHART_LEFT_OUT,
  BriefPrintView,
  FittedBriefPrint,
} from '../../../../renderer/features/export/brief-print-view';

const NOW = new Date('2026-06-01T10:00:00.000Z');

describe('the printed brief’s matrix chart', () => {
  it('draws a bubble for each card the section places, with its quadrants named', () => {
    const board = createExampleBoard(NOW.toISOString());
    const brief = leadersBrief(board, { now: NOW.toISOString(), today: calendarDay(NOW) });
    expect(brief.matrix.placed).toBeGreaterThan(0);
    // jsdom lays nothing out, so the brief fits at its first step: the tall chart.
    const { container } = render(<FittedBriefPrint board={board} now={NOW} compareWith={null} />);
    const chart = container.querySelector('.brief-matrix .brief-chart')!;
    expect(chart.getAttribute('role')).toBe('img');
    expect(chart.getAttribute('aria-label')).toContain(`${brief.matrix.placed} initiatives placed`);
    // The stage legend draws a circle per stage too; the bubbles are the chart's own group's.
    expect(chart.querySelectorAll('svg > g circle')).toHaveLength(brief.matrix.placed);
    for (const q of brief.matrix.quadrants.filter((q) => q.count > 0))
      expect(chart.textContent).toContain(`${q.name} (${q.count})`);
    expect(container.textContent).not.toContain(BRIEF_CHART_LEFT_OUT);
  });

  it('says the chart was left out at a step without it', () => {
    const board = createExampleBoard(NOW.toISOString());
    const brief = leadersBrief(board, { now: NOW.toISOString(), today: calendarDay(NOW) });
    const { container } = render(<BriefPrintView brief={brief} caps={BRIEF_PRINT_STEPS.at(-1)!} chart={null} />);
    expect(container.querySelector('.brief-chart')).toBeNull();
    expect(container.querySelector('.brief-matrix')!.textContent).toContain(BRIEF_CHART_LEFT_OUT);
  });
});
