import type { BrowserWindow, IpcMainInvokeEvent, WebContents } from 'electron';
import type { Channel, EditedState } from '../../../contract';
import { AUDIENCE_CHANNELS } from '../../../contract';
import { isAppUrl } from './secure-window';

/** The facilitator's window may use every channel; the projector's read-only window only what it shows. */
export type WindowRole = 'facilitator' | 'audience';
const audienceChannels: ReadonlySet<Channel> = new Set(AUDIENCE_CHANNELS);

interface WindowState extends EditedState {
  /** Set once the user has answered the unsaved-changes prompt, so the next close goes through. */
  closeConfirmed: boolean;
  /**
   * Set when the window's page ended unexpectedly, with the file its board belonged to, until the reloaded page
   * has started (which reports its own, empty, state meanwhile).
   */
  pageCrashed?: { handle: string | null } | null;
}

/** The app's own windows and what main must know of each: whether its board has unsaved changes. */
export class AppWindows {
  private readonly states = new Map<number, { win: BrowserWindow; role: WindowRole; state: WindowState }>();

  add(win: BrowserWindow, role: WindowRole = 'facilitator'): void {
    const id = win.webContents.id;
    this.states.set(id, {
      win,
      role,
      state: {
        edited: false,
        handle: null,
        boardId: null,
        boardTitle: '',
        windowTitle: 'Scaleboard',
        closeConfirmed: false,
      },
    });
    win.on('closed', () => this.states.delete(id));
  }

  /**
   * The IPC sender check: one of our windows, its main frame, showing the app's own page, and a channel that
   * window's role may use.
   */
  allows = (event: IpcMainInvokeEvent, channel: Channel): boolean => {
    const entry = this.states.get(event.sender.id);
    const frame = event.senderFrame;
    return (
      !!entry &&
      entry.win.webContents === event.sender &&
      !!frame &&
      frame === event.sender.mainFrame &&
      isAppUrl(frame.url) &&
      (entry.role === 'facilitator' || audienceChannels.has(channel))
    );
  };

  windowOf(sender: WebContents): BrowserWindow | undefined {
    return this.states.get(sender.id)?.win;
  }

  stateOf(win: BrowserWindow): WindowState | undefined {
    return this.states.get(win.webContents.id)?.state;
  }

  first(): BrowserWindow | undefined {
    for (const { win } of this.states.values()) if (!win.isDestroyed()) return win;
    return undefined;
  }
}
