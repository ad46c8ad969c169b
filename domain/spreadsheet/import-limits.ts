/**
 * What the importer does at the limits of the board (BOARD_LIMITS): it shortens text, cuts lists and renames
 * columns so that the board stays one the schema accepts, and says what it did in a sentence for the problem
 * report. A board that would fail the schema could never be saved, so nothing here is optional.
 */
import { formatBoardNumber } from '../board-locale';
import { BOARD_LIMITS } from '../board-schema';
import { cutText } from '../cut-text';
import { safeRecordKey } from '../records';
import type { ColumnMapping } from './column-mapping';
import { customColumns } from './column-mapping';
import { columnLetter } from './header-text';
import type { TableRow } from './table';
import { isEmptyCell, isEmptyRow } from './table';

/** What was kept, and a sentence for each thing that had to change. */
export interface Kept<T> {
  value: T;
  problems: string[];
}

/**
 * A count or a length as the import's problem reports write it: 25,000. In 'en', not a board's locale: the
 * reports are written while the rows are read, before (and apart from) any board they go to.
 */
export const formatCount = (n: number): string => formatBoardNumber(n, 'en');

/** A custom field key from a header: stable across imports of the same layout. */
export function customFieldKey(label: string): string {
  return safeRecordKey(cutText(label.trim(), BOARD_LIMITS.customFieldKeyLength));
}

/** Tags as a card holds them: each within the length of short text, and no more of them than a card can hold. */
export function keptTags(tags: readonly string[]): Kept<string[]> {
  const { shortTextLength: length, tagsPerInitiative: most } = BOARD_LIMITS;
  const problems: string[] = [];
  const long = tags.filter((tag) => tag.length > length);
  if (long.length === 1) {
    problems.push(
      `a tag is ${formatCount(long[0]!.length)} characters; only its first ${formatCount(length)} were kept`,
    );
  } else if (long.length > 1) {
    problems.push(
      `${long.length} tags are longer than ${formatCount(length)} characters; only the first ${formatCount(length)} of each were kept`,
    );
  }
  const kept = [...new Set(tags.map((tag) => cutText(tag, length).trimEnd()))];
  if (kept.length > most) {
    const dropped = kept.slice(most);
    const named = dropped.slice(0, 3).map((tag) => `“${cutText(tag, 40)}${tag.length > 40 ? '…' : ''}”`);
    problems.push(
      `${formatCount(kept.length)} tags, more than the ${most} a card can hold; the first ${most} were kept and ${formatCount(dropped.length)} dropped (${named.join(', ')}${dropped.length > named.length ? ', …' : ''})`,
    );
  }
  return { value: kept.slice(0, most), problems };
}

/** Votes as a card holds them: each under a name no longer than the board allows. */
export function keptVotes(votes: Readonly<Record<string, number>>): Kept<Record<string, number>> {
  const length = BOARD_LIMITS.voterNameLength;
  const kept: Record<string, number> = {};
  const problems: string[] = [];
  for (const [name, count] of Object.entries(votes)) {
    if (name.length <= length) {
      kept[name] = count;
      continue;
    }
    problems.push(`a voter’s name is ${formatCount(name.length)} characters; only the first ${length} were kept`);
    kept[safeRecordKey(cutText(name, length).trimEnd())] = count;
  }
  return { value: kept, problems };
}

export interface CustomFieldName {
  key: string;
  label: string;
  /** Why the field is not named exactly as its header, if it is not. */
  problem?: string;
}

/**
 * Names custom fields after their headers (already distinct, see distinctHeaders) within the length a key and a
 * label may have. Two headers that share their first 500 characters, or that are stored under the same key, are
 * kept apart by a number, as distinctHeaders keeps duplicates apart: "… (2)".
 */
export function customFieldNames(headers: readonly string[]): CustomFieldName[] {
  const length = Math.min(BOARD_LIMITS.customFieldKeyLength, BOARD_LIMITS.customFieldLabelLength);
  const taken = new Set<string>();
  return headers.map((header) => {
    let label = cutText(header, length).trimEnd();
    let suffix = '';
    for (let n = 2; taken.has(customFieldKey(label)); n += 1) {
      suffix = ` (${n})`;
      label = cutText(header, length - suffix.length).trimEnd() + suffix;
    }
    const key = customFieldKey(label);
    taken.add(key);
    const name: CustomFieldName = { key, label };
    const kept = formatCount(label.length - suffix.length);
    const apart = `with “${suffix}” to keep it apart from another column`;
    if (header.length > length) {
      name.problem = `the header is ${formatCount(header.length)} characters; the custom field is named after its first ${kept}${suffix ? `, ${apart}` : ''}`;
    } else if (suffix) {
      name.problem = `the custom field is named “${label}” to keep it apart from another column`;
    }
    return name;
  });
}

export interface CustomColumn extends CustomFieldName {
  /** The column's index in the sheet. */
  index: number;
  /** The column as reports name it: header and letter. */
  column: string;
}

/**
 * The columns kept as custom fields, named within the board's limits: every column that fills no field, or, when
 * there are more of those than a board holds, the first ones with a value in the rows that become cards. Each
 * column left out comes with the reason, for a problem on the header row.
 */
export function customColumnsWithinLimits(
  rows: readonly TableRow[],
  options: { headerRow: number; mapping: ColumnMapping; ignoredColumns?: number[] },
  labels: string[],
): { columns: CustomColumn[]; leftOut: (CustomColumn & { problem: string })[] } {
  const most = BOARD_LIMITS.customFields;
  const indexes = customColumns(labels, options.mapping, options.ignoredColumns);
  const names = customFieldNames(indexes.map((index) => labels[index]!));
  const columns = indexes.map((index, i) => ({
    ...names[i]!,
    index,
    column: `${labels[index]} (${columnLetter(index)})`,
  }));
  if (columns.length <= most) return { columns, leftOut: [] };

  // More than a board holds: count each column's values in the rows that become cards; keep the first with any.
  const values = new Array<number>(columns.length).fill(0);
  let cards = 0;
  for (let index = options.headerRow + 1; index < rows.length && cards < BOARD_LIMITS.initiatives; index += 1) {
    const cells = rows[index];
    if (isEmptyRow(cells)) continue;
    cards += 1;
    columns.forEach((c, i) => {
      if (!isEmptyCell(cells![c.index])) values[i]! += 1;
    });
  }
  const withValues = columns.map((_, i) => i).filter((i) => values[i]! > 0);
  const leftOut = withValues.slice(most).map((i) => {
    const count = values[i]!;
    const problem = `a board holds at most ${formatCount(most)} custom fields; this column was not kept (${formatCount(count)} value${count === 1 ? '' : 's'})`;
    return { ...columns[i]!, problem };
  });
  return { columns: withValues.slice(0, most).map((i) => columns[i]!), leftOut };
}
