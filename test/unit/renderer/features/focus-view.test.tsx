// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import type { BoardDocument, Initiative } from '../../../../domain';
import { addInitiative, createBoard, PRACTICE_IDS } from '../../../../domain';
import { FocusCard } from '../../../../renderer/features/workshop/focus-view';

const NOW = '2026-01-01T00:00:00.000Z';

function boardWith(fields: Partial<Initiative>): { board: BoardDocument; card: Initiative } {
  const board = addInitiative(createBoard('W', { now: NOW }), { title: 'Life pricing', ...fields }, { now: NOW });
  return { board, card: board.initiatives[0]! };
}

const paragraph = (start: string) => screen.queryByText(start)?.closest('p')?.textContent ?? null;

describe('FocusCard on governance', () => {
  it('gives the classification under each regime in use, and names the open practices of a high-risk card', () => {
    const { board, card } = boardWith({
      euAiAct: 'high-risk',
      practices: {
        testing: { status: 'done' },
        'impact-assessment': { status: 'in-progress' },
        'independent-review': { status: 'waived' },
        monitoring: { status: 'not-applicable' },
        training: { status: 'done' },
        'fail-safe': { status: 'done' },
      },
    });
    render(<FocusCard board={board} initiative={card} onClose={() => undefined} />);
    expect(paragraph('Classification.')).toBe(
      'Classification. EU AI Act: High-risk; US high-impact (OMB M-25-21): Not assessed',
    );
    expect(paragraph('Minimum practices.')).toBe(
      `Minimum practices. 2 of ${PRACTICE_IDS.length} practices open: AI impact assessment (in progress), Appeal and remedy (not started).`,
    );
  });

  it('on the audience window, says nothing of a classification or practices the card keeps from the room', () => {
    const { board, card } = boardWith({ euAiAct: 'high-risk' });
    const { unmount } = render(
      <FocusCard board={board} initiative={{ ...card, confidential: ['practices'] }} audience />,
    );
    expect(paragraph('Classification.')).toContain('EU AI Act: High-risk');
    expect(paragraph('Minimum practices.')).toBeNull();
    unmount();
    render(<FocusCard board={board} initiative={{ ...card, confidential: ['classification'] }} audience />);
    expect(paragraph('Classification.')).toBeNull();
  });
});
