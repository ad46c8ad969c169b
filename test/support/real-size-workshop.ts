/**
 * A workshop of real size, made in code: a dozen participants for the board (`realSizeBoard` in
 * real-size-board.ts, the one board generator), and a spreadsheet of a few hundred rows with dozens of stage
 * wordings.
 */
import * as XLSX from 'xlsx';

const UNITS = 80;
export const PARTICIPANTS = ['Ana', 'Ben', 'Chloé', 'Dev', 'Eun-ji', 'Femi', 'Gus', 'Hana', 'Ivo', 'Jo', 'Kai', 'Lea'];

/** A title of exactly 200 characters, as the federal inventories' longest names are. */
export const longTitle = (title: string, i: number) =>
  `${title} — ${'for the regional offices and the shared service centre, '.repeat(4)}`.slice(0, 196) +
  String(i).padStart(4, '0');

/** A spreadsheet of `rows` rows with 36 distinct stage wordings (four kinds) and 80 business units. */
export function realSizeWorkbook(rows: number): Buffer {
  const stages = Array.from(
    { length: 36 },
    (_, i) => [`Pilot – wave ${i}`, `Deployed in region ${i}`, `Planned for wave ${i}`, `Retired (${i})`][i % 4]!,
  );
  const data: (string | number)[][] = [['Use Case ID', 'Use Case Name', 'Business Unit', 'Stage of Development']];
  for (let i = 1; i <= rows; i += 1) {
    data.push([
      `IMP-${i}`,
      longTitle(`Imported use case ${i}`, i),
      `Unit ${(i % UNITS) + 1}`,
      stages[i % stages.length]!,
    ]);
  }
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet(data), 'Inventory');
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}
