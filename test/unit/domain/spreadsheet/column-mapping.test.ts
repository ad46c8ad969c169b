import type { ColumnChoices } from '../../../../domain';
import { assignColumn, columnUse } from '../../../../domain';

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
