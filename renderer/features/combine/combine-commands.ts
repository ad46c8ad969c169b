/** File › Combine Boards…: the open board and the board files chosen, combined into one new, unsaved board. */
import { COMBINE_REPORT_MAX_CHARS } from '../../../contract';
import type { CombineReport, CombineSource } from '../../../domain';
import { combineBoards, combineReportText, formatBoardNumber, sourceBoardName } from '../../../domain';
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';
import { now } from '../../store/slice';
import { leaveBoard } from '../file/file-commands';

const store = () => useBoardStore.getState();

/**
 * The open board, if any, is the first source (its settings are the combined board's), named after its file, or
 * its title while it has none; the chosen files follow in the order the dialog gives them. Nothing changes until
 * the boards combine: a file that cannot be read, or a combination past a board's limits, is said and the open
 * board stays. The combined board then replaces the open one, as New does, asking first about unsaved changes.
 */
export async function combineBoardFiles(): Promise<void> {
  const read = await api().board.readToCombine();
  if (!read.ok) return void store().notify('error', read.error.message);
  if (!read.value) return;
  const { board, file } = store();
  const chosen: CombineSource[] = read.value.map((other) => ({
    name: sourceBoardName(other.fileName),
    board: other.document,
  }));
  const open: CombineSource[] = board
    ? [{ name: file.fileName ? sourceBoardName(file.fileName) : board.title, board }]
    : [];
  const sources = [...open, ...chosen];
  if (sources.length < 2) {
    return void store().notify(
      'info',
      'Combining needs two boards or more: choose several board files, or open a board and choose the boards to combine with it.',
    );
  }
  const combined = combineBoards(sources, { now: now() });
  if (!combined.ok) return void store().notify('error', combined.error.message);
  if (!(await leaveBoard())) return;
  store().loadBoard(combined.value.board, { handle: null, fileName: null, folder: null }, { saved: false });
  store().setCombineReport(combined.value.report);
}

/** The report as `scaleboard combine` prints it, headed by the boards combined: what Copy and Save keep. */
export function combineReportForCopy(report: CombineReport): string {
  // A report is text: a NUL character (in a card's title, say) is shown as the replacement character.
  const text = combineReportText(report, `Combined ${report.sources.map((s) => s.name).join(' + ')}`);
  return text.replaceAll('\u0000', '\ufffd');
}

/** What Copy report and Save report… did, in words for the dialog: `ok` false when it did not happen. */
export interface ReportOutcome {
  ok: boolean;
  text: string;
}

function tooLong(text: string): ReportOutcome | null {
  if (text.length <= COMBINE_REPORT_MAX_CHARS) return null;
  return {
    ok: false,
    text: `The report is ${formatBoardNumber(text.length)} characters long, more than Scaleboard copies or saves at once (${formatBoardNumber(COMBINE_REPORT_MAX_CHARS)}).`,
  };
}

export async function copyCombineReport(report: CombineReport): Promise<ReportOutcome> {
  const text = combineReportForCopy(report);
  const refused = tooLong(text);
  if (refused) return refused;
  const copied = await api().combine.copyReport(text);
  if (!copied.ok) return { ok: false, text: copied.error.message };
  return {
    ok: true,
    text: `Copied the report to the clipboard: ${formatBoardNumber(text.split('\n').length - 1)} lines.`,
  };
}

/** Null when the user cancels the dialog. */
export async function saveCombineReport(report: CombineReport): Promise<ReportOutcome | null> {
  const text = combineReportForCopy(report);
  const refused = tooLong(text);
  if (refused) return refused;
  const saved = await api().combine.saveReport(store().board?.title ?? 'Combined board', text);
  if (!saved.ok) return { ok: false, text: saved.error.message };
  if (!saved.value) return null;
  return { ok: true, text: `Saved the report as ${saved.value.fileName}.` };
}
