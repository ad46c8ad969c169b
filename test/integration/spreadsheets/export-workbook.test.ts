import * as XLSX from 'xlsx';
import type { BoardDocument, Initiative, PracticeId, PracticeStatus } from '../../../domain';
import {
  actionsCsv,
  addActions,
  addInitiative,
  applyImport,
  calendarDay,
  createBoard,
  createExampleBoard,
  EXPORT_SHEET_NAMES,
  exportSheet,
  exportSheetName,
  exportSheets,
  IMPORT_FIELD_LABELS,
  initiativesSheet,
  moveInitiative,
  PRACTICE_IDS,
  PRACTICE_STATUSES,
  planImport,
  setActionStatus,
  sheetToCsv,
  updateInitiative,
} from '../../../domain';
import { readSpreadsheetBytes } from '../../../electron/main/spreadsheets/read-spreadsheet';
import { SpreadsheetWork } from '../../../electron/main/spreadsheets/spreadsheet-work';
import { writeXlsx } from '../../../electron/main/spreadsheets/xlsx-writer';
import { countedReads } from '../../support/counted-reads';

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
  it('has the six sheets with bold, frozen, filtered headers and column widths', () => {
    const board = boardWithEverything();
    const bytes = writeXlsx(exportSheets(board, NOW));
    const workbook = readBack(bytes);
    expect(workbook.SheetNames).toEqual(['Initiatives', 'Decisions', 'Readiness', 'Summary', 'Brief', 'Actions']);
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

describe('one sheet at a time', () => {
  it('builds each sheet alone as the workbook has it, by its name in any case', () => {
    const board = boardWithEverything();
    const sheets = exportSheets(board, NOW);
    expect(sheets.map((s) => s.name)).toEqual(EXPORT_SHEET_NAMES);
    for (const sheet of sheets)
      expect(exportSheet(board, exportSheetName(sheet.name.toUpperCase())!, NOW)).toEqual(sheet);
    expect(exportSheetName('Votes')).toBeNull();
  });

  it('writes the app’s CSV of the initiatives without building the Brief or the Actions sheet', () => {
    const board = addActions(boardWithEverything(), [{ title: 'Name a data owner', due: '2026-03-01' }], { now: NOW });
    const actions = countedReads(board.actions);
    const csv = new SpreadsheetWork().csv({ ...board, actions: actions.items }, NOW);
    expect(csv).toEqual({ ok: true, value: sheetToCsv(exportSheets(board, NOW)[0]!) });
    // Only the Brief and the Actions sheet read the actions.
    expect(actions.reads()).toBe(0);
  });
});

describe('the Actions sheet and CSV', () => {
  /** Three actions: one overdue on a card and from its decision, one closed, one hostile and on no card. */
  function boardWithActions(): BoardDocument {
    let board = boardWithEverything();
    const decision = board.decisions.find((d) => d.initiativeId === 'hostile-0')!;
    board = addActions(
      board,
      [
        {
          title: 'Name a data owner',
          owner: 'Ana',
          due: '2026-03-20',
          initiativeId: 'hostile-0',
          foundation: 'data',
          decisionId: decision.id,
        },
        { title: 'Closed one', due: '2026-03-01', note: 'Line one\nline two' },
        { title: HOSTILE[0]!, owner: HOSTILE[3]!, note: HOSTILE[2]! },
      ],
      {
        now: NOW,
        newId: (() => {
          let n = 0;
          return () => `action-${++n}`;
        })(),
      },
    );
    return setActionStatus(board, 'action-2', 'done', { now: '2026-03-05T12:00:00.000Z' });
  }

  it('has one row per action, title first and ID last, open ones first, overdue said and dates as dates', () => {
    const board = boardWithActions();
    const sheet = readBack(writeXlsx(exportSheets(board, NOW))).Sheets.Actions!;
    const rows = XLSX.utils.sheet_to_json<(string | number | Date)[]>(sheet, { header: 1, raw: true });
    expect(rows[0]).toEqual([
      'Title',
      'Status',
      'Owner',
      'Due',
      'Overdue',
      'Initiative reference',
      'Initiative',
      'Foundation',
      'Decision',
      'Note',
      'Created',
      'Closed',
      'Scaleboard ID',
    ]);
    expect(rows.slice(1).map((r) => [r[0], r[1], r[4], r[12]])).toEqual([
      // Open first, soonest due first and undated last; then the closed one.
      ['Name a data owner', 'Open', 'yes', 'action-1'],
      [HOSTILE[0], 'Open', undefined, 'action-3'],
      ['Closed one', 'Done', undefined, 'action-2'],
    ]);
    const decision = board.decisions.find((d) => d.initiativeId === 'hostile-0')!;
    expect(rows[1]!.slice(5, 9)).toEqual([
      undefined,
      'Hostile 0',
      'Data',
      // The card was moved by hand, so its decision is a plain move, dated by the room's calendar day.
      `Moved, ${calendarDay(new Date(decision.at))}`,
    ]);
    // Due, created and closed are date cells, not text.
    expect(sheet.D2?.t).toBe('n');
    expect(sheet.K2?.t).toBe('n');
    expect(sheet.L4?.t).toBe('n');
    expect(sheet.L2).toBeUndefined();
  });

  it('keeps formula-like text as text in the sheet and inert in the CSV', () => {
    const board = boardWithActions();
    const sheet = readBack(writeXlsx(exportSheets(board, NOW))).Sheets.Actions!;
    expect(sheet.A3).toMatchObject({ t: 's', v: HOSTILE[0] });
    expect(sheet.A3?.f).toBeUndefined();
    const csv = actionsCsv(board, NOW);
    expect(csv.startsWith('\uFEFFTitle,Status,Owner,Due,Overdue,')).toBe(true);
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""click"")",Open,'@SUM(A1:A2),,,,,,,'-2+3,`);
    expect(csv).toContain('"Line one\nline two"');
    expect(csv.trimEnd().split('\r\n')).toHaveLength(4);
  });
});

describe('the Brief sheet', () => {
  it('follows the Summary with the brief’s sections, its figures as numbers', () => {
    const board = boardWithEverything();
    const sheet = readBack(writeXlsx(exportSheets(board, NOW))).Sheets.Brief!;
    const rows = XLSX.utils.sheet_to_json<(string | number)[]>(sheet, { header: 1, raw: true, blankrows: false });
    expect(rows[0]![0]).toBe(`Leaders’ brief — ${board.title}`);
    const firstColumn = rows.map((r) => r[0]);
    for (const heading of ['Portfolio', 'Exceptions and their conditions', 'Top blockers'])
      expect(firstColumn).toContain(heading);
    expect(firstColumn.some((c) => typeof c === 'string' && /^Open actions \(\d+, \d+ overdue\)$/.test(c))).toBe(true);
    const value = (label: string) => rows.find((r) => r[0] === label)?.[1];
    expect(value('Initiatives')).toBe(board.initiatives.length);
    expect(value('Pilots per production system')).toBe(
      Math.round(
        (board.initiatives.filter((i) => i.stage === 'pilot').length /
          board.initiatives.filter((i) => i.stage === 'production').length) *
          100,
      ) / 100,
    );
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

/**
 * The example board with every governance field set on its first cards: each classification under each regime,
 * every practice status, with and without evidence (formula-like evidence too), and the cards after them not
 * assessed at all.
 */
function boardWithGovernance(hostile = true): BoardDocument {
  const everything = boardWithEverything();
  // Only the first six cards are classified here: the others lose what the example board gave them.
  const unclassified = everything.initiatives.map(({ euAiAct: _e, usHighImpact: _u, practices: _p, ...i }) => i);
  const board = { ...everything, initiatives: unclassified };
  const eu = ['prohibited', 'high-risk', 'limited', 'minimal'] as const;
  const highImpact = ['high-impact', 'presumed-not', 'not-high-impact'] as const;
  const rightsSafety = ['rights', 'safety', 'both', 'neither'] as const;
  const initiatives = board.initiatives.map((initiative, i): Initiative => {
    if (i >= 6) return initiative;
    const practices: Initiative['practices'] = {};
    PRACTICE_IDS.forEach((practice: PracticeId, p) => {
      const status: PracticeStatus = PRACTICE_STATUSES[(i + p) % PRACTICE_STATUSES.length]!;
      const evidence =
        (i + p) % 3 === 0
          ? undefined
          : p === 0 && hostile
            ? HOSTILE[i % HOSTILE.length]
            : `Memo ${i}.${p}\nsecond line`;
      if ((i + p) % 4 !== 3) practices[practice] = { status, ...(evidence ? { evidence } : {}) };
    });
    return {
      ...initiative,
      ...(i < 4 ? { euAiAct: eu[i] } : {}),
      ...(i < 3 ? { usHighImpact: highImpact[i] } : {}),
      ...(i > 0 && i < 5 ? { usRightsSafety: rightsSafety[i - 1] } : {}),
      practices,
    };
  });
  return {
    ...board,
    workshop: { ...board.workshop, regimes: ['eu-ai-act', 'us-high-impact', 'us-rights-safety'] },
    initiatives,
  };
}

describe('export then import: governance', () => {
  const comparable = (i: Initiative) => {
    const { rank: _rank, createdAt: _c, updatedAt: _u, ...rest } = i;
    return rest;
  };
  const byId = (list: Initiative[]) => [...list].sort((a, b) => a.id.localeCompare(b.id)).map(comparable);

  it.each(['xlsx', 'csv'] as const)('gives back every classification and practice through the %s', (format) => {
    // A CSV marks formula-like text with a quote, which stays: formula-like evidence goes through the xlsx only.
    const board = boardWithGovernance(format === 'xlsx');
    const bytes =
      format === 'xlsx'
        ? writeXlsx(exportSheets(board, NOW))
        : Buffer.from(sheetToCsv(exportSheet(board, 'Initiatives', NOW)), 'utf8');
    const workbook = readSpreadsheetBytes(bytes, `round-trip.${format}`);
    if (!workbook.ok) throw new Error(workbook.error.message);
    const plan = planImport(workbook.value);
    if (!plan.ok) throw new Error(plan.error.message);
    expect(plan.value.built.problems).toEqual([]);
    expect(plan.value.built.regimes).toEqual(['eu-ai-act', 'us-high-impact', 'us-rights-safety']);
    const { board: imported, report } = applyImport(createBoard('Empty', { now: NOW }), plan.value.built, 'add', {
      now: NOW,
    });
    // A CSV keeps its quote mark on the example's other formula-like text: there, the governance fields are compared.
    const governance = ({ id, euAiAct, usHighImpact, usRightsSafety, practices }: Partial<Initiative>) =>
      JSON.parse(JSON.stringify({ id, euAiAct, usHighImpact, usRightsSafety, practices }));
    if (format === 'xlsx') expect(byId(imported.initiatives)).toEqual(byId(board.initiatives));
    else expect(byId(imported.initiatives).map(governance)).toEqual(byId(board.initiatives).map(governance));
    expect(imported.workshop.regimes).toEqual(board.workshop.regimes);
    expect(report.regimesAdded).toEqual(['us-rights-safety']);
    // Not assessed comes back absent, not as a value.
    expect(imported.initiatives.filter((i) => i.euAiAct === undefined)).toHaveLength(board.initiatives.length - 4);
  });

  it('writes each classification and practice in words, a card not assessed as an empty cell', () => {
    const board = boardWithGovernance();
    const sheet = initiativesSheet(board, NOW);
    const headers = sheet.columns.map((c) => c.header);
    const column = (header: string) => sheet.rows.map((row) => row[headers.indexOf(header)]);
    expect(column('EU AI Act').slice(0, 5)).toEqual([
      'Prohibited',
      'High-risk',
      'Limited (transparency)',
      'Minimal',
      null,
    ]);
    expect(column(IMPORT_FIELD_LABELS.usHighImpact).slice(0, 4)).toEqual([
      'High-impact',
      'Presumed high-impact, determined not',
      'Not high-impact',
      null,
    ]);
    expect(column(IMPORT_FIELD_LABELS.usRightsSafety).slice(0, 6)).toEqual([
      null,
      'Rights-impacting',
      'Safety-impacting',
      'Rights- and safety-impacting',
      'Neither',
      null,
    ]);
    const practices = headers.filter((h) => h.startsWith('Practice: '));
    expect(practices).toHaveLength(7);
    expect(new Set(practices.flatMap(column))).toEqual(
      new Set([null, 'Not started', 'In progress', 'Done', 'Not applicable', 'Waived']),
    );
    expect(headers).toContain('Practice evidence: AI impact assessment');
  });

  it('leaves out the columns of regimes a board does not use, unless a card is classified under one', () => {
    const european = { ...boardWithEverything() };
    european.workshop = { ...european.workshop, regimes: ['eu-ai-act'] };
    const headers = (board: BoardDocument) => initiativesSheet(board, NOW).columns.map((c) => c.header);
    expect(headers(european)).toContain('EU AI Act');
    expect(headers(european)).not.toContain(IMPORT_FIELD_LABELS.usHighImpact);
    expect(headers(european)).not.toContain(IMPORT_FIELD_LABELS.usRightsSafety);
    const classified = {
      ...european,
      initiatives: european.initiatives.map((i, n) => (n === 0 ? { ...i, usRightsSafety: 'both' as const } : i)),
    };
    expect(headers(classified)).toContain(IMPORT_FIELD_LABELS.usRightsSafety);
    expect(headers(classified)).not.toContain(IMPORT_FIELD_LABELS.usHighImpact);
  });
});
