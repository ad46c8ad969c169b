import { ModalDialog } from '../../components/modal-dialog';
import { useBoardStore } from '../../store/board-store';
import { api } from '../../lib/api';
import { confirmDiscardChanges } from './file-commands';

/** After a crash: offer each board's unsaved work back. Nothing is restored or thrown away without asking. */
export function RecoveryOffer() {
  const recoveries = useBoardStore((s) => s.recoveries);
  const entry = recoveries[0];
  if (!entry) return null;

  const named = entry.fileName ? ` (${entry.fileName})` : '';
  const next = () => useBoardStore.getState().setRecoveries(recoveries.slice(1));
  const restore = async () => {
    if (!(await confirmDiscardChanges())) return;
    const result = await api().recovery.restore(entry.id);
    const store = useBoardStore.getState();
    if (!result.ok) {
      store.notify('error', result.error.message);
      return next();
    }
    const { document, handle, fileName, folder } = result.value;
    store.loadBoard(document, { handle, fileName, folder }, { saved: false });
    store.notify('info', 'Your unsaved changes are back. Save to keep them.');
    next();
  };
  const discard = async () => {
    await api().recovery.decline(entry.id);
    next();
  };

  return (
    // Escape answers nothing: the copy is neither restored nor thrown away until the user says which.
    <ModalDialog role="alertdialog" labelledBy="recovery-title" describedBy="recovery-body" onCancel={() => undefined}>
      <div className="modal">
        <h2 id="recovery-title">Restore unsaved changes?</h2>
        <p id="recovery-body">
          {entry.reason === 'replaced'
            ? `You opened the version of “${entry.title}”${named} on disk in place of yours. Your version`
            : `Scaleboard or its window stopped before “${entry.title}”${named} was saved. A copy of your work`}{' '}
          from {new Date(entry.savedAt).toLocaleString()} was kept.
          {recoveries.length > 1 ? ` (${recoveries.length - 1} more after this one.)` : ''}
        </p>
        <div className="modal-actions">
          <button type="button" className="button" onClick={() => void discard()}>
            Discard
          </button>
          <button type="button" className="button primary" data-autofocus onClick={() => void restore()}>
            Restore
          </button>
        </div>
      </div>
    </ModalDialog>
  );
}
