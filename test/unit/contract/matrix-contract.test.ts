/** What the contract lets through for the matrix: the projector's matrix view, the PNG's subject, the SVG. */
import type { AudienceState } from '../../../contract';
import { audienceStateSchema, CHANNELS, MATRIX_SVG_MAX_CHARS } from '../../../contract';
import { createExampleBoard, DEFAULT_MATRIX_VIEW, NO_FILTERS } from '../../../domain';

const state: AudienceState = {
  board: createExampleBoard('2026-06-01T09:00:00.000Z'),
  focusId: null,
  timer: { durationMs: 600_000, endsAt: null, remainingMs: 600_000 },
  votesHidden: false,
  filters: NO_FILTERS,
  swimlanes: 'none',
  presenting: 'matrix',
  matrixView: DEFAULT_MATRIX_VIEW,
  changes: null,
};

describe('the matrix in the contract', () => {
  it('carries how the projector’s matrix reads, and only the readings and sizes the matrix knows', () => {
    expect(audienceStateSchema.safeParse(state).success).toBe(true);
    expect(
      audienceStateSchema.safeParse({ ...state, matrixView: { readiness: 'weakest', size: 'votes' } }).success,
    ).toBe(true);
    for (const matrixView of [
      { readiness: 'median', size: 'cost' },
      { readiness: 'mean', size: 'value' },
      { readiness: 'mean' },
      null,
    ]) {
      expect(audienceStateSchema.safeParse({ ...state, matrixView }).success, JSON.stringify(matrixView)).toBe(false);
    }
    const { matrixView: _left, ...without } = state;
    expect(audienceStateSchema.safeParse(without).success).toBe(false);
  });

  it('saves an SVG only when it is one, within its size; a PNG says whether it is of the board or the matrix', () => {
    const svg = CHANNELS['export:matrix-svg'].request;
    const picture = '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"></svg>';
    expect(svg.safeParse(['Q4', picture]).success).toBe(true);
    expect(svg.safeParse(['Q4', `<?xml version="1.0"?>${picture}`]).success).toBe(false);
    expect(svg.safeParse(['Q4', '<html><svg></svg></html>']).success).toBe(false);
    expect(svg.safeParse(['Q4', '<svgx>']).success).toBe(false);
    expect(svg.safeParse(['Q4', `<svg>${'x'.repeat(MATRIX_SVG_MAX_CHARS)}</svg>`]).success).toBe(false);

    const png = CHANNELS['export:png'].request;
    expect(png.safeParse(['Q4', 'iVBORw0KGgo=']).success).toBe(true);
    expect(png.safeParse(['Q4', 'iVBORw0KGgo=', 'matrix']).success).toBe(true);
    expect(png.safeParse(['Q4', 'iVBORw0KGgo=', '../matrix']).success).toBe(false);
  });
});
