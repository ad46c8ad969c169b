import {
  IMPORT_FIELD_LABELS,
  initiativesSheet,
  pilotToProduction,
  summarySheet,
  timeInStage,
  undatedPilots,
} from '../../../../domain';
import { boardAtSize } from '../../../support/board-at-size';

const NOW = '2026-11-01T00:00:00.000Z';

describe('exports of a board with unknown stage dates', () => {
  const board = boardAtSize(NOW);

  it('writes an empty cell for an unknown stage date and its days, never a made-up date', () => {
    const sheet = initiativesSheet(board, NOW);
    const header = sheet.columns.map((c) => c.header);
    const dateAt = header.indexOf(IMPORT_FIELD_LABELS.stageEnteredAt);
    const daysAt = header.indexOf('Days in stage');
    const idAt = header.indexOf(IMPORT_FIELD_LABELS.id);
    const byId = new Map(board.initiatives.map((i) => [i.id, i]));
    const undated = sheet.rows.filter((row) => !byId.get(row[idAt] as string)!.stageEnteredAt);
    expect(undated.length).toBe(board.initiatives.filter((i) => !i.stageEnteredAt).length);
    expect(undated.length).toBeGreaterThan(100);
    for (const row of undated) expect([row[dateAt], row[daysAt]]).toEqual([null, null]);
    const dated = sheet.rows.find((row) => byId.get(row[idAt] as string)!.stageEnteredAt)!;
    expect(dated[dateAt]).toEqual({ date: byId.get(dated[idAt] as string)!.stageEnteredAt });
  });

  it('says in the Summary how many cards each figure left out', () => {
    const rows = summarySheet(board, NOW).rows;
    const value = (measure: string) => rows.find((r) => r[0] === measure)?.[1];
    const unknown = Object.values(timeInStage(board, NOW)).reduce((sum, t) => sum + t.unknown, 0);
    expect(value('Cards with an unknown stage date (left out of the medians)')).toBe(unknown);
    expect(value('… left out: pilots with an unknown stage date')).toBe(undatedPilots(board));
    // The domain's own count, whatever rule pilotToProduction follows: the Summary writes it, it does not recount.
    const { unknownPath } = pilotToProduction(board);
    expect(unknownPath).toBeGreaterThan(0);
    expect(value('… left out: path unknown (no decision, no stage date)')).toBe(unknownPath);
  });
});
