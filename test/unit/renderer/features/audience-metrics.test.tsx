// @vitest-environment jsdom
import { render } from '@testing-library/react';
import type { Initiative } from '../../../../domain';
import {
  DEFAULT_REGIMES,
  audienceBoard,
  conversionLeftOutNote,
  pilotToProduction,
  stalledLeftOutNote,
  undatedPilots,
  updateBoard,
} from '../../../../domain';
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

  it('gives the governance counts once the room has begun to classify, and never names a card', () => {
    // The generated inventory answers the US high-impact question for some cards: start from none classified, on
    // a board with the default regimes (the import chose only the one the file answers).
    const generated = realSizeBoard(20, { locale: 'en-GB' });
    const board = {
      ...generated,
      workshop: { ...generated.workshop, regimes: [...DEFAULT_REGIMES] },
      initiatives: generated.initiatives.map(
        ({ euAiAct: _eu, usHighImpact: _us, usRightsSafety: _rs, practices: _p, ...card }) => card,
      ),
    };
    expect(render(<AudienceMetrics board={board} />).container.querySelector('.audience-governance')).toBeNull();
    // Three cards in Production and one in Pilot classified EU high-risk, none with a practice: 4 high-impact,
    // 3 lacking a practice in Scaling or Production. Every card outside Stopped lacks its US high-impact answer.
    const initiatives = board.initiatives.map((card, i): Initiative =>
      i < 4
        ? { ...card, stage: i < 3 ? ('production' as const) : ('pilot' as const), euAiAct: 'high-risk' as const }
        : card,
    );
    const classified = { ...board, initiatives };
    const outsideStopped = initiatives.filter((c) => c.stage !== 'stopped').length;
    const line = render(<AudienceMetrics board={classified} />).container.querySelector('.audience-governance')!;
    expect([...line.querySelectorAll(':scope > span')].map((span) => span.textContent)).toEqual([
      'High-impact or high-risk: 4 — Ideas 0 · Pilot 1 · Scaling 0 · Production 3 · Stopped 0',
      `In Scaling or Production, lacking a practice: 3 · ${outsideStopped} cards not assessed`,
    ]);
    for (const card of initiatives.slice(0, 4)) expect(line.textContent).not.toContain(card.title);
    // A card that keeps its classification from the screen is not counted as unclassified: it is said apart.
    const hidden = audienceBoard(
      {
        ...classified,
        initiatives: initiatives.map((c, i) => (i === 0 ? { ...c, confidential: ['classification'] } : c)),
      },
      { hideVotes: false },
    );
    const withHidden = render(<AudienceMetrics board={hidden} />).container.querySelector('.audience-governance')!;
    expect([...withHidden.querySelectorAll(':scope > span')].map((span) => span.textContent)).toEqual([
      'High-impact or high-risk: 3 — Ideas 0 · Pilot 1 · Scaling 0 · Production 2 · Stopped 0',
      `In Scaling or Production, lacking a practice: 2 · ${outsideStopped - 1} cards not assessed`,
    ]);
    expect(withHidden.querySelector('.metric-note')!.textContent).toBe(
      '1 card keeping its classification or practices from this screen not counted',
    );
    // Two of the unclassified cards outside Stopped made prohibited: counted, never named; each is now classified.
    const on = initiatives.map((c) => c.id).filter((id, i) => i >= 4 && initiatives[i]!.stage !== 'stopped');
    const [b1, b2] = on;
    const banned = {
      ...classified,
      initiatives: initiatives.map((c) => (c.id === b1 || c.id === b2 ? { ...c, euAiAct: 'prohibited' as const } : c)),
    };
    const bannedLine = render(<AudienceMetrics board={banned} />).container.querySelector('.audience-governance')!;
    expect(bannedLine.querySelectorAll(':scope > span')[1]!.textContent).toBe(
      `In Scaling or Production, lacking a practice: 3 · ${outsideStopped} cards not assessed · Prohibited (EU AI Act), not stopped: 2`,
    );
    for (const card of banned.initiatives.filter((c) => c.id === b1 || c.id === b2))
      expect(bannedLine.textContent).not.toContain(card.title);
    // A board that uses no regime shows none of it.
    const none = updateBoard(
      classified,
      { workshop: { ...classified.workshop, regimes: [] } },
      { now: board.updatedAt },
    );
    expect(render(<AudienceMetrics board={none} />).container.querySelector('.audience-governance')).toBeNull();
  });
});
