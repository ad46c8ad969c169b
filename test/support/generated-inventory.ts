/**
 * A large, realistic inventory made in code, for the benchmarks and the large-board tests: the columns of the
 * federal inventories, stage wordings as agencies write them, dates, owners and long descriptions. Seeded, so the
 * same count always gives the same rows.
 */
import * as XLSX from 'xlsx';
import type { BoardDocument, TableRow } from '../../domain';
import { applyImport, createBoard, planImport } from '../../domain';

export const GENERATED_HEADERS = [
  'Use Case ID',
  'Use Case Name',
  'Agency',
  'Bureau/Component',
  'Stage of Development',
  'What problem is the AI intended to solve?',
  'What are the expected benefits?',
  'Date Initiated',
  'Point of contact',
  'Is the AI use case high-impact?',
];

const STAGES = [
  'Pre-deployment – The use case is in a development or acquisition status',
  'Pilot – The use case has been deployed in a limited test',
  'Deployed – The use case is being actively used',
  'Retired',
  'Planned',
];
const AGENCIES = ['DOJ', 'DHS', 'VA', 'ED', 'DOT', 'HHS', 'USDA', 'DOC'];
const NOUNS = ['claims', 'mail', 'grants', 'benefits', 'inspections', 'contracts', 'permits', 'records'];
const VERBS = ['Triage of', 'Routing of', 'Summaries of', 'Forecasting', 'Fraud signals in', 'Search over'];

/** A small deterministic generator (mulberry32), so runs compare like with like. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** The header row and `count` data rows. */
export function generatedInventoryRows(count: number, seed = 20_000): TableRow[] {
  const random = seededRandom(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: TableRow[] = [GENERATED_HEADERS];
  for (let i = 1; i <= count; i += 1) {
    const agency = pick(AGENCIES);
    const noun = pick(NOUNS);
    rows.push([
      `${agency}-${i}`,
      `${pick(VERBS)} ${noun} ${i}`,
      agency,
      `${agency} ${pick(['Office of the CIO', 'Field Operations', 'Policy', 'Finance'])}`,
      pick(STAGES),
      `Staff spend hours on ${noun} each week; ${'the backlog grows when volumes rise. '.repeat(1 + Math.floor(random() * 3))}`,
      `Faster decisions on ${noun} and fewer errors.`,
      { date: new Date(Date.UTC(2019 + Math.floor(random() * 6), Math.floor(random() * 12), 1)).toISOString() },
      `${pick(['A.', 'B.', 'C.', 'D.'])} ${pick(['Rivera', 'Chen', 'Okafor', 'Smith', 'Novak'])}`,
      random() < 0.2 ? 'Yes' : 'No',
    ]);
  }
  return rows;
}

/** The rows as an xlsx file's bytes, written by SheetJS with real date cells. */
export function generatedInventoryXlsx(count: number, seed?: number): Buffer {
  const rows = generatedInventoryRows(count, seed).map((row) =>
    row.map((cell) => (cell && typeof cell === 'object' ? new Date(cell.date) : cell)),
  );
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(rows, { cellDates: true }), 'Inventory');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx', compression: true }) as Buffer;
}

/** A board of `count` initiatives imported from the generated rows, as the app would build it. */
export function generatedBoard(count: number, now = '2026-11-01T09:00:00.000Z'): BoardDocument {
  const plan = planImport({
    fileName: 'generated.xlsx',
    date1904: false,
    sheets: [{ name: 'Inventory', hidden: false, rows: generatedInventoryRows(count) }],
  });
  if (!plan.ok) throw new Error(plan.error.message);
  let n = 0;
  const newId = () => `g${(n += 1).toString(36)}`;
  return applyImport(createBoard(`${count.toLocaleString('en')} initiatives`, { now }), plan.value.built, 'add', {
    now,
    newId,
  }).board;
}
