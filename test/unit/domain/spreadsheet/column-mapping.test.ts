import type { ColumnChoices } from '../../../../domain';
import { assignColumn, columnUse, customColumns, suggestMapping, withColumnUses } from '../../../../domain';

describe('assignColumn', () => {
  const columns: ColumnChoices = { mapping: { title: 0, owner: 1, stage: 2 }, ignoredColumns: [3] };

  it('gives a column to a field, which takes it from the field that had it and lets go of its own column', () => {
    expect(assignColumn(columns, 1, 'title')).toEqual({ mapping: { title: 1, stage: 2 }, ignoredColumns: [3] });
  });

  it('keeps a column as a custom field or leaves it out, and takes it from its field either way', () => {
    expect(assignColumn(columns, 2, 'custom')).toEqual({ mapping: { title: 0, owner: 1 }, ignoredColumns: [3] });
    expect(assignColumn(columns, 2, 'left-out')).toEqual({ mapping: { title: 0, owner: 1 }, ignoredColumns: [3, 2] });
  });

  it('brings a left-out column back, as a field or as a custom field', () => {
    expect(assignColumn(columns, 3, 'owner')).toEqual({
      mapping: { title: 0, owner: 3, stage: 2 },
      ignoredColumns: [],
    });
    expect(assignColumn(columns, 3, 'custom')).toEqual({ mapping: columns.mapping, ignoredColumns: [] });
  });

  it('leaves the choices it was given as they were', () => {
    assignColumn(columns, 0, 'left-out');
    assignColumn(columns, 3, 'title');
    expect(columns).toEqual({ mapping: { title: 0, owner: 1, stage: 2 }, ignoredColumns: [3] });
  });

  it('reads back the use it gave each column', () => {
    for (const use of ['owner', 'custom', 'left-out', 'title'] as const) {
      expect(columnUse(assignColumn(columns, 1, use), 1)).toBe(use);
    }
    expect(columns.ignoredColumns.map((c) => columnUse(columns, c))).toEqual(['left-out']);
  });
});

describe('suggestMapping: owners and business units', () => {
  it.each([
    [['Use Case Name', 'Contact Name', 'Email Address'], 'Contact Name'],
    [['Use Case Name', 'Email Address'], 'Email Address'],
    [['Use Case Name', 'POC'], 'POC'],
    [['Use Case Name', 'Point of contact'], 'Point of contact'],
    [['1A. AI use case name', '2A. Last Name, First Name', '2B. Email Address'], '2A. Last Name, First Name'],
  ])('fills the owner from a contact column when there is no owner column (%j)', (headers, owner) => {
    expect(headers[suggestMapping(headers).owner!]).toBe(owner);
  });

  it('keeps an owner column as the owner, and the contact as a custom field', () => {
    const headers = ['Use Case Name', 'Contact Name', 'Owner', 'Email Address'];
    const mapping = suggestMapping(headers);
    expect(headers[mapping.owner!]).toBe('Owner');
    expect(customColumns(headers, mapping).map((c) => headers[c])).toEqual(['Contact Name', 'Email Address']);
  });

  it('takes the most specific organisational column as the business unit and keeps the others', () => {
    for (const headers of [
      ['Use Case Name', 'Agency', 'Department', 'Office'],
      ['Office', 'Department', 'Agency', 'Use Case Name'],
      ['Use Case Name', 'Agency', 'Bureau'],
      ['1A. AI use case name', '1B. Agency with AI use case', '1C. Office with AI use case'],
    ]) {
      const mapping = suggestMapping(headers);
      expect(headers[mapping.businessUnit!], headers.join(' | ')).toMatch(/Office|Bureau/);
      const kept = customColumns(headers, mapping).map((c) => headers[c]);
      expect(kept.length + Object.keys(mapping).length, headers.join(' | ')).toBe(headers.length);
    }
  });

  it('does not take a vendor or system name for the owner', () => {
    expect(suggestMapping(['Use Case Name', 'Vendor(s) Name', 'System(s) Name']).owner).toBeUndefined();
  });
});

describe('withColumnUses', () => {
  it('lays the user’s choices over a fresh mapping by header text, wherever the columns now are', () => {
    const before = ['Use Case Name', 'Department', 'Office', 'Contact Name'];
    const uses = { Department: 'businessUnit', Office: 'left-out', 'Contact Name': 'custom' } as const;
    // Read again from another header row: a banner column first, the same headers moved one to the right.
    const after = ['Notes', ...before];
    const fresh = { mapping: suggestMapping(after), ignoredColumns: [] };
    const kept = withColumnUses(fresh, after, uses);
    expect(kept.mapping).toEqual({ title: 1, businessUnit: 2 });
    expect(kept.ignoredColumns).toEqual([3]);
  });

  it('leaves the fresh mapping alone where no header matches', () => {
    const fresh = { mapping: suggestMapping(['Title', 'Owner']), ignoredColumns: [] };
    expect(withColumnUses(fresh, ['Title', 'Owner'], { Office: 'businessUnit' })).toEqual(fresh);
  });
});
