/**
 * The bridge between the sandboxed window and main: one object, `window.scaleboard`, with one named method per
 * capability. It never exposes ipcRenderer or a generic invoke, so the page can reach only these channels.
 * Built as CommonJS (index.cjs), which a sandboxed preload requires.
 */
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import type { Result } from '../../domain';
import type {
  AudienceState,
  Channel,
  ChannelRequest,
  ChannelResponse,
  ImportProgress,
  ExportProgress,
  MenuCommand,
  OpenedBoard,
  ScaleboardApi,
} from '../../contract';
// The one value the preload takes from the contract: events.ts imports nothing, so it bundles no zod.
import { EVENTS } from '../../contract/events';

// Only types come from the contract: importing its values would bundle zod into the preload.
function invoke<C extends Channel>(channel: C, ...args: ChannelRequest<C>): Promise<Result<ChannelResponse<C>>> {
  return ipcRenderer.invoke(channel, ...args) as Promise<Result<ChannelResponse<C>>>;
}

function subscribe<T>(channel: (typeof EVENTS)[keyof typeof EVENTS], listener: (payload: T) => void): () => void {
  const wrapped = (_event: IpcRendererEvent, payload: T) => listener(payload);
  ipcRenderer.on(channel, wrapped);
  return () => {
    ipcRenderer.removeListener(channel, wrapped);
  };
}

const api = {
  app: { startup: () => invoke('app:startup') },
  board: {
    open: () => invoke('board:open'),
    openRecent: (recentId) => invoke('board:open-recent', recentId),
    readOther: () => invoke('board:read-other'),
    readToCombine: () => invoke('board:read-to-combine'),
    save: (handle, document) => invoke('board:save', handle, document),
    saveAs: (document, handle) => invoke('board:save-as', document, handle),
    revert: (handle) => invoke('board:revert', handle),
    release: (handle) => invoke('board:release', handle),
  },
  combine: {
    copyReport: (text) => invoke('combine:copy-report', text),
    saveReport: (boardTitle, text) => invoke('combine:save-report', boardTitle, text),
  },
  recent: { list: () => invoke('recent:list') },
  recovery: {
    write: (document, handle) => invoke('recovery:write', document, handle),
    discard: (boardId, declined) => invoke('recovery:discard', boardId, declined),
    restore: (recoveryId) => invoke('recovery:restore', recoveryId),
    decline: (recoveryId) => invoke('recovery:decline', recoveryId),
  },
  window: {
    setEdited: (state) => invoke('window:set-edited', state),
    confirmDiscard: (boardTitle) => invoke('window:confirm-discard', boardTitle),
    closeAfterSave: () => invoke('window:close-after-save'),
  },
  spreadsheet: {
    open: (stages) => invoke('spreadsheet:open', stages),
    inspect: (token, choices) => invoke('spreadsheet:inspect', token, choices),
    preview: (token, choices) => invoke('spreadsheet:preview', token, choices),
    build: (token, choices) => invoke('spreadsheet:build', token, choices),
    close: (token) => invoke('spreadsheet:close', token),
  },
  export: {
    xlsx: (document) => invoke('export:xlsx', document),
    csv: (document) => invoke('export:csv', document),
    actionsCsv: (document) => invoke('export:actions-csv', document),
    pdf: (boardTitle) => invoke('export:pdf', boardTitle),
    briefPdf: (boardTitle) => invoke('export:brief-pdf', boardTitle),
    png: (boardTitle, base64, subject) => invoke('export:png', boardTitle, base64, subject),
    matrixSvg: (boardTitle, svg) => invoke('export:matrix-svg', boardTitle, svg),
  },
  audience: {
    open: () => invoke('audience:open'),
    publish: (state) => invoke('audience:publish', state),
    current: () => invoke('audience:current'),
  },
  on: {
    audienceState: (listener) => subscribe<AudienceState | null>(EVENTS.audienceState, listener),
    menuCommand: (listener) => subscribe<MenuCommand>(EVENTS.menuCommand, listener),
    boardOpened: (listener) => subscribe<OpenedBoard>(EVENTS.boardOpened, listener),
    importProgress: (listener) => subscribe<ImportProgress>(EVENTS.importProgress, listener),
    exportProgress: (listener) => subscribe<ExportProgress>(EVENTS.exportProgress, listener),
  },
} satisfies ScaleboardApi;

contextBridge.exposeInMainWorld('scaleboard', api);
