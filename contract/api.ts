import type { Result } from '../domain';
import type {
  AudienceState,
  Channel,
  ChannelRequest,
  ChannelResponse,
  EditedState,
  OpenedBoard,
  PictureSubject,
} from './channels';
import type { ExportProgress, ImportProgress, MenuCommand } from './events';

type Call<C extends Channel> = Promise<Result<ChannelResponse<C>>>;
export type Unsubscribe = () => void;

/** `window.scaleboard`: one named method per capability; declared here once, implemented by the preload. */
export interface ScaleboardApi {
  app: { startup(): Call<'app:startup'> };
  board: {
    open(): Call<'board:open'>;
    openRecent(recentId: string): Call<'board:open-recent'>;
    /** Asks for another board file and reads it, to compare with; null when the user cancels. */
    readOther(): Call<'board:read-other'>;
    /** Asks for board files to combine (several may be chosen) and reads each; null when the user cancels. */
    readToCombine(): Call<'board:read-to-combine'>;
    save(handle: string, document: ChannelRequest<'board:save'>[1]): Call<'board:save'>;
    saveAs(document: ChannelRequest<'board:save-as'>[0], handle: string | null): Call<'board:save-as'>;
    revert(handle: string): Call<'board:revert'>;
    release(handle: string): Call<'board:release'>;
  };
  combine: {
    /** Puts the combine report's text on the clipboard. */
    copyReport(text: string): Call<'combine:copy-report'>;
    /** Asks where, and saves the combine report's text there; null when the user cancels. */
    saveReport(boardTitle: string, text: string): Call<'combine:save-report'>;
  };
  recent: { list(): Call<'recent:list'> };
  recovery: {
    write(document: ChannelRequest<'recovery:write'>[0], handle: string | null): Call<'recovery:write'>;
    /**
     * Drops the board's current copy: it is back at its saved version, or (`declined`) the user declined its
     * changes, which declines the offered copies restored into it too.
     */
    discard(boardId: string, declined: boolean): Call<'recovery:discard'>;
    /** Restores an offered copy by its id; it stays until that board is saved. */
    restore(recoveryId: string): Call<'recovery:restore'>;
    /** The user declined an offered copy: it goes. */
    decline(recoveryId: string): Call<'recovery:decline'>;
  };
  window: {
    setEdited(state: EditedState): Call<'window:set-edited'>;
    confirmDiscard(boardTitle: string): Call<'window:confirm-discard'>;
    closeAfterSave(): Call<'window:close-after-save'>;
  };
  spreadsheet: {
    open(stages: ChannelRequest<'spreadsheet:open'>[0]): Call<'spreadsheet:open'>;
    inspect(token: string, choices: ChannelRequest<'spreadsheet:inspect'>[1]): Call<'spreadsheet:inspect'>;
    preview(token: string, choices: ChannelRequest<'spreadsheet:preview'>[1]): Call<'spreadsheet:preview'>;
    build(token: string, choices: ChannelRequest<'spreadsheet:build'>[1]): Call<'spreadsheet:build'>;
    close(token: string): Call<'spreadsheet:close'>;
  };
  export: {
    xlsx(document: ChannelRequest<'export:xlsx'>[0]): Call<'export:xlsx'>;
    csv(document: ChannelRequest<'export:csv'>[0]): Call<'export:csv'>;
    actionsCsv(document: ChannelRequest<'export:actions-csv'>[0]): Call<'export:actions-csv'>;
    pdf(boardTitle: string): Call<'export:pdf'>;
    /** The window, showing the leaders' brief, prints itself on A4 portrait pages. */
    briefPdf(boardTitle: string): Call<'export:brief-pdf'>;
    png(boardTitle: string, base64: string, subject?: PictureSubject): Call<'export:png'>;
    /** The value × readiness matrix, as SVG text the window drew. */
    matrixSvg(boardTitle: string, svg: string): Call<'export:matrix-svg'>;
  };
  audience: {
    open(): Call<'audience:open'>;
    publish(state: AudienceState | null): Call<'audience:publish'>;
    current(): Call<'audience:current'>;
  };
  on: {
    /** Null when the facilitator closed the board. */
    audienceState(listener: (state: AudienceState | null) => void): Unsubscribe;
    menuCommand(listener: (command: MenuCommand) => void): Unsubscribe;
    boardOpened(listener: (board: OpenedBoard) => void): Unsubscribe;
    importProgress(listener: (progress: ImportProgress) => void): Unsubscribe;
    exportProgress(listener: (progress: ExportProgress) => void): Unsubscribe;
  };
}
