import { useBoardStore } from '../../store/board-store';

/** Opens the actions panel, or closes it when it is open: the toolbar button and View › Actions. */
export function toggleActions(): void {
  const { board, panel, setPanel } = useBoardStore.getState();
  if (board) setPanel(panel === 'actions' ? null : 'actions');
}
