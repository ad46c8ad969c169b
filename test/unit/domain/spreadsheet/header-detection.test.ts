import type { TableRow } from '../../../../domain';
import {
  chooseDataSheet,
  detectHeaderRow,
  distinctHeaders,
  headerKey,
  IMPORT_FIELD_GROUPS,
  IMPORT_FIELDS,
  headerSignature,
  normalizeHeader,
  suggestMapping,
} from '../../../../domain';

describe('header text', () => {
  it('normalises line breaks, curly quotes, dashes and spaces', () => {
    expect(normalizeHeader('Use Case ID\n\n[Agency Abbrev.] – [#] ')).toBe('Use Case ID [Agency Abbrev.] - [#]');
    expect(normalizeHeader('Describe the AI system’s  outputs.')).toBe("Describe the AI system's outputs.");
    expect(headerKey('4A.\nWhat stage of production is the AI in?')).toBe('what stage of production is the ai in');
  });

  it('keeps duplicate and empty headers distinct', () => {
    expect(distinctHeaders(['If Other, please explain.', 'X', 'If Other, please explain.', ''])).toEqual([
      'If Other, please explain.',
      'X',
      'If Other, please explain. (2)',
      'Column D',
    ]);
  });

  it('gives the same signature to the same layout however it is written', () => {
    expect(headerSignature(['Use Case Name', 'Stage'])).toBe(headerSignature(['use case  name', 'STAGE']));
    expect(headerSignature(['Use Case Name', 'Stage'])).not.toBe(headerSignature(['Stage', 'Use Case Name']));
  });
});

describe('detectHeaderRow', () => {
  it('passes over a blank first row, a title and merged section banners', () => {
    const rows: TableRow[] = [
      [],
      ['2025 AI Use Case Inventory'],
      ['SECTION 1: Use Case Identifiers\nComplete this Section', null, null, 'SECTION 2: Stage'],
      ['Use Case ID', 'Use Case Name', 'Bureau', 'Stage of Development', 'Date'],
      ['A-1', 'Claims triage', 'Claims', 'Pilot', 45000],
      ['A-2', 'Mail routing', 'Ops', 'Deployed', 45100],
    ];
    expect(detectHeaderRow(rows)).toBe(3);
  });

  it('finds none when no row has two headings', () => {
    expect(detectHeaderRow([['ABC\r\nDEF']])).toBeNull();
    expect(
      detectHeaderRow([
        [{ date: '2021-01-01T00:00:00.000Z' }, 1],
        [2, 3],
      ]),
    ).toBeNull();
  });
});

describe('chooseDataSheet', () => {
  it('skips hidden and empty sheets and a one-column dropdown list, and takes the data', () => {
    const data = {
      name: 'Reportable AI Use Cases',
      hidden: false,
      rows: [
        ['Name', 'Stage'],
        ['A', 'Pilot'],
        ['B', 'Idea'],
      ] as TableRow[],
    };
    expect(
      chooseDataSheet([
        { name: 'Inventory Overview', hidden: false, rows: [] },
        {
          name: 'Selections',
          hidden: true,
          rows: [
            ['Name', 'Stage'],
            ['x', 'y'],
            ['x', 'y'],
            ['x', 'y'],
          ],
        },
        { name: 'Sheet1', hidden: false, rows: [['AGENCY'], ['DOJ'], ['DHS'], ['VA']] },
        data,
      ]),
    ).toBe('Reportable AI Use Cases');
  });
});

describe('suggestMapping', () => {
  it('matches inventory and Scaleboard headings, one column per field, and honours a saved mapping', () => {
    const headers = [
      'Use Case ID [Agency Abbrev.] - [#]',
      'Use Case Name',
      'Bureau/Component',
      'Stage of Development',
      'Agency',
      'Notes',
    ];
    const mapping = suggestMapping(headers);
    expect(mapping).toMatchObject({ ref: 0, title: 1, businessUnit: 2, stage: 3 });
    expect(Object.values(mapping).filter((c) => c === 2)).toHaveLength(1);
    expect(suggestMapping(headers, { businessUnit: 'Agency', owner: 'Notes' })).toMatchObject({
      businessUnit: 4,
      owner: 5,
      title: 1,
    });
  });
});

describe('the import fields', () => {
  it('are offered in the mapping menu groups, each exactly once', () => {
    const grouped = IMPORT_FIELD_GROUPS.flatMap((g) => g.fields);
    expect([...grouped].sort()).toEqual([...IMPORT_FIELDS].sort());
    expect(new Set(grouped).size).toBe(grouped.length);
  });
});
