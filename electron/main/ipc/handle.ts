import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import type { Result } from '../../../domain';
import { describeIssues, err, ok } from '../../../domain';
import type { Channel, ChannelRequest, ChannelResponse } from '../../../contract';
import { CHANNELS } from '../../../contract';

export type Handler<C extends Channel> = (
  event: IpcMainInvokeEvent,
  ...args: ChannelRequest<C>
) => Promise<Result<ChannelResponse<C>>> | Result<ChannelResponse<C>>;

/** Decides whether an IPC message comes from one of the app's own windows, from its main frame, and whether
 * that window may use the channel. */
export type SenderCheck = (event: IpcMainInvokeEvent, channel: Channel) => boolean;

/**
 * Registers a handler behind the one gate every channel passes: the sender must be an app window, the
 * arguments must parse with the channel's schema, the reply must parse with its response schema, and the
 * answer is always a result value. Only an error's
 * message survives `invoke`, so handlers never throw across the boundary.
 */
export function handle<C extends Channel>(
  ipcMain: Pick<IpcMain, 'handle'>,
  senderAllowed: SenderCheck,
  channel: C,
  handler: Handler<C>,
): void {
  ipcMain.handle(channel, async (event: IpcMainInvokeEvent, ...args: unknown[]) => {
    if (!senderAllowed(event, channel)) {
      return err(
        'forbidden-sender',
        `Refused ${channel}: the request did not come from a Scaleboard window that may make it.`,
      );
    }
    const parsed = CHANNELS[channel].request.safeParse(args);
    if (!parsed.success) {
      return err('invalid-request', `Refused ${channel}: ${describeIssues(parsed.error)}`);
    }
    try {
      const result = await handler(event, ...(parsed.data as ChannelRequest<C>));
      if (!result.ok) return result;
      const reply = CHANNELS[channel].response.safeParse(result.value);
      if (!reply.success) throw new Error(`its reply broke the contract: ${describeIssues(reply.error)}`);
      return ok(reply.data as ChannelResponse<C>);
    } catch (error) {
      console.error(`[scaleboard] ${channel} failed`, error);
      const message = error instanceof Error ? error.message : String(error);
      // Only a bug gets here. The channel is in the log above; the facilitator hears what to do.
      return err(
        'internal-error',
        `Something went wrong in Scaleboard (${message}). The board on screen is unchanged; try again, and if it happens again use File › Save As… to keep a copy.`,
      );
    }
  });
}

/** `handle` bound to the app's ipcMain and sender check: what each capability's setup registers its channels with. */
export function handlerFor(ipcMain: Pick<IpcMain, 'handle'>, senderAllowed: SenderCheck) {
  return <C extends Channel>(channel: C, handler: Handler<C>): void => handle(ipcMain, senderAllowed, channel, handler);
}
