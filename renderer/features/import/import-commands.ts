import { api } from '../../lib/api';
import { newBoard, useBoardStore } from '../../store/board-store';

/** File › Import Spreadsheet…: main shows the file dialog and reads the file; the import dialog takes over. */
export async function startImport(): Promise<void> {
  const store = useBoardStore.getState();
  const stages = store.board?.stages ?? newBoard().stages;
  const result = await api().spreadsheet.open(stages);
  if (!result.ok) return store.notify('error', result.error.message);
  if (result.value) store.setImportSession(result.value);
}
