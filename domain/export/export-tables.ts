/**
 * The board as the tables leaders receive (DESIGN.md §6): Initiatives, Decisions, Readiness, Summary, the leaders'
 * Brief and Actions. Pure
 * data with column kinds and widths; the xlsx and CSV writers only lay it out.
 */
import type { BoardDocument, Initiative } from '../board-schema';
import { columns as columnsOf, daysInStage, stageLabel } from '../board';
import { FOUNDATION_IDS, FOUNDATIONS } from '../foundations';
import {
  countByStage,
  DEFAULT_QUIET_FOR_DAYS,
  DEFAULT_STALLED_AFTER_DAYS,
  foundationGaps,
  medianDaysInStage,
  pilotToProduction,
  readinessHeatmap,
  stalledPilots,
  undatedPilots,
  valueByStage,
} from '../metrics';
import { DECISION_LABELS, RISK_TIER_LABELS, SOURCE_LABELS } from '../labels';
import {
  boardRegimes,
  classificationWords,
  PRACTICE_IDS,
  PRACTICE_STATUS_LABELS,
  REGIME_FIELDS,
  REGIMES,
} from '../governance';
import { formatVotes } from '../spreadsheet/field-values';
import { IMPORT_FIELD_LABELS, STAGE_DATE_FIELDS } from '../spreadsheet/import-fields';
import { STAGE_IDS } from '../stages';
import { ownValue } from '../records';
import { calendarDay } from '../actions';
import { leadersBrief } from '../brief';
import { actionsSheet } from './actions-sheet';
import { briefSheet } from './brief-sheet';
import { summaryBySourceRows } from './summary-by-source';

export type ExportCell = string | number | { date: string } | null;
export interface ExportColumn {
  header: string;
  /** Width in characters. */
  width: number;
  kind: 'text' | 'number' | 'date';
}
export interface ExportSheet {
  name: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
}

const text = (header: string, width = 18): ExportColumn => ({ header, width, kind: 'text' });
const number = (header: string, width = 14): ExportColumn => ({ header, width, kind: 'number' });
const date = (header: string): ExportColumn => ({ header, width: 18, kind: 'date' });
const L = IMPORT_FIELD_LABELS;

/** Cards in board order: column by column, top to bottom. */
function orderedInitiatives(board: BoardDocument): Initiative[] {
  const byStage = columnsOf(board);
  return STAGE_IDS.flatMap((stage) => byStage[stage]);
}

/**
 * One row per card with every field and custom field; the headers are the ones the importer reads back. A reader
 * meets the reference and title first; the Scaleboard ID, which only a re-import needs, comes last.
 */
export function initiativesSheet(board: BoardDocument, now: string): ExportSheet {
  // A file's dates for each stage (stageDates), in columns only where some card has one.
  const datedStages = STAGE_IDS.filter((stage) => board.initiatives.some((i) => i.stageDates?.[stage]));
  // A classification column for each regime the board uses, and for any other some card is classified under, so
  // a European board's sheet has no US columns and nothing a card holds is left out.
  const used = boardRegimes(board);
  const regimes = REGIMES.filter(
    (regime) => used.includes(regime) || board.initiatives.some((i) => i[REGIME_FIELDS[regime]] !== undefined),
  );
  const columns: ExportColumn[] = [
    text(L.ref, 14),
    text(L.title, 60),
    text(L.stage, 12),
    date(L.stageEnteredAt),
    number('Days in stage', 12),
    ...datedStages.map((stage) => date(L[STAGE_DATE_FIELDS[stage]])),
    text(L.problem, 50),
    text(L.outcome, 50),
    text(L.kpi, 40),
    text(L.owner),
    text(L.businessUnit, 22),
    text(L.sponsor),
    text(L.source, 12),
    text(L.approach, 20),
    text(L.riskTier, 12),
    ...regimes.map((regime) => text(L[REGIME_FIELDS[regime]], 22)),
    number(L.valueEstimate),
    number(L.costEstimate),
    text(L.currency, 10),
    text(L.tags, 24),
    text(L.votes, 24),
    ...FOUNDATION_IDS.map((f) => number(L[`readiness.${f}`], 12)),
    ...FOUNDATION_IDS.map((f) => text(L[`evidence.${f}`], 30)),
    ...PRACTICE_IDS.map((p) => text(L[`practice.${p}`], 16)),
    ...PRACTICE_IDS.map((p) => text(L[`practiceEvidence.${p}`], 30)),
    date('Created'),
    date('Updated'),
    ...board.customFields.map((f) => text(f.label, Math.min(40, Math.max(14, f.label.length)))),
    text(L.id, 38),
  ];
  const rows = orderedInitiatives(board).map((i): ExportCell[] => [
    i.ref ?? null,
    i.title,
    stageLabel(board.stages, i.stage),
    // An unknown stage date is an empty cell, never a made-up one.
    i.stageEnteredAt ? { date: i.stageEnteredAt } : null,
    daysInStage(i, now),
    ...datedStages.map((stage) => {
      const at = i.stageDates?.[stage];
      return at ? { date: at } : null;
    }),
    i.problem ?? null,
    i.outcome ?? null,
    i.kpi ?? null,
    i.owner ?? null,
    i.businessUnit ?? null,
    i.sponsor ?? null,
    i.source ? SOURCE_LABELS[i.source] : null,
    i.approach ?? null,
    RISK_TIER_LABELS[i.riskTier],
    // Not assessed is an empty cell, which the import reads back as not assessed.
    ...regimes.map((regime) => (i[REGIME_FIELDS[regime]] === undefined ? null : classificationWords(i, regime))),
    i.valueEstimate ?? null,
    i.costEstimate ?? null,
    i.currency ?? null,
    i.tags.length ? i.tags.join(', ') : null,
    formatVotes(i.votes) || null,
    ...FOUNDATION_IDS.map((f) => i.readiness[f]),
    ...FOUNDATION_IDS.map((f) => i.readinessNotes?.[f] ?? null),
    // A practice the card does not list is empty, as it is absent; one it lists has its status, "Not started" too.
    ...PRACTICE_IDS.map((p) => {
      const practice = i.practices?.[p];
      return practice ? PRACTICE_STATUS_LABELS[practice.status] : null;
    }),
    ...PRACTICE_IDS.map((p) => i.practices?.[p]?.evidence ?? null),
    { date: i.createdAt },
    { date: i.updatedAt },
    ...board.customFields.map((f) => ownValue(i.custom, f.key) ?? null),
    i.id,
  ]);
  return { name: 'Initiatives', columns, rows };
}

/** The decision log, oldest first: every stage change and gate decision. */
export function decisionsSheet(board: BoardDocument): ExportSheet {
  return {
    name: 'Decisions',
    columns: [
      date('Date'),
      text('Initiative', 40),
      text('Decision', 18),
      text('From', 12),
      text('To', 12),
      text('Decided by', 20),
      text('Rationale', 50),
      text('Unmet criteria', 40),
      text('Scaleboard ID', 38),
    ],
    rows: board.decisions.map((d) => [
      { date: d.at },
      d.initiativeTitle,
      DECISION_LABELS[d.kind],
      stageLabel(board.stages, d.from),
      stageLabel(board.stages, d.to),
      d.by ?? null,
      d.rationale ?? null,
      d.unmetCriteria.length ? d.unmetCriteria.join('; ') : null,
      d.initiativeId,
    ]),
  };
}

/** Initiative × foundation, 0 to 4, for conditional formatting and pivots. */
export function readinessSheet(board: BoardDocument): ExportSheet {
  return {
    name: 'Readiness',
    columns: [
      text(L.ref, 14),
      text('Initiative', 60),
      text('Stage', 12),
      ...FOUNDATION_IDS.map((f) => number(FOUNDATIONS[f].label, 14)),
      number('Lowest', 10),
    ],
    rows: orderedInitiatives(board).map((i) => [
      i.ref ?? null,
      i.title,
      stageLabel(board.stages, i.stage),
      ...FOUNDATION_IDS.map((f) => i.readiness[f]),
      Math.min(...FOUNDATION_IDS.map((f) => i.readiness[f])),
    ]),
  };
}

/**
 * The portfolio in figures: counts per stage, conversion, time in stage, foundation gaps, and on a combined board the
 * same per source board.
 */
export function summarySheet(board: BoardDocument, now: string): ExportSheet {
  const counts = countByStage(board);
  const conversion = pilotToProduction(board);
  const medians = medianDaysInStage(board, now);
  const undatedCards = board.initiatives.filter((i) => i.stageEnteredAt === undefined).length;
  const heatmap = readinessHeatmap(board);
  const gaps = foundationGaps(board);
  const values = valueByStage(board);
  const round = (n: number | null) => (n === null ? null : Math.round(n * 100) / 100);
  const rows: ExportCell[][] = [
    ['Board', board.title, null],
    ['Exported', { date: now }, null],
    ['Initiatives', board.initiatives.length, null],
    [null, null, null],
    ['Stage', 'Initiatives', 'Median days in stage'],
    ...STAGE_IDS.map((s): ExportCell[] => [stageLabel(board.stages, s), counts[s], medians[s]]),
    [null, null, null],
    ['Pilots per production system', counts.production ? round(counts.pilot / counts.production) : null, null],
    ['Initiatives that entered Pilot', conversion.entered, null],
    ['… of which reached Production', conversion.reached, null],
    ['Pilot-to-production conversion', conversion.rate === null ? null : round(conversion.rate), null],
    ['… left out: path unknown (no decision, no stage date)', conversion.unknownPath, null],
    [
      `Stalled pilots (over ${board.workshop.stalledAfterDays ?? DEFAULT_STALLED_AFTER_DAYS} days, no decision in ${board.workshop.quietForDays ?? DEFAULT_QUIET_FOR_DAYS})`,
      stalledPilots(board, now).length,
      null,
    ],
    ['… left out: pilots with an unknown stage date', undatedPilots(board), null],
    ['Cards with an unknown stage date (left out of the medians)', undatedCards, null],
    [null, null, null],
    ['Foundation', 'Cards below their next gate', 'Mean readiness in Pilot'],
    ...FOUNDATION_IDS.map((f): ExportCell[] => [FOUNDATIONS[f].label, gaps[f], round(heatmap.pilot[f])]),
    [null, null, null],
    ['Stage', 'Value estimate', null],
    ...STAGE_IDS.map((s): ExportCell[] => [stageLabel(board.stages, s), values[s], null]),
  ];
  const columns = [text('Measure', 34), number('Value', 26), number('', 22)];
  // A combined board's figures per source board follow, after a blank row, in as many columns as they need.
  const bySource = summaryBySourceRows(board, now);
  if (bySource.length) {
    rows.push([null, null, null], ...bySource);
    const width = Math.max(...bySource.map((row) => row.length));
    for (let i = columns.length; i < width; i += 1) columns.push(number('', 14));
  }
  return { name: 'Summary', columns, rows };
}

/**
 * Each sheet of the workbook by its name, in the workbook's order, built on its own: a CSV holds one sheet, and
 * need not build the Brief (a brief and a board diff) to write the initiatives. The Brief reads "today" as `now`'s
 * calendar day where the export runs.
 */
const SHEETS = {
  Initiatives: initiativesSheet,
  Decisions: (board) => decisionsSheet(board),
  Readiness: (board) => readinessSheet(board),
  Summary: summarySheet,
  Brief: (board, now) => briefSheet(leadersBrief(board, { now, today: calendarDay(new Date(now)) })),
  Actions: actionsSheet,
} satisfies Record<string, (board: BoardDocument, now: string) => ExportSheet>;

export type ExportSheetName = keyof typeof SHEETS;

/** The workbook's sheet names, in order. */
export const EXPORT_SHEET_NAMES = Object.keys(SHEETS) as ExportSheetName[];

/** The workbook's sheets, in order. */
export function exportSheets(board: BoardDocument, now: string): ExportSheet[] {
  return EXPORT_SHEET_NAMES.map((name) => SHEETS[name](board, now));
}

/** One sheet of the workbook, built alone. */
export function exportSheet(board: BoardDocument, name: ExportSheetName, now: string): ExportSheet {
  return SHEETS[name](board, now);
}

/** The workbook's sheet name that `name` spells in any case, as the workbook spells it; null when it has none. */
export function exportSheetName(name: string): ExportSheetName | null {
  return EXPORT_SHEET_NAMES.find((sheet) => sheet.toLowerCase() === name.toLowerCase()) ?? null;
}

/** Text Excel would run as a formula, or as a command in a CSV: it starts with =, +, -, @, tab or CR. */
export function isFormulaLike(value: string): boolean {
  return /^[=+\-@\t\r]/.test(value);
}

/** One sheet as CSV (RFC 4180, CRLF, UTF-8 with BOM so Excel reads accents), formula-like text made inert. */
export function sheetToCsv(sheet: ExportSheet): string {
  const field = (cell: ExportCell): string => {
    if (cell === null) return '';
    if (typeof cell === 'number') return String(cell);
    let value = typeof cell === 'string' ? cell : cell.date;
    if (typeof cell === 'string' && isFormulaLike(value)) value = `'${value}`;
    return /[",\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  };
  const lines = [sheet.columns.map((c) => field(c.header)), ...sheet.rows.map((row) => row.map(field))];
  return `\uFEFF${lines.map((line) => line.join(',')).join('\r\n')}\r\n`;
}

/** The Actions sheet as CSV, formula-like text made inert as in every CSV the app writes. */
export function actionsCsv(board: BoardDocument, now: string): string {
  return sheetToCsv(actionsSheet(board, now));
}
