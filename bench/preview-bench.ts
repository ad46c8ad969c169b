/**
 * The import dialog's preview after a mapping change, as the spreadsheet worker answers it, against SheetJS
 * parsing the same file once: the preview must not redo the whole import for each change of a menu.
 */
import { promises as fs } from 'node:fs';
import * as XLSX from 'xlsx';
import type { ImportField } from '../domain';
import { assignColumn } from '../domain';
import { SpreadsheetWork } from '../electron/main/spreadsheets/spreadsheet-work';
import type { Benchmark } from './measure';
import { compare } from './measure';

/** Fields the dialog's menus are most often changed to. */
const FIELDS: ImportField[] = ['owner', 'sponsor', 'approach', 'kpi', 'tags', 'currency'];

export async function previewBenchmark(file: string, runs: number): Promise<Benchmark> {
  const work = new SpreadsheetWork();
  const opened = await work.open(file, undefined, {}, () => {});
  if (!opened.ok) throw new Error(opened.error.message);
  const { token, mapping, headers } = opened.value;
  const first = work.preview(token, { mapping });
  if (!first.ok || first.value.error) throw new Error('the first preview failed');
  // Each run gives one field a column it has not had yet, so no run finds its answer remembered from another.
  const changes = FIELDS.flatMap((field) => headers.map((_, column) => ({ field, column }))).filter(
    ({ field, column }) => mapping[field] !== column && column !== mapping.title,
  );
  let next = 0;
  const bytes = await fs.readFile(file);
  const figure = await compare(
    () => {
      const { field, column } = changes[next++ % changes.length]!;
      const choices = assignColumn({ mapping, ignoredColumns: [] }, column, field);
      const preview = work.preview(token, choices);
      if (!preview.ok || preview.value.error) throw new Error('a preview failed');
    },
    () => XLSX.read(bytes, { type: 'buffer' }),
    runs,
  );
  work.close(token);
  return {
    name: 'import preview after a mapping change, generated 20,000 rows',
    target: 0.1,
    note: 'against SheetJS parsing the file once',
    figure,
  };
}
