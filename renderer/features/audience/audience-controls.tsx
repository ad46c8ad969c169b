import './audience-controls.css';
import type { AudienceView } from '../../../domain';
import { AUDIENCE_VIEWS, presentedView } from '../../../domain';
import { ToggleGroup } from '../../components/toggle-group';
import { api } from '../../lib/api';
import { useBoardStore } from '../../store/board-store';
import { canCompare } from '../compare/comparison';
import { useAudienceStore } from './audience-store';

const VIEW_LABELS: Record<AudienceView, string> = {
  board: 'Board',
  matrix: 'Matrix',
  metrics: 'Metrics',
  log: 'Decision log',
  changes: 'Changes',
};

/** Opens the projector's window, and once it is open, chooses what it presents to the room. */
export function AudienceControls() {
  const open = useAudienceStore((s) => s.open);
  const comparing = useBoardStore((s) => canCompare(s.comparison, s.board));
  const presenting = useAudienceStore((s) => presentedView(s.presenting, comparing));
  const { setOpen, present } = useAudienceStore.getState();

  const openAudience = async () => {
    const result = await api().audience.open();
    if (result.ok) setOpen(true);
    else useBoardStore.getState().notify('error', result.error.message);
  };

  return (
    <>
      <button type="button" className="button" onClick={() => void openAudience()}>
        Audience window
      </button>
      {open ? (
        <ToggleGroup
          name="Present on the audience window"
          caption="Present"
          className="toggle-group present-switch"
          dataKey="present"
          value={presenting}
          options={AUDIENCE_VIEWS.map((view) => ({
            value: view,
            label: VIEW_LABELS[view],
            // Changes needs a comparison loaded (File › Compare with…, or Since start once the workshop started).
            disabled: view === 'changes' && !comparing,
            title:
              view === 'changes' && !comparing
                ? 'Load a comparison first: Since start, or File › Compare with…'
                : undefined,
          }))}
          onChange={present}
        />
      ) : null}
    </>
  );
}
