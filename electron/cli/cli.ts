/**
 * `scaleboard`: the command-line tool for analysts who prepare boards in batch (DESIGN.md §7). It runs in plain
 * Node on the same services as the app. Errors are one line on standard error naming the file and the problem,
 * with a non-zero exit code; no output file is written and an --into board is never changed.
 */
import { realpathSync } from 'node:fs';
import path from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { parseArgs } from 'node:util';
import type { BoardDocument, ImportChoices, ImportField, ImportMode, Result, StageId } from '../../domain';
import {
  applyImport,
  briefMarkdown,
  calendarDay,
  counted,
  createBoard,
  defaultStages,
  describeDiff,
  describeIssues,
  boardAtSnapshot,
  combineBoards,
  combineReportText,
  boardLocale,
  diffBoards,
  formatBoardDateTime,
  EXPORT_SHEET_NAMES,
  exportSheet,
  exportSheetName,
  exportSheets,
  formatCount,
  IMPORT_FIELDS,
  inspectWorkbook,
  isStageId,
  leadersBrief,
  mappingByHeader,
  planImport,
  planInspectedImport,
  regimesNote,
  serializeBoard,
  sheetToCsv,
  sourceBoardName,
  stageLabel,
  STAGE_IDS,
  validateBoard,
} from '../../domain';
import { writeFileAtomically } from '../main/files/atomic-write';
import { fileChangedSince, readBoard, readBoardFile, withBoardExtension } from '../main/files/board-file-service';
import { writeXlsx } from '../main/spreadsheets/xlsx-writer';
import type { SpreadsheetProcess } from './read-in-worker';
import { readSpreadsheetInWorker } from './read-in-worker';

export interface CliIO {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  now: () => Date;
  /** Where spreadsheets are read: the built spreadsheet process by default. */
  spreadsheetProcess?: SpreadsheetProcess;
}

export const USAGE = `Usage:
  scaleboard inspect <spreadsheet> [--sheet NAME] [--json]
  scaleboard import <spreadsheet> --out <board.scaleboard> [--sheet NAME] [--blank-stage STAGE]
                    [--into <existing.scaleboard>] [--map FIELD=HEADER]... [--json]
  scaleboard export <board.scaleboard> --out <file.xlsx|file.csv> [--sheet NAME]
  scaleboard brief <board.scaleboard> [--compare <older.scaleboard>] [--json]
  scaleboard validate <board.scaleboard>
  scaleboard diff <old.scaleboard> <new.scaleboard> [--json]
  scaleboard diff <board.scaleboard> [--json]        (since its Start workshop snapshot)
  scaleboard combine <a.scaleboard> <b.scaleboard>... --out <portfolio.scaleboard> [--json]

A .csv holds one sheet of the workbook: Initiatives unless --sheet names another (Decisions, Readiness, Summary,
Brief, Actions). brief prints the leaders' brief as Markdown, or with --json as one object.
combine makes one board of several: cards matched by reference, then by id, each naming its source board; every
conflict is listed with the rule applied. The first board's settings are kept. An existing --out file is replaced
and kept as its .bak, as import does.

Stages: ${STAGE_IDS.join(', ')}. Fields for --map: ${IMPORT_FIELDS.join(', ')}.`;

class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 1,
  ) {
    super(message);
  }
}

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new CliError(result.error.message);
  return result.value;
}

/** Runs one command; returns the process exit code: 0 done, 1 the input was wrong, 2 the command line was. */
export async function runCli(argv: string[], io: CliIO): Promise<number> {
  try {
    const [command, ...rest] = argv;
    switch (command) {
      case 'inspect':
        return await inspect(rest, io);
      case 'import':
        return await importCommand(rest, io);
      case 'export':
        return await exportCommand(rest, io);
      case 'brief':
        return await brief(rest, io);
      case 'validate':
        return await validate(rest, io);
      case 'diff':
        return await diffCommand(rest, io);
      case 'combine':
        return await combineCommand(rest, io);
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        io.stdout(`${USAGE}\n`);
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`scaleboard: unknown command “${command}”. Run scaleboard --help.`, 2);
    }
  } catch (error) {
    if (error instanceof CliError) {
      io.stderr(`${error.message}\n`);
      return error.exitCode;
    }
    const message = error instanceof Error ? error.message : String(error);
    io.stderr(`scaleboard: ${message}\n`);
    return 1;
  }
}

type ParsedValues = Record<string, string | boolean | (string | boolean)[] | undefined>;

function parse(
  args: string[],
  options: NonNullable<ParseArgsConfig['options']>,
): { values: ParsedValues; positionals: string[] } {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(`scaleboard: ${(error as Error).message}. Run scaleboard --help.`, 2);
  }
}

function onePositional(positionals: string[], what: string): string {
  if (positionals.length !== 1) throw new CliError(`scaleboard: give exactly one ${what}. Run scaleboard --help.`, 2);
  return positionals[0]!;
}

function parseMap(entries: string[] | undefined): ImportChoices['map'] {
  const map: ImportChoices['map'] = {};
  for (const entry of entries ?? []) {
    const at = entry.indexOf('=');
    const field = entry.slice(0, at) as ImportField;
    if (at < 1 || !IMPORT_FIELDS.includes(field)) {
      throw new CliError(
        `scaleboard: --map takes FIELD=HEADER with a field from: ${IMPORT_FIELDS.join(', ')} (got “${entry}”).`,
        2,
      );
    }
    map[field] = entry.slice(at + 1);
  }
  return map;
}

async function inspect(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    sheet: { type: 'string' },
    json: { type: 'boolean' },
    map: { type: 'string', multiple: true },
  });
  const file = onePositional(positionals, 'spreadsheet');
  const sheet = values.sheet as string | undefined;
  const workbook = unwrap(await readSpreadsheetInWorker(file, io.spreadsheetProcess));
  const inspected = inspectWorkbook(workbook, { sheet });
  if (!inspected.ok) throw new CliError(inspected.error.message);
  // Without a title column there is nothing to import yet, but the sheet, headers and mapping still help.
  const plan = planInspectedImport(workbook, inspected.value, { map: parseMap(values.map as string[] | undefined) });
  if (!plan.ok && plan.error.code !== 'no-title-column') throw new CliError(plan.error.message);
  const inspection = plan.ok ? plan.value.inspection : inspected.value;
  const mapping = plan.ok ? plan.value.mapping : inspected.value.mapping;
  const result = {
    file: path.basename(file),
    sheets: inspection.sheets,
    sheet: inspection.sheet,
    headerRow: inspection.headerRow + 1,
    rows: inspection.dataRows,
    headers: inspection.headers,
    mapping: mappingByHeader(mapping, inspection.headers),
    stageValues: inspection.stageValues.map((v) => ({ value: v.value, count: v.count, suggested: v.suggested })),
    problems: plan.ok ? plan.value.built.problems.map(({ row, column, message }) => ({ row, column, message })) : [],
    ...(plan.ok ? {} : { error: plan.error.message }),
  };
  if (values.json) {
    io.stdout(`${JSON.stringify(result, null, 2)}\n`);
  } else {
    const lines = [
      `${result.file}: sheet “${result.sheet}”, headers on row ${result.headerRow}, ${counted(result.rows, 'data row')}`,
      `Sheets: ${result.sheets.map((s) => `${s.name}${s.hidden ? ' (hidden)' : ''} ${s.rows} rows`).join('; ')}`,
      'Mapping:',
      ...Object.entries(result.mapping).map(([field, header]) => `  ${field.padEnd(16)} ← ${header}`),
      'Stage values:',
      ...result.stageValues.map(
        (v) =>
          `  ${String(v.count).padStart(6)}  ${v.value.slice(0, 70)} → ${v.suggested ? stageLabel(defaultStages(), v.suggested) : '(blank stage)'}`,
      ),
      `Problems: ${formatCount(result.problems.length)}`,
      ...result.problems.slice(0, 20).map((p) => `  row ${p.row}${p.column ? `, ${p.column}` : ''}: ${p.message}`),
      ...(result.problems.length > 20 ? [`  … and ${result.problems.length - 20} more (use --json for all)`] : []),
      ...('error' in result ? [`Cannot import yet: ${result.error}`] : []),
    ];
    io.stdout(`${lines.join('\n')}\n`);
  }
  return 0;
}

async function importCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, {
    out: { type: 'string' },
    sheet: { type: 'string' },
    'blank-stage': { type: 'string' },
    into: { type: 'string' },
    map: { type: 'string', multiple: true },
    json: { type: 'boolean' },
  });
  const file = onePositional(positionals, 'spreadsheet');
  const out = values.out as string | undefined;
  if (!out) throw new CliError('scaleboard: import needs --out <board.scaleboard>.', 2);
  const blankStage = (values['blank-stage'] as string | undefined) ?? 'idea';
  if (!isStageId(blankStage))
    throw new CliError(`scaleboard: --blank-stage must be one of ${STAGE_IDS.join(', ')} (got “${blankStage}”).`, 2);

  const now = io.now().toISOString();
  const into = values.into as string | undefined;
  // What --into held when read: if someone else saves it while the import runs, the import does not overwrite it.
  const intoRead = into ? unwrap(await readBoardFile(into)) : null;
  const target: BoardDocument = intoRead?.document ?? createBoard(path.basename(file, path.extname(file)), { now });
  const workbook = unwrap(await readSpreadsheetInWorker(file, io.spreadsheetProcess));
  const plan = unwrap(
    planImport(workbook, {
      sheet: values.sheet as string | undefined,
      map: parseMap(values.map as string[] | undefined),
      blankStage: blankStage as StageId,
      stages: target.stages,
    }),
  );
  const mode: ImportMode = into ? 'merge' : 'add';
  const { board, report } = applyImport(target, plan.built, mode, { now });
  const outPath = withBoardExtension(out);
  // Checked as opening it would check it: a board `validate` would call damaged is never written.
  const checked = validateBoard(board);
  if (!checked.success) {
    const problem = describeIssues(checked.error, 1).replace(/\s+/g, ' ');
    throw new CliError(`${path.basename(outPath)}: not written: the imported board would not be valid (${problem})`);
  }
  if (into && intoRead && (await fileChangedSince(into, intoRead.fingerprint))) {
    throw new CliError(
      `${path.basename(into)}: not written: it changed on disk while the import ran (someone else saved it). Run the import again.`,
    );
  }
  // A board already at --out is kept as its .bak, whether it is the --into board or not.
  try {
    await writeFileAtomically(outPath, serializeBoard(checked.data), { backup: true });
  } catch (error) {
    throw new CliError(`${path.basename(outPath)}: could not write the board (${(error as Error).message}).`);
  }

  const summary = {
    sheet: plan.inspection.sheet,
    headerRow: plan.inspection.headerRow + 1,
    rows: plan.built.rows,
    imported: report.added,
    updated: report.updated,
    skipped: report.skipped,
    stages: plan.built.stages,
    blankStage: plan.built.blankStage,
    mapping: mappingByHeader(plan.mapping, plan.inspection.headers),
    problems: report.problems.length,
    regimesAdded: report.regimesAdded,
    regimesDropped: report.regimesDropped,
  };
  const label = (stage: StageId) => stageLabel(board.stages, stage);
  const regimesChanged = regimesNote(
    { added: report.regimesAdded, dropped: report.regimesDropped, regimes: board.workshop.regimes ?? [] },
    'did',
  );
  if (values.json) io.stdout(`${JSON.stringify(summary)}\n`);
  else {
    io.stdout(
      `${path.basename(file)} → ${path.basename(outPath)}: ${counted(summary.rows, 'row')} from “${summary.sheet}” (headers on row ${summary.headerRow}); ` +
        `${summary.imported} added, ${summary.updated} updated, ${summary.skipped.length} skipped, ${counted(summary.problems, 'problem')} reported.\n` +
        `Stages: ${STAGE_IDS.map((s) => `${label(s)} ${summary.stages[s]}`).join(', ')} (${summary.blankStage} blank → ${label(blankStage)}).\n` +
        (regimesChanged ? `${regimesChanged}\n` : '') +
        // Problems with a whole column (an empty title column, say) are said here; row problems are in `inspect`.
        report.problems
          .filter((p) => p.row === summary.headerRow && p.column)
          .map((p) => `Column ${p.column}: ${p.message}.\n`)
          .join(''),
    );
  }
  return 0;
}

async function exportCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, sheet: { type: 'string' } });
  const file = onePositional(positionals, 'board file');
  const out = values.out as string | undefined;
  if (!out) throw new CliError('scaleboard: export needs --out <file.xlsx|file.csv>.', 2);
  const extension = path.extname(out).toLowerCase();
  if (extension !== '.xlsx' && extension !== '.csv') {
    throw new CliError(`scaleboard: --out must end in .xlsx or .csv (got “${path.basename(out)}”).`, 2);
  }
  const wanted = values.sheet as string | undefined;
  if (wanted !== undefined && extension === '.xlsx') {
    throw new CliError('scaleboard: --sheet chooses what a .csv holds; a .xlsx holds every sheet.', 2);
  }
  const name = wanted === undefined ? 'Initiatives' : exportSheetName(wanted);
  if (!name) {
    throw new CliError(`scaleboard: --sheet must be one of ${EXPORT_SHEET_NAMES.join(', ')} (got “${wanted}”).`, 2);
  }
  const board = unwrap(await readBoard(file));
  const now = io.now().toISOString();
  // As the app's CSV export: the initiatives, unless another sheet is named (in any case); only that one is built.
  const sheet = extension === '.csv' ? exportSheet(board, name, now) : null;
  const data = sheet ? sheetToCsv(sheet) : writeXlsx(exportSheets(board, now));
  try {
    await writeFileAtomically(out, data);
  } catch (error) {
    throw new CliError(`${path.basename(out)}: could not write the export (${(error as Error).message}).`);
  }
  io.stdout(
    wanted === undefined || !sheet
      ? `${path.basename(file)} → ${path.basename(out)}: ${board.initiatives.length} initiatives.\n`
      : `${path.basename(file)} → ${path.basename(out)}: the ${sheet.name} sheet, ${counted(sheet.rows.length, 'row')}.\n`,
  );
  return 0;
}

/** The leaders' brief for today, where the tool runs: Markdown, or the LeadersBrief object with --json. */
async function brief(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' }, compare: { type: 'string' } });
  const file = onePositional(positionals, 'board file');
  const board = unwrap(await readBoard(file));
  const other = typeof values.compare === 'string' ? values.compare : undefined;
  // What changed: since the board given with --compare, else since the board's own Start workshop snapshot.
  const compareWith = other ? { board: unwrap(await readBoard(other)), name: path.basename(other) } : undefined;
  const now = io.now();
  const made = leadersBrief(board, { now: now.toISOString(), today: calendarDay(now), compareWith });
  io.stdout(values.json ? `${JSON.stringify(made, null, 2)}\n` : briefMarkdown(made));
  return 0;
}

async function validate(args: string[], io: CliIO): Promise<number> {
  const { positionals } = parse(args, {});
  const file = onePositional(positionals, 'board file');
  const board = unwrap(await readBoard(file));
  io.stdout(
    `${path.basename(file)}: a valid board (schema ${board.schemaVersion}), “${board.title}”, ${board.initiatives.length} initiatives, ${board.decisions.length} decisions.\n`,
  );
  return 0;
}

/**
 * What changed from one board file to another: sections of text, or with --json the whole diff as one object.
 * Stages are named and figures written as the newer board does; overdue means due before today where this runs.
 */
async function diffCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { json: { type: 'boolean' } });
  if (positionals.length !== 1 && positionals.length !== 2) {
    throw new CliError(
      'scaleboard: diff takes two board files, the older first, or one board to compare with the start of its workshop. Run scaleboard --help.',
      2,
    );
  }
  let before: BoardDocument;
  let after: BoardDocument;
  let heading: string;
  if (positionals.length === 2) {
    const [oldFile, newFile] = positionals as [string, string];
    before = unwrap(await readBoard(oldFile));
    after = unwrap(await readBoard(newFile));
    heading = `${path.basename(oldFile)} → ${path.basename(newFile)}`;
  } else {
    const file = positionals[0]!;
    after = unwrap(await readBoard(file));
    const atStart = boardAtSnapshot(after);
    if (!atStart) {
      throw new CliError(
        `${path.basename(file)} has no workshop snapshot: press Start workshop in the app, or give the older board file too.`,
      );
    }
    before = atStart;
    heading = `${path.basename(file)} since the workshop started (${formatBoardDateTime(atStart.updatedAt, boardLocale(after))})`;
  }
  const now = io.now();
  const diff = diffBoards(before, after, { today: calendarDay(now), now: now.toISOString() });
  if (values.json) {
    io.stdout(`${JSON.stringify(diff)}\n`);
    return 0;
  }
  const sections = describeDiff(diff, after, { ids: true }).map((s) =>
    [s.heading, ...s.lines.map((line) => `  ${line}`)].join('\n'),
  );
  io.stdout(`${[heading, ...sections].join('\n\n')}\n`);
  return 0;
}

/** A path as the file system names it, links resolved, for telling whether two paths are one file. */
function samePath(filePath: string): string {
  const resolved = path.resolve(filePath);
  try {
    return realpathSync(resolved);
  } catch {
    return resolved;
  }
}

/**
 * One board from several (`combine A B … --out P`): each read as `validate` reads it, combined in the order given
 * (the first board's settings kept), checked as opening would check it, and written atomically. Any input that
 * cannot be read, or a combination past a board's limits (its file's size too: combineBoards refuses a board
 * larger than Scaleboard opens), stops it before anything is written.
 */
async function combineCommand(args: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parse(args, { out: { type: 'string' }, json: { type: 'boolean' } });
  if (positionals.length < 2) {
    throw new CliError(
      `scaleboard: combine takes at least two board files (got ${positionals.length}). Run scaleboard --help.`,
      2,
    );
  }
  const out = values.out as string | undefined;
  if (!out) throw new CliError('scaleboard: combine needs --out <portfolio.scaleboard>.', 2);
  const outPath = withBoardExtension(out);
  const input = positionals.find((file) => samePath(file) === samePath(outPath));
  if (input) {
    throw new CliError(
      `scaleboard: --out ${path.basename(outPath)} is one of the boards being combined; choose another file, so that no input is overwritten.`,
      2,
    );
  }
  const sources: { name: string; board: BoardDocument; file: string }[] = [];
  for (const file of positionals) {
    sources.push({ name: sourceBoardName(path.basename(file)), board: unwrap(await readBoard(file)), file });
  }
  const combined = combineBoards(sources, { now: io.now().toISOString() });
  if (!combined.ok) throw new CliError(`${path.basename(outPath)}: not written. ${combined.error.message}`);
  const { board, report } = combined.value;
  try {
    await writeFileAtomically(outPath, serializeBoard(board), { backup: true });
  } catch (error) {
    throw new CliError(`${path.basename(outPath)}: could not write the board (${(error as Error).message}).`);
  }

  if (values.json) {
    const files = report.sources.map((s, i) => ({ ...s, file: path.basename(sources[i]!.file) }));
    io.stdout(`${JSON.stringify({ out: path.basename(outPath), ...report, sources: files })}\n`);
    return 0;
  }
  const heading = `${positionals.map((file) => path.basename(file)).join(' + ')} → ${path.basename(outPath)}`;
  io.stdout(combineReportText(report, heading));
  return 0;
}
