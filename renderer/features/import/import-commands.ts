import { api } from '../../lib/api';
import { newBoard, useBoardStore } from '../../store/board-store';

const READING = 'Reading the spreadsheet…';

/** File › Import Spreadsheet…: main shows the file dialog and reads the file; the import dialog takes over. */
export async function startImport(): Promise<void> {
  const store = useBoardStore.getState();
  const stages = store.board?.stages ?? newBoard().stages;
  // Main reads the chosen file in its spreadsheet worker; a large one takes a moment, so say so.
  const stop = api().on.importProgress((progress) => {
    if (progress.token === '' && progress.phase === 'reading' && progress.done === 0) {
      store.notify('info', READING);
    }
  });
  const result = await api().spreadsheet.open(stages).finally(stop);
  if (useBoardStore.getState().notice?.text === READING) store.dismissNotice();
  if (!result.ok) return store.notify('error', result.error.message);
  if (result.value) store.setImportSession(result.value);
}
