/**
 * The Summary sheet's block for a combined board: one row per source board with its cards per stage and the
 * headline figures the rows above give for the whole board (figuresBySourceBoard).
 */
import type { BoardDocument } from '../board-schema';
import { stageLabel } from '../board';
import { FIGURE_LABELS } from '../brief-wording';
import { FOUNDATION_IDS, FOUNDATIONS } from '../foundations';
import { figuresBySourceBoard } from '../metrics-by-source';
import { hasSourceBoards } from '../source-board';
import { STAGE_IDS } from '../stages';
import type { ExportCell } from './export-tables';

/** The first cell of the block's header row, which names the block and its first column. */
export const BY_SOURCE_BOARD_HEADING = 'By source board';

const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);

/** The block's header row and a row per source board; none for a board whose cards carry no source board. */
export function summaryBySourceRows(board: BoardDocument, now: string): ExportCell[][] {
  if (!hasSourceBoards(board)) return [];
  const header: ExportCell[] = [
    BY_SOURCE_BOARD_HEADING,
    FIGURE_LABELS.initiatives,
    ...STAGE_IDS.map((s) => stageLabel(board.stages, s)),
    FIGURE_LABELS.pilotsPerProduction,
    'Initiatives that entered Pilot',
    '… of which reached Production',
    FIGURE_LABELS.conversion,
    FIGURE_LABELS.stalledPilots,
    ...FOUNDATION_IDS.map((f) => `Mean readiness: ${FOUNDATIONS[f].label}`),
  ];
  const rows = figuresBySourceBoard(board, now).map((f): ExportCell[] => [
    f.label,
    f.cards,
    ...STAGE_IDS.map((s) => f.byStage[s]),
    round(f.pilotsPerProduction),
    f.conversion.entered,
    f.conversion.reached,
    round(f.conversion.rate),
    f.stalledPilots,
    ...FOUNDATION_IDS.map((id) => round(f.meanReadiness[id])),
  ]);
  return [header, ...rows];
}
