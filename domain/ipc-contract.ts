/**
 * The one contract between the window and the Node side (DESIGN.md §4): every channel, named
 * `capability:verb`, with the schema of its arguments and of its result. Main's handlers and the preload are
 * both typed from this module, and main parses every request with it before a handler runs.
 */
import { z } from 'zod';
import { boardDocumentSchema } from './board-schema';
import type { Result } from './result';

/** An opaque reference to a file main opened; the renderer never holds a path it could send back. */
export const handleSchema = z.string().regex(/^h[0-9]{1,12}$/, 'not a file handle');
const boardIdSchema = z.string().min(1).max(100);

export const openedBoardSchema = z.object({
  handle: handleSchema,
  fileName: z.string(),
  folder: z.string(),
  document: boardDocumentSchema,
});
export const savedBoardSchema = z.object({ handle: handleSchema, fileName: z.string(), folder: z.string() });
export const recentEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  folder: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
export const recoveryEntrySchema = z.object({
  boardId: boardIdSchema,
  title: z.string(),
  fileName: z.string().nullable(),
  savedAt: z.string(),
});
export const restoredBoardSchema = z.object({
  handle: handleSchema.nullable(),
  fileName: z.string().nullable(),
  folder: z.string().nullable(),
  savedAt: z.string(),
  document: boardDocumentSchema,
});
export const startupSchema = z.object({
  opened: openedBoardSchema.nullable(),
  recoveries: z.array(recoveryEntrySchema),
});
export const closeChoiceSchema = z.enum(['save', 'discard', 'cancel']);
export const editedStateSchema = z.object({
  edited: z.boolean(),
  boardId: boardIdSchema.nullable(),
  boardTitle: z.string().max(400),
  windowTitle: z.string().max(400),
});

export const CHANNELS = {
  'app:startup': { request: z.tuple([]), response: startupSchema },
  'board:open': { request: z.tuple([]), response: openedBoardSchema.nullable() },
  'board:open-recent': { request: z.tuple([z.string().max(100)]), response: openedBoardSchema },
  'board:save': { request: z.tuple([handleSchema, boardDocumentSchema]), response: savedBoardSchema },
  'board:save-as': {
    request: z.tuple([boardDocumentSchema, handleSchema.nullable()]),
    response: savedBoardSchema.nullable(),
  },
  'board:revert': { request: z.tuple([handleSchema]), response: openedBoardSchema },
  'board:release': { request: z.tuple([handleSchema]), response: z.null() },
  'recent:list': { request: z.tuple([]), response: z.array(recentEntrySchema) },
  'recovery:write': { request: z.tuple([boardDocumentSchema, handleSchema.nullable()]), response: z.null() },
  'recovery:discard': { request: z.tuple([boardIdSchema]), response: z.null() },
  'recovery:restore': { request: z.tuple([boardIdSchema]), response: restoredBoardSchema },
  'window:set-edited': { request: z.tuple([editedStateSchema]), response: z.null() },
  'window:confirm-discard': { request: z.tuple([z.string().max(400)]), response: closeChoiceSchema },
  'window:close-after-save': { request: z.tuple([]), response: z.null() },
} as const;

export type Channel = keyof typeof CHANNELS;
export type ChannelRequest<C extends Channel> = z.infer<(typeof CHANNELS)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.infer<(typeof CHANNELS)[C]['response']>;

/** Commands main sends to the window, from the app menu or the close prompt. */
export const MENU_COMMANDS = [
  'new',
  'open',
  'open-recent',
  'open-example',
  'save',
  'save-as',
  'revert',
  'close',
  'undo',
  'redo',
  'save-then-close',
] as const;
export type MenuCommandName = (typeof MENU_COMMANDS)[number];
export interface MenuCommand {
  command: MenuCommandName;
  /** For `open-recent`: which entry of the recent list. */
  recentId?: string;
}

/** Events main pushes to the window, with the shape of their payload. */
export const EVENTS = {
  menuCommand: 'menu:command',
  boardOpened: 'board:opened',
} as const;

export type OpenedBoard = z.infer<typeof openedBoardSchema>;
export type SavedBoard = z.infer<typeof savedBoardSchema>;
export type RecentEntry = z.infer<typeof recentEntrySchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type RestoredBoard = z.infer<typeof restoredBoardSchema>;
export type Startup = z.infer<typeof startupSchema>;
export type CloseChoice = z.infer<typeof closeChoiceSchema>;
export type EditedState = z.infer<typeof editedStateSchema>;

type Call<C extends Channel> = Promise<Result<ChannelResponse<C>>>;
export type Unsubscribe = () => void;

/** `window.scaleboard`: one named method per capability; declared here once, implemented by the preload. */
export interface ScaleboardApi {
  app: { startup(): Call<'app:startup'> };
  board: {
    open(): Call<'board:open'>;
    openRecent(recentId: string): Call<'board:open-recent'>;
    save(handle: string, document: ChannelRequest<'board:save'>[1]): Call<'board:save'>;
    saveAs(document: ChannelRequest<'board:save-as'>[0], handle: string | null): Call<'board:save-as'>;
    revert(handle: string): Call<'board:revert'>;
    release(handle: string): Call<'board:release'>;
  };
  recent: { list(): Call<'recent:list'> };
  recovery: {
    write(document: ChannelRequest<'recovery:write'>[0], handle: string | null): Call<'recovery:write'>;
    discard(boardId: string): Call<'recovery:discard'>;
    restore(boardId: string): Call<'recovery:restore'>;
  };
  window: {
    setEdited(state: EditedState): Call<'window:set-edited'>;
    confirmDiscard(boardTitle: string): Call<'window:confirm-discard'>;
    closeAfterSave(): Call<'window:close-after-save'>;
  };
  on: {
    menuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
    boardOpened(listener: (board: OpenedBoard) => void): Unsubscribe;
  };
}
