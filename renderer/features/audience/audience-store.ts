import { create } from 'zustand';
import type { AudienceView } from '../../../domain';

/**
 * The projector as the facilitator's window knows it: whether it was opened, and what it presents. Kept apart
 * from the board store (it is not part of the document, and outlives a board closed and another opened).
 */
export interface AudienceControls {
  open: boolean;
  presenting: AudienceView;
  setOpen: (open: boolean) => void;
  present: (view: AudienceView) => void;
}

export const useAudienceStore = create<AudienceControls>()((set) => ({
  open: false,
  presenting: 'board',
  setOpen: (open) => set({ open }),
  present: (presenting) => set({ presenting }),
}));
