import type { BrowserWindow } from 'electron';
import { dialog } from 'electron';
import type { AudienceState } from '../../../contract';
import { ok } from '../../../domain';
import { EVENTS } from '../../../contract';
import type { MainContext } from '../context';
import { handlerFor } from '../ipc/handle';
import { createAudienceWindow } from './secure-window';
import { watchRenderer } from './renderer-watch';

/**
 * audience:* — the projector window. The facilitator's window publishes what the room may see (confidential
 * fields already removed); main keeps the latest and passes it on. The audience window has no controls.
 */
export function setupAudienceHandlers(context: MainContext): void {
  const { ipcMain, windows } = context;
  const on = handlerFor(ipcMain, windows.allows);
  let audience: BrowserWindow | null = null;
  let latest: AudienceState | null = null;

  on('audience:open', (event) => {
    if (audience && !audience.isDestroyed()) {
      audience.focus();
      return ok(null);
    }
    const opened = createAudienceWindow();
    audience = opened;
    windows.add(opened, 'audience');
    watchRenderer(opened, { windows, dialog, holdsWork: false });
    opened.on('closed', () => {
      if (audience === opened) audience = null;
    });
    // The projector's window goes when the facilitator's does: it has nothing of its own to show.
    windows.windowOf(event.sender)?.once('closed', () => {
      if (!opened.isDestroyed()) opened.close();
    });
    return ok(null);
  });

  // Only the facilitator's window speaks for the room: the audience window may not call this (AUDIENCE_CHANNELS).
  on('audience:publish', (_event, state) => {
    latest = state;
    if (audience && !audience.isDestroyed()) audience.webContents.send(EVENTS.audienceState, state);
    return ok(null);
  });

  on('audience:current', () => ok(latest));
}
