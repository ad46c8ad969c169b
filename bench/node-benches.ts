/**
 * The Node side of `npm run bench`: import, the import dialog's preview, open, save, export and diff, each against
 * the library doing the same raw work on the same file in the same run.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import * as XLSX from 'xlsx';
import type { BoardDocument } from '../domain';
import { applyImport, createBoard, exportSheets, planImport, serializeBoard } from '../domain';
import { BoardFileService } from '../electron/main/files/board-file-service';
import { readSpreadsheetFile } from '../electron/main/spreadsheets/read-spreadsheet';
import { writeXlsx } from '../electron/main/spreadsheets/xlsx-writer';
import { generatedBoard, generatedInventoryXlsx } from '../test/support/generated-inventory';
import type { Benchmark } from './measure';
import { compare } from './measure';
import { diffBenchmark } from './diff-bench';
import { previewBenchmark } from './preview-bench';

const NOW = '2026-11-01T09:00:00.000Z';

/** The app's whole import of a file: read, find the header, map, validate every row and build the board. */
async function importFile(file: string): Promise<BoardDocument> {
  const workbook = await readSpreadsheetFile(file);
  if (!workbook.ok) throw new Error(workbook.error.message);
  const plan = planImport(workbook.value);
  if (!plan.ok) throw new Error(plan.error.message);
  return applyImport(createBoard('Imported', { now: NOW }), plan.value.built, 'add', { now: NOW }).board;
}

/** SheetJS's own read of the same file into row objects. */
async function sheetJsRead(file: string): Promise<unknown[]> {
  const workbook = XLSX.read(await fs.readFile(file), { type: 'buffer' });
  return XLSX.utils.sheet_to_json(workbook.Sheets[workbook.SheetNames[0]!]!);
}

export async function nodeBenchmarks(options: {
  folder: string;
  realInventory: string | null;
  runs: number;
  log: (line: string) => void;
}): Promise<{ benchmarks: Benchmark[]; boards: { real: BoardDocument | null } }> {
  const { folder, runs, log } = options;
  const benchmarks: Benchmark[] = [];
  const imports: [string, string][] = [];
  if (options.realInventory) imports.push(['import 2025 inventory (3,611 rows)', options.realInventory]);
  const generatedFile = path.join(folder, 'generated-20000.xlsx');
  await fs.writeFile(generatedFile, generatedInventoryXlsx(20_000));
  imports.push(['import generated 20,000 rows', generatedFile]);

  for (const [name, file] of imports) {
    log(name);
    benchmarks.push({
      name,
      target: 1.3,
      figure: await compare(
        () => importFile(file),
        () => sheetJsRead(file),
        runs,
      ),
    });
  }

  log('import preview after a mapping change, generated 20,000 rows');
  benchmarks.push(await previewBenchmark(generatedFile, runs));

  const real = options.realInventory ? await importFile(options.realInventory) : null;
  const boards: [string, BoardDocument][] = [];
  if (real) boards.push(['3,611', real]);
  boards.push(['20,000', generatedBoard(20_000)]);
  const service = new BoardFileService();
  for (const [label, board] of boards) {
    const file = path.join(folder, `board-${label.replace(',', '')}.scaleboard`);
    const plain = path.join(folder, `plain-${label.replace(',', '')}.json`);
    await fs.writeFile(file, serializeBoard(board));
    log(`open ${label}`);
    benchmarks.push({
      name: `open ${label}-initiative board`,
      target: 2.0,
      note: 'schema validation included',
      figure: await compare(
        async () => {
          const opened = await service.open(file);
          if (!opened.ok) throw new Error(opened.error.message);
        },
        async () => JSON.parse(await fs.readFile(file, 'utf8')),
        runs,
      ),
    });
    log(`save ${label}`);
    const saved = await service.saveAs(file, board);
    if (!saved.ok) throw new Error(saved.error.message);
    const handle = saved.value.handle;
    benchmarks.push({
      name: `save ${label}-initiative board`,
      target: 1.5,
      note: 'atomic: temp file, flush, .bak, rename',
      figure: await compare(
        async () => {
          const result = await service.save(handle, board);
          if (!result.ok) throw new Error(result.error.message);
        },
        () => fs.writeFile(plain, JSON.stringify(board)),
        runs,
      ),
    });
  }

  const large = boards[boards.length - 1]![1];
  log('export 20,000 to xlsx');
  benchmarks.push({
    name: 'xlsx export 20,000-initiative board',
    target: 1.3,
    figure: await compare(
      () => writeXlsx(exportSheets(large, NOW)),
      () => {
        const book = XLSX.utils.book_new();
        for (const sheet of exportSheets(large, NOW)) {
          const rows = [
            sheet.columns.map((c) => c.header),
            ...sheet.rows.map((row) => row.map((cell) => (cell && typeof cell === 'object' ? cell.date : cell))),
          ];
          XLSX.utils.book_append_sheet(book, XLSX.utils.aoa_to_sheet(rows), sheet.name);
        }
        return XLSX.write(book, { type: 'buffer', bookType: 'xlsx', compression: true });
      },
      runs,
    ),
  });
  log('diff of two 20,000-initiative boards');
  benchmarks.push(await diffBenchmark(large, runs));
  return { benchmarks, boards: { real } };
}
