import { BOARD_LIMITS, PRACTICE_IDS } from '../board-schema';
import type { StageId } from '../stages';
import { STAGE_IDS } from '../stages';
import type { BuiltImport, ImportedCard, ImportOptions, RowProblem } from './build-import';
import { buildImport } from './build-import';
import { customColumns } from './column-mapping';
import { columnLetter, distinctHeaders } from './header-text';
import type { ImportField } from './import-fields';
import { IMPORT_FIELDS, STAGE_DATE_FIELDS } from './import-fields';
import { practiceFields, RIGHTS_SAFETY_FIELDS } from './import-governance';
import { customColumnsWithinLimits } from './import-limits';
import { stageValueKey } from './stage-suggestion';
import type { TableRow } from './table';
import { cellText, isEmptyRow } from './table';
import { emptyTitleColumnProblem, isColumnEmpty } from './title-column';

/** What the import dialog shows of an import before it is made. */
export interface ImportPreviewResult extends Pick<BuiltImport, 'rows' | 'stages' | 'blankStage'> {
  /** The first cards as they will be. */
  cards: ImportedCard[];
  /** The first problems, in the order the import reports them. */
  problems: RowProblem[];
}

/** More groups than this to read, and one whole read of the import is quicker than reading each alone. */
const SEPARATE_READS = 3;

/** Fields whose problems are read together, and what in their problems marks them as theirs. */
interface GroupSpec {
  /** Everything the group's problems depend on. */
  key: string;
  fields: Partial<Record<ImportField, number | undefined>>;
  customs?: number[];
  keep: (problem: RowProblem) => boolean;
}

const DATE_FIELDS: ImportField[] = ['stageEnteredAt', ...STAGE_IDS.map((s) => STAGE_DATE_FIELDS[s])];

/**
 * The import dialog's preview of one sheet, worked out again only where a choice changed it. A mapping change
 * reads the one or two columns it touched, not the whole sheet: the row problems are kept per field (each field's
 * problems depend on its own column, and on the few others named with its key), and each group is read by
 * buildImport itself, with every other column set aside, so the rules stay written once.
 */
export class ImportPreviewer {
  private readonly labels: string[];
  private readonly groups = new Map<string, RowProblem[]>();
  private readonly emptyColumns = new Map<number, boolean>();
  private stageKeys: { column: number | undefined; keys: (string | null)[] } | null = null;

  constructor(
    private readonly rows: TableRow[],
    private readonly headers: string[],
    private readonly headerRow: number,
  ) {
    this.labels = distinctHeaders(headers);
  }

  preview(options: ImportOptions, most: { cards: number; problems: number }): ImportPreviewResult {
    // Ordered as buildImport orders them: by row, then by field in the order it reads them.
    const ranked: { problem: RowProblem; rank: number; index: number }[] = [];
    this.problemGroups(options).forEach((group, rank) =>
      group.forEach((problem, index) => ranked.push({ problem, rank, index })),
    );
    ranked.sort((a, b) => a.problem.row - b.problem.row || a.rank - b.rank || a.index - b.index);
    return {
      ...this.stageCounts(options),
      cards: this.firstCards(options, most.cards),
      problems: ranked.slice(0, most.problems).map((r) => r.problem),
    };
  }

  /** The problems of each group of fields, read again only when what the group depends on changed. */
  private problemGroups(options: ImportOptions): RowProblem[][] {
    const { mapping } = options;
    const specs = this.groupSpecs(options);
    const missing = specs.filter((spec) => !this.groups.has(spec.key));
    if (missing.length > SEPARATE_READS) {
      // Most groups are new (the first preview, a new header row): one whole read gives them all at once.
      const whole = buildImport(this.rows, this.headers, options).problems;
      for (const spec of missing) this.groups.set(spec.key, whole.filter(spec.keep));
    }
    const result = specs.map((spec) => this.group(spec, options));
    // An empty title column's one problem suggests a column no field takes: that depends on the whole mapping.
    result[0] = result[0]!.map((p) =>
      p.row === this.headerRow + 1 && p.column !== undefined
        ? {
            ...p,
            message: emptyTitleColumnProblem(this.rows, this.headerRow, this.labels, mapping, options.ignoredColumns),
          }
        : p,
    );
    // Custom fields named apart from another column or after a long header: said on the header row, in column order.
    const named = this.customColumnProblems(options);
    if (named) result.push(named);
    return result;
  }

  /** The groups of fields whose problems are read together, in the order buildImport reports them within a row. */
  private groupSpecs(options: ImportOptions): GroupSpec[] {
    const { mapping } = options;
    const at = (field: ImportField) => mapping[field];
    const name = (column: number | undefined) =>
      column === undefined ? undefined : `${this.labels[column]} (${columnLetter(column)})`;
    const stageChoice = JSON.stringify([at('stage'), options.stageMap, options.blankStage, options.stages]);
    const dates = Object.fromEntries(DATE_FIELDS.map((f) => [f, at(f)]));
    const dateColumns = new Set(DATE_FIELDS.map((f) => name(at(f))));
    const specs: GroupSpec[] = [
      // The title's problems name the reference a row without a title is named after; rows past a board's limit
      // (no column) come with them.
      {
        key: `title ${at('title')} ${at('ref')}`,
        fields: { title: at('title'), ref: at('ref') },
        keep: (p) => p.column === undefined || p.column === name(at('title')),
      },
      { key: `stage ${stageChoice}`, fields: { stage: at('stage') }, keep: (p) => p.column === name(at('stage')) },
      // A row's stage date is read from its stage's own date column, else the general one.
      {
        key: `dates ${JSON.stringify(dates)} ${stageChoice}`,
        fields: { ...dates, stage: at('stage') },
        keep: (p) => dateColumns.has(p.column),
      },
    ];
    // Fields read together, whose problems depend on each other's columns: the two halves of the rights/safety
    // answer with the combined one, and each practice's status with its evidence column.
    const together = new Map<ImportField, readonly ImportField[]>();
    for (const field of RIGHTS_SAFETY_FIELDS) together.set(field, RIGHTS_SAFETY_FIELDS);
    for (const practice of PRACTICE_IDS) {
      const fields = practiceFields(practice);
      for (const field of fields) together.set(field, fields);
    }
    const grouped = new Set<readonly ImportField[]>();
    for (const field of IMPORT_FIELDS) {
      if (['title', 'stage', ...DATE_FIELDS].includes(field)) continue;
      const fields = together.get(field) ?? [field];
      if (grouped.has(fields) || fields.every((f) => at(f) === undefined)) continue;
      grouped.add(fields);
      const columns = Object.fromEntries(fields.map((f) => [f, at(f)]));
      const names = new Set(fields.map((f) => name(at(f))));
      names.delete(undefined);
      specs.push({
        key: `${fields.join('+')} ${JSON.stringify(columns)}`,
        fields: columns,
        keep: (p) => names.has(p.column),
      });
    }
    const customs = customColumns(this.labels, mapping, options.ignoredColumns);
    if (this.customsOverLimit(options)) {
      // More custom columns than a board holds: which are kept depends on all of them, so they are read together.
      const mapped = new Set(Object.values(mapping).map(name));
      specs.push({
        key: `customs ${customs.join(',')}`,
        fields: {},
        customs,
        keep: (p) => p.column !== undefined && !mapped.has(p.column),
      });
    } else {
      // Each custom column's values are checked on their own: a column that joins the custom fields is read alone.
      for (const column of customs) {
        const label = name(column);
        specs.push({
          key: `custom ${column}`,
          fields: {},
          customs: [column],
          keep: (p) => p.column === label && p.row !== this.headerRow + 1,
        });
      }
    }
    return specs;
  }

  /**
   * The problems buildImport reports for a group of fields, with every column but theirs (and the title's, and the
   * custom columns asked for) set aside; remembered under a key naming all they depend on.
   */
  private group(spec: GroupSpec, options: ImportOptions): RowProblem[] {
    const remembered = this.groups.get(spec.key);
    if (remembered) return remembered;
    const mapping: ImportOptions['mapping'] = { title: options.mapping.title };
    for (const [field, column] of Object.entries(spec.fields)) {
      if (column !== undefined) mapping[field as ImportField] = column;
    }
    const used = new Set([...Object.values(mapping), ...(spec.customs ?? [])]);
    const ignoredColumns = this.headers.map((_, i) => i).filter((i) => !used.has(i));
    const built = buildImport(this.rows, this.headers, { ...options, mapping, ignoredColumns });
    const problems = built.problems.filter(spec.keep);
    this.groups.set(spec.key, problems);
    return problems;
  }

  private customsOverLimit(options: ImportOptions): boolean {
    return customColumns(this.labels, options.mapping, options.ignoredColumns).length > BOARD_LIMITS.customFields;
  }

  /** The header-row problems of the custom fields kept (they have a value): names cut short or kept apart. */
  private customColumnProblems(options: ImportOptions): RowProblem[] | null {
    if (this.customsOverLimit(options)) return null;
    const { columns } = customColumnsWithinLimits(this.rows, options, this.labels);
    return columns
      .filter((c) => c.problem && !this.isEmpty(c.index))
      .map((c) => ({ row: this.headerRow + 1, column: c.column, message: c.problem!, skipped: false }));
  }

  private isEmpty(column: number): boolean {
    let empty = this.emptyColumns.get(column);
    if (empty === undefined) {
      empty = isColumnEmpty(this.rows, this.headerRow, column);
      this.emptyColumns.set(column, empty);
    }
    return empty;
  }

  /** Rows per stage, from each row's stage value alone: no card needs building to count them. */
  private stageCounts(options: ImportOptions): Pick<BuiltImport, 'rows' | 'stages' | 'blankStage'> {
    const column = options.mapping.stage;
    if (!this.stageKeys || this.stageKeys.column !== column) {
      const keys: (string | null)[] = [];
      for (let i = this.headerRow + 1; i < this.rows.length; i += 1) {
        const cells = this.rows[i];
        if (isEmptyRow(cells)) continue;
        const text = column === undefined ? '' : cellText(cells![column]).trim();
        keys.push(text ? stageValueKey(text) : null);
      }
      this.stageKeys = { column, keys };
    }
    const stages = Object.fromEntries(STAGE_IDS.map((s) => [s, 0])) as Record<StageId, number>;
    let blankStage = 0;
    const { keys } = this.stageKeys;
    // Rows past the most cards a board holds are not imported, so not counted.
    const cards = Math.min(keys.length, BOARD_LIMITS.initiatives);
    for (let i = 0; i < cards; i += 1) {
      const key = keys[i] ?? null;
      if (key === null) blankStage += 1;
      stages[(key === null ? undefined : options.stageMap[key]) ?? options.blankStage] += 1;
    }
    return { rows: keys.length, stages, blankStage };
  }

  /** The first cards, read from the first rows only. */
  private firstCards(options: ImportOptions, most: number): ImportedCard[] {
    let end = this.headerRow + 1;
    for (let found = 0; end < this.rows.length && found < most; end += 1) {
      if (!isEmptyRow(this.rows[end])) found += 1;
    }
    return buildImport(this.rows.slice(0, end), this.headers, options).cards.slice(0, most);
  }
}
