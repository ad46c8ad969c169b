import type { StageId } from '../../../domain';
import {
  conversionLeftOutNote,
  STAGE_IDS,
  mediansLeftOutNote,
  pilotToProduction,
  stalledLeftOutNote,
  timeInStage,
  undatedPilots,
  unassessedNote,
} from '../../../domain';
import { realSizeBoard } from '../../support/real-size-board';

const NOW = '2026-11-01T09:00:00.000Z';

describe('what a figure leaves out, said once for the metrics panel and the projector', () => {
  const board = realSizeBoard(700, { now: NOW, undatedShare: 0.5, locale: 'de-DE' });

  it('counts the cards whose path is unknown as the conversion does, in the board’s locale', () => {
    const { unknownPath } = pilotToProduction(board);
    expect(unknownPath).toBeGreaterThan(1);
    expect(conversionLeftOutNote({ unknownPath }, 'de-DE')).toBe(
      `${unknownPath} cards left out: neither the decision log nor a date in the file shows them in Ideas or Pilot, so whether they went through Pilot is unknown`,
    );
    expect(conversionLeftOutNote({ unknownPath: 1 })).toBe(
      '1 card left out: neither the decision log nor a date in the file shows it in Ideas or Pilot, so whether it went through Pilot is unknown',
    );
    expect(conversionLeftOutNote({ unknownPath: 0 })).toBeNull();
  });

  it('names the undated pilots the stall count leaves out, with thousands as the locale writes them', () => {
    expect(stalledLeftOutNote(undatedPilots(board), 'de-DE')).toBe(
      `${undatedPilots(board)} pilots with an unknown stage date left out`,
    );
    expect(stalledLeftOutNote(1234, 'de-DE')).toBe('1.234 pilots with an unknown stage date left out');
    expect(stalledLeftOutNote(1, 'en-GB')).toBe('1 pilot with an unknown stage date left out');
    expect(stalledLeftOutNote(0)).toBeNull();
  });

  it('says the cards the medians leave out in all and per stage', () => {
    const times = timeInStage(board, NOW);
    const note = mediansLeftOutNote(board, times, 'de-DE')!;
    const all = Object.values(times).reduce((sum, t) => sum + t.unknown, 0);
    expect(note.startsWith(`${all} cards with an unknown stage date left out (Ideas ${times.idea.unknown} · `)).toBe(
      true,
    );
    const noneUnknown = Object.fromEntries(STAGE_IDS.map((s) => [s, { unknown: 0 }])) as Record<
      StageId,
      { unknown: number }
    >;
    expect(mediansLeftOutNote(board, noneUnknown)).toBeNull();
  });

  it('says the cards not assessed in all and per regime in use, in the board’s locale, or nothing', () => {
    const figures = {
      regimes: ['eu-ai-act', 'us-rights-safety'] as const,
      unassessed: 1234,
      unassessedByRegime: { 'eu-ai-act': 0, 'us-rights-safety': 1234 },
    };
    expect(unassessedNote(figures, 'de-DE')).toBe(
      '1.234 cards not assessed under every regime in use (US rights/safety-impacting (OMB M-24-10) 1.234); stopped cards are not counted',
    );
    expect(unassessedNote({ ...figures, unassessed: 0 })).toBeNull();
  });
});
