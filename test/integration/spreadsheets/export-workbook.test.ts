import * as XLSX from 'xlsx';
import type { BoardDocument, Initiative } from '../../../domain';
import {
  addInitiative,
  applyImport,
  createBoard,
  createExampleBoard,
  exportSheets,
  moveInitiative,
  planImport,
  sheetToCsv,
  updateInitiative,
} from '../../../domain';
import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { writeXlsx } from '../../../electron/main/spreadsheets/xlsx-writer';

const NOW = '2026-04-01T10:00:00.000Z';
const HOSTILE = ['=HYPERLINK("http://x","click")', '+1+1', '-2+3', '@SUM(A1:A2)', '\tindent', '\rcarriage'];

function boardWithEverything(): BoardDocument {
  let board = createExampleBoard(NOW);
  board = {
    ...board,
    customFields: [
      { key: 'Agency', label: 'Agency' },
      { key: 'Notes', label: 'Notes' },
    ],
  };
  const first = board.initiatives[0]!;
  board = updateInitiative(
    board,
    first.id,
    {
      readinessNotes: { data: 'Data owner named in March', governance: 'Risk review booked' },
      votes: { CFO: 2, 'Claims Director': 1 },
      tags: ['broker experience', 'quick win'],
      sponsor: 'COO',
      kpi: 'Same-day answers: 40% → 90%',
      custom: { Agency: 'DOJ', Notes: 'Line one\nline two & <three>' },
    },
    { now: NOW },
  );
  HOSTILE.forEach((title, i) => {
    board = addInitiative(
      board,
      { title: `Hostile ${i}`, problem: title, custom: { Notes: title } },
      { now: NOW, newId: () => `hostile-${i}` },
    );
  });
  return moveInitiative(board, 'hostile-0', 'pilot', 0, { now: NOW });
}

function readBack(bytes: Buffer) {
  return XLSX.read(bytes, { type: 'buffer', cellStyles: true, cellNF: true });
}

describe('the xlsx export', () => {
  it('has the four sheets with bold, frozen, filtered headers and column widths', () => {
    const board = boardWithEverything();
    const bytes = writeXlsx(exportSheets(board, NOW));
    const workbook = readBack(bytes);
    expect(workbook.SheetNames).toEqual(['Initiatives', 'Decisions', 'Readiness', 'Summary']);
    const initiatives = workbook.Sheets.Initiatives!;
    expect(XLSX.utils.sheet_to_json(initiatives)).toHaveLength(board.initiatives.length);
    expect(initiatives['!autofilter']?.ref).toMatch(/^A1:/);
    expect(initiatives['!cols']?.[1]?.wch ?? initiatives['!cols']?.[1]?.width).toBeGreaterThan(20); // the title
    expect(XLSX.utils.sheet_to_json(workbook.Sheets.Decisions!)).toHaveLength(board.decisions.length);

    const zip = XLSX.CFB.read(bytes, { type: 'buffer' });
    const sheetXml = Buffer.from(XLSX.CFB.find(zip, '/xl/worksheets/sheet1.xml')!.content as Uint8Array).toString(
      'utf8',
    );
    expect(sheetXml).toContain('<pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/>');
    const styles = Buffer.from(XLSX.CFB.find(zip, '/xl/styles.xml')!.content as Uint8Array).toString('utf8');
    expect(styles).toMatch(/<font><b\/>/);
    expect(sheetXml).toMatch(/<c r="A1" t="inlineStr" s="1">/); // the header cells use the bold style
  });

  it('shows stage labels as the board does', () => {
    const board = boardWithEverything();
    board.stages[1] = { ...board.stages[1]!, label: 'Experiments' };
    const rows = XLSX.utils.sheet_to_json<Record<string, unknown>>(
      readBack(writeXlsx(exportSheets(board, NOW))).Sheets.Initiatives!,
    );
    expect(new Set(rows.map((r) => r.Stage))).toEqual(
      new Set(['Ideas', 'Experiments', 'Scaling', 'Production', 'Stopped']),
    );
  });

  it('writes text that looks like a formula as text that never runs', () => {
    const bytes = writeXlsx(exportSheets(boardWithEverything(), NOW));
    const sheet = readBack(bytes).Sheets.Initiatives!;
    const range = XLSX.utils.decode_range(sheet['!ref']!);
    const found: string[] = [];
    for (let r = range.s.r; r <= range.e.r; r += 1) {
      for (let c = range.s.c; c <= range.e.c; c += 1) {
        const cell = sheet[XLSX.utils.encode_cell({ r, c })];
        if (!cell) continue;
        expect(cell.f).toBeUndefined();
        if (typeof cell.v === 'string' && HOSTILE.includes(cell.v)) {
          expect(cell.t).toBe('s');
          found.push(cell.v);
        }
      }
    }
    expect(new Set(found)).toEqual(new Set(HOSTILE));
    const xml = Buffer.from(
      XLSX.CFB.find(XLSX.CFB.read(bytes, { type: 'buffer' }), '/xl/worksheets/sheet1.xml')!.content as Uint8Array,
    ).toString('utf8');
    expect(xml).not.toContain('<f>');
    // The quote-prefix style keeps them text even when someone edits the cell in Excel.
    expect(xml).toMatch(/t="inlineStr" s="3"><is><t xml:space="preserve">=HYPERLINK/);
  });

  it('writes CSV with formula-like text made inert and line breaks quoted', () => {
    const csv = sheetToCsv(exportSheets(boardWithEverything(), NOW)[0]!);
    expect(csv.startsWith('\uFEFFReference,Title,Stage,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")"`);
    expect(csv).toContain(",'+1+1,");
    expect(csv).toContain(",'@SUM(A1:A2),");
    expect(csv).toContain('"Line one\nline two & <three>"');
    expect(csv).not.toMatch(/,=|,\+|,@/);
  });
});

describe('export then import', () => {
  it('gives back the same initiatives, every field and custom field', () => {
    const board = boardWithEverything();
    const bytes = writeXlsx(exportSheets(board, NOW));
    const workbook = readSpreadsheetBytes(bytes, 'round-trip.xlsx');
    if (!workbook.ok) throw new Error(workbook.error.message);
    const plan = planImport(workbook.value);
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.inspection.sheet).toBe('Initiatives');
    expect(plan.value.built.problems).toEqual([]);
    const empty = createBoard('Empty', { now: NOW });
    const { board: imported } = applyImport(empty, plan.value.built, 'add', { now: NOW });

    const comparable = (i: Initiative) => {
      const { rank: _rank, createdAt: _c, updatedAt: _u, ...rest } = i;
      return rest;
    };
    const byId = (list: Initiative[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(comparable);
    expect(byId(imported.initiatives)).toEqual(byId(board.initiatives));
    expect(imported.customFields).toEqual(board.customFields);
    // Board order within each column survives too.
    for (const stage of ['idea', 'pilot', 'scaling', 'production', 'stopped'] as const) {
      const order = (b: BoardDocument) =>
        b.initiatives
          .filter((i) => i.stage === stage)
          .sort((x, y) => (x.rank < y.rank ? -1 : 1))
          .map((i) => i.id);
      expect(order(imported)).toEqual(order(board));
    }
  });
});
