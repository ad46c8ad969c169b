/**
 * Spreadsheets with the quirks of real inventories, built in code with SheetJS (DESIGN.md §9) so that the tests
 * need no files of their own: banner rows, merged section headers, headers with line breaks and curly quotes,
 * hidden and empty sheets, 1904 dates, blank stages, Windows-1252 CSV.
 */
import * as XLSX from 'xlsx';

export const INVENTORY_HEADERS = [
  'Use Case ID\n\n[Agency Abbrev.] – [#] ',
  'Use Case Name',
  'Bureau/Component',
  'Stage of Development',
  'What problem is the AI intended to solve?',
  'Date when AI use case became operational or the pilot’s start date',
  'Is the AI use case high-impact?',
  'If Other, please explain.',
  'If Other, please explain.',
];

export const INVENTORY_ROWS: (string | number | Date | null)[][] = [
  [
    'DOJ-1',
    'Claims triage',
    'FBI',
    'b)  Pilot – The use case has been deployed in a limited test',
    'Slow triage',
    '03/2025',
    'No',
    'a',
    'b',
  ],
  [
    'DOJ-2',
    'Mail routing',
    'BOP',
    'c) Deployed – The use case is being actively used',
    'Manual sorting',
    'Jul-25',
    'Yes',
    null,
    null,
  ],
  ['DOJ-3', 'Fraud analytics', 'ATF', '', 'Missed rings', '2025', null, null, 'c'],
  [
    'DOJ-4',
    'Chat assistant',
    'FBI',
    'a) Pre-deployment – The use case is in development',
    'Calls',
    45953,
    'No',
    null,
    null,
  ],
  ['DOJ-5', 'Translation', 'USMS', 'd) Retired – The use case was retired', null, 'Ongoing', null, null, null],
];

/** An OMB-template workbook: an empty visible first sheet, a hidden dropdown sheet, banners above the headers. */
export function inventoryWorkbook(options: { date1904?: boolean } = {}): Buffer {
  const workbook = XLSX.utils.book_new();
  XLSX.utils.book_append_sheet(workbook, XLSX.utils.aoa_to_sheet([]), 'Inventory Overview');
  const rows = [
    [
      'SECTION 1: Use Case Identifiers\nComplete this Section',
      null,
      null,
      'SECTION 2: Stage',
      null,
      null,
      'SECTION 3: Risk',
    ],
    INVENTORY_HEADERS,
    ...INVENTORY_ROWS,
    [],
    [],
  ];
  const sheet = XLSX.utils.aoa_to_sheet(rows);
  sheet['!merges'] = [
    XLSX.utils.decode_range('A1:C1'),
    XLSX.utils.decode_range('D1:F1'),
    XLSX.utils.decode_range('G1:I1'),
  ];
  // The serial in DOJ-4's date cell is a real date cell, as Excel stores one.
  const dateCell = sheet[XLSX.utils.encode_cell({ r: 5, c: 5 })]!;
  dateCell.z = 'm/d/yyyy';
  XLSX.utils.book_append_sheet(workbook, sheet, 'Reportable AI Use Cases');
  XLSX.utils.book_append_sheet(
    workbook,
    XLSX.utils.aoa_to_sheet([['Stage'], ['Pilot'], ['Deployed'], ['Retired'], ['x'], ['y']]),
    'Selections',
  );
  workbook.Workbook = {
    Sheets: [{ Hidden: 0 }, { Hidden: 0 }, { Hidden: 1 }],
    WBProps: { date1904: options.date1904 ?? false },
  };
  return XLSX.write(workbook, { type: 'buffer', bookType: 'xlsx' }) as Buffer;
}

/** The same inventory as Windows-1252 CSV with CRLF line ends, as the 2024 consolidated file is. */
export function windows1252Csv(separator = ','): Buffer {
  const quote = (v: unknown) => {
    const text = v === null || v === undefined ? '' : String(v);
    return /[",;\r\n\t]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  const lines = [INVENTORY_HEADERS, ...INVENTORY_ROWS].map((row) => row.map(quote).join(separator));
  const text = `${lines.join('\r\n')}\r\n`;
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    const cp1252: Record<number, number> = { 0x2019: 0x92, 0x2013: 0x96, 0x201c: 0x93, 0x201d: 0x94, 0xe9: 0xe9 };
    bytes.push(code < 0x80 ? code : (cp1252[code] ?? 0x3f));
  }
  return Buffer.from(bytes);
}

/** A CFB container with an EncryptedPackage stream: what Excel writes for a password-protected workbook. */
export function encryptedWorkbook(): Buffer {
  const cfb = XLSX.CFB.utils.cfb_new();
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptionInfo', Buffer.from([4, 0, 4, 0, 0x40, 0, 0, 0]));
  XLSX.CFB.utils.cfb_add(cfb, '/EncryptedPackage', Buffer.alloc(4096, 7));
  return Buffer.from(XLSX.CFB.write(cfb, { type: 'buffer' }) as Uint8Array);
}
