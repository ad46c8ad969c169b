import type { BrowserWindow } from 'electron';
import type { AudienceState } from '../../../domain';
import { EVENTS, ok } from '../../../domain';
import type { MainContext } from '../context';
import { handle } from '../ipc/handle';
import { createAudienceWindow } from './main-window';

/**
 * audience:* — the projector window. The facilitator's window publishes what the room may see (confidential
 * fields already removed); main keeps the latest and passes it on. The audience window has no controls.
 */
export function setupAudienceHandlers(context: MainContext): void {
  const { ipcMain, windows } = context;
  let audience: BrowserWindow | null = null;
  let latest: AudienceState | null = null;

  handle(ipcMain, windows.isAppSender, 'audience:open', () => {
    if (audience && !audience.isDestroyed()) {
      audience.focus();
      return ok(null);
    }
    audience = createAudienceWindow();
    windows.add(audience);
    audience.on('closed', () => {
      audience = null;
    });
    return ok(null);
  });

  handle(ipcMain, windows.isAppSender, 'audience:publish', (event, state) => {
    // Only the facilitator's window speaks for the room.
    if (audience && event.sender === audience.webContents) return ok(null);
    latest = state;
    if (audience && !audience.isDestroyed()) audience.webContents.send(EVENTS.audienceState, state);
    return ok(null);
  });

  handle(ipcMain, windows.isAppSender, 'audience:current', () => ok(latest));
}
