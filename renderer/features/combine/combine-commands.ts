/** File › Combine Boards…: the open board and the board files chosen, combined into one new, unsaved board. */
import type { CombineSource } from '../../../domain';
import { combineBoards, sourceBoardName } from '../../../domain';
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
