/** The commands of "since the last workshop": start the workshop, and compare the board with its start or a file. */
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';

const store = () => useBoardStore.getState();

/** Takes the workshop snapshot; when one was taken already, asks first (the board screen shows the question). */
export function startWorkshop(): void {
  const { board } = store();
  if (!board) return;
  if (board.snapshot) store().setRestartAsked(true);
  else store().startWorkshop();
}

/** File › Compare with…: reads another board file without opening it; a file that cannot be read changes nothing. */
export async function compareWithFile(): Promise<void> {
  if (!store().board) return;
  const result = await api().board.readOther();
  if (!result.ok) return void store().notify('error', result.error.message);
  if (!result.value || !store().board) return;
  store().compareWithFile(result.value.fileName, result.value.document);
}

export function compareWithStart(): void {
  if (!store().board) return;
  if (!store().compareWithStart()) {
    store().notify(
      'info',
      'The workshop has not started: press Start workshop first, and what changes from then on can be shown.',
    );
  }
}
