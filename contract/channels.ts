/**
 * The one contract between the window and the Node side (DESIGN.md §4): every channel, named
 * `capability:verb`, with the schema of its arguments and of its result. Main's handlers and the preload are
 * both typed from this module.
 *
 * Both directions are parsed in main, at the one gate every channel passes (electron/main/ipc/handle.ts): the
 * request, because the window is not trusted; the response, so that only what the contract declares crosses to the
 * window, and a reply main got wrong is refused there, named by its channel, rather than found later as a blank
 * screen. The window does not parse again what main already checked. Boards from the window are checked by
 * `boardPayloadSchema`, whose fast path keeps a 20,000-card board to a fraction of a second; a board in a reply is
 * one main read through the full schema, and is not checked again.
 */
import { z } from 'zod';
import {
  AUDIENCE_CHANGE_LINES,
  AUDIENCE_VIEWS,
  foundationIdSchema,
  GOVERNANCE_FILTERS,
  IMPORT_FIELDS,
  MATRIX_READINESS,
  MATRIX_SIZES,
  initiativeSourceSchema,
  regimeSchema,
  riskTierSchema,
  stageConfigSchema,
  SWIMLANES,
  stageIdSchema,
  STAGE_IDS,
  validateBoard,
  boardIdSchema,
} from '../domain';
import type { BoardDocument, ImportChoices, ImportedCard } from '../domain';

/** An opaque reference to a file main opened; the renderer never holds a path it could send back. */
export const handleSchema = z.string().regex(/^h[0-9]{1,12}$/, 'not a file handle');
/**
 * A board's id as the window sends it: the model's rule, and never anything path-like, as no argument from the
 * window ever is. Replies use the model's rule alone: main lists recovery copies of any board the model accepts.
 */
const boardIdFromWindowSchema = boardIdSchema
  // eslint-disable-next-line no-control-regex -- refusing control characters is the point
  .regex(/^[^/\\\u0000-\u001f]+$/, 'not a board id');

/**
 * A whole board in a message from the window: the fast check for a board already in the schema's form (every
 * board the app itself sends), else the full schema, which normalises or refuses it. A 20,000-card save is then
 * checked in milliseconds rather than a large part of a second.
 */
const boardPayloadSchema = z.unknown().transform((value, ctx): BoardDocument => {
  const checked = validateBoard(value);
  if (checked.success) return checked.data;
  for (const issue of checked.error.issues) ctx.addIssue({ code: 'custom', message: issue.message, path: issue.path });
  return z.NEVER;
});

/**
 * A board in a reply: main read it through the full schema when it opened the file or the recovery copy, so the
 * reply does not check it again (on a 20,000-card board that would be a quarter of a second per open).
 */
const boardReplySchema = z.custom<BoardDocument>();

export const openedBoardSchema = z.object({
  handle: handleSchema,
  fileName: z.string(),
  folder: z.string(),
  document: boardReplySchema,
  /** The file was damaged, and the user opened its backup or a recovery copy instead: the board is unsaved. */
  restoredFrom: z.enum(['backup', 'recovery']).optional(),
});
/**
 * Another board, read to compare this one with (File › Compare with…): its document and its file's name, and no
 * handle, as the window never saves it or reads it again.
 */
export const otherBoardSchema = z.object({ fileName: z.string(), document: boardReplySchema });
/** The most board files File › Combine Boards… reads at once: each is held in memory while they are combined. */
export const COMBINE_MAX_BOARDS = 50;
/** The longest combine report the window hands main to copy or save: some 400,000 conflicts' lines. */
export const COMBINE_REPORT_MAX_CHARS = 64 * 1024 * 1024;
/** A combine report as text (describe-combine.ts): text, so never a NUL character. */
const combineReportTextSchema = z
  .string()
  .max(COMBINE_REPORT_MAX_CHARS)
  .refine((text) => !text.includes('\u0000'), 'a report is text, without NUL characters');
export const savedBoardSchema = z.object({ handle: handleSchema, fileName: z.string(), folder: z.string() });
/**
 * What a Save came to. The file may have changed on disk since it was read; main then asks the user, who may
 * overwrite it, save a copy (the saved board is then the copy), open the version on disk instead (`theirs`, the
 * user's version kept as a recovery copy), or cancel (null).
 */
export const saveOutcomeSchema = z.union([savedBoardSchema, z.object({ theirs: openedBoardSchema })]).nullable();
export const recentEntrySchema = z.object({
  id: z.string(),
  title: z.string(),
  fileName: z.string(),
  folder: z.string(),
  openedAt: z.string(),
  exists: z.boolean(),
});
/** A recovery copy offered back, by an id of its own: one board may have several (RecoveryStore). */
const recoveryIdSchema = z.string().regex(/^[0-9a-f]{32}$/, 'not a recovery copy');
export const recoveryEntrySchema = z.object({
  id: recoveryIdSchema,
  boardId: boardIdSchema,
  title: z.string(),
  fileName: z.string().nullable(),
  savedAt: z.string(),
  /** Unsaved work a crash left, or the user's version set aside when they opened the one on disk instead. */
  reason: z.enum(['unsaved', 'replaced']),
});
export const restoredBoardSchema = z.object({
  handle: handleSchema.nullable(),
  fileName: z.string().nullable(),
  folder: z.string().nullable(),
  savedAt: z.string(),
  document: boardReplySchema,
});
export const startupSchema = z.object({
  opened: openedBoardSchema.nullable(),
  recoveries: z.array(recoveryEntrySchema),
  /** Something to tell the facilitator at once: that the window's page stopped and was reloaded. */
  notice: z.string().nullable(),
});
export const closeChoiceSchema = z.enum(['save', 'discard', 'cancel']);
export const editedStateSchema = z.object({
  edited: z.boolean(),
  /** The file the window's board belongs to: a page that crashes comes back to it. */
  handle: handleSchema.nullable(),
  boardId: boardIdFromWindowSchema.nullable(),
  boardTitle: z.string().max(400),
  windowTitle: z.string().max(400),
});

const importFieldSchema = z.enum(IMPORT_FIELDS);
const tokenSchema = z.string().regex(/^s[0-9]{1,12}$/, 'not an import session');

/** A schema for each of domain's ImportChoices that the window may send: all but the command line's `map`. */
type ImportChoicesShape = { [K in Exclude<keyof ImportChoices, 'map'>]-?: z.ZodType<ImportChoices[K]> };

/**
 * What the import dialog chose: everything the importer needs besides the file. domain's ImportChoices is the
 * source of truth, as the importer that reads the choices is there and the command line makes them too; this
 * schema only bounds each one, and a choice added to or taken from one side and not the other fails to compile.
 */
export const importChoicesSchema = z.object({
  sheet: z.string().max(400).optional(),
  headerRow: z.number().int().min(0).max(1_000_000).optional(),
  mapping: z.partialRecord(importFieldSchema, z.number().int().min(0).max(20_000)).optional(),
  ignoredColumns: z.array(z.number().int().min(0).max(20_000)).max(20_000).optional(),
  stageMap: z.record(z.string().max(2000), stageIdSchema).optional(),
  blankStage: stageIdSchema.optional(),
  stages: z.array(stageConfigSchema).max(5).optional(),
} satisfies ImportChoicesShape);

const cellTextSchema = z.string();
const rowProblemSchema = z.object({
  row: z.number(),
  column: z.string().optional(),
  message: z.string(),
  skipped: z.boolean(),
});
const stageCountsSchema = z.record(stageIdSchema, z.number());

const stageValueSchema = z.object({
  value: z.string(),
  key: z.string(),
  count: z.number(),
  suggested: stageIdSchema.nullable(),
});

export const importInspectionSchema = z.object({
  token: tokenSchema,
  fileName: z.string(),
  sheets: z.array(z.object({ name: z.string(), hidden: z.boolean(), rows: z.number(), columns: z.number() })),
  sheet: z.string(),
  headerRow: z.number(),
  headers: z.array(z.string()),
  signature: z.string(),
  mapping: z.partialRecord(importFieldSchema, z.number()),
  stageValues: z.array(stageValueSchema),
  dataRows: z.number(),
  /** A few values of each column under the header, to recognise it by. */
  samples: z.array(z.array(cellTextSchema)),
});

export const importPreviewSchema = z.object({
  rows: z.number(),
  /** The distinct values of the stage column as now chosen, with suggestions. */
  stageValues: z.array(stageValueSchema),
  stages: stageCountsSchema,
  blankStage: z.number(),
  problems: z.array(rowProblemSchema),
  /** The first cards as they will appear. */
  cards: z.array(
    z.object({
      row: z.number(),
      title: z.string(),
      stage: stageIdSchema,
      owner: z.string().optional(),
      businessUnit: z.string().optional(),
    }),
  ),
  error: z.string().nullable(),
});

/** A fully read import, ready to apply to the board (the shape of domain's BuiltImport). */
export const builtImportSchema = z.object({
  // Main builds these cards itself, so their type is carried without a second validation.
  cards: z.array(z.custom<ImportedCard>()),
  problems: z.array(rowProblemSchema),
  rows: z.number(),
  headerRow: z.number(),
  customFields: z.array(z.object({ key: z.string(), label: z.string(), column: z.string() })),
  stages: stageCountsSchema,
  blankStage: z.number(),
  regimes: z.array(regimeSchema),
});

export const exportResultSchema = z.object({ fileName: z.string(), folder: z.string() }).nullable();

const filtersSchema = z.object({
  search: z.string().max(500),
  businessUnits: z.array(z.string().max(500)).max(1000),
  sources: z.array(initiativeSourceSchema).max(10),
  riskTiers: z.array(riskTierSchema).max(10),
  governance: z.array(z.enum(GOVERNANCE_FILTERS)).max(GOVERNANCE_FILTERS.length),
  tags: z.array(z.string().max(500)).max(1000),
  below: z.object({ foundation: foundationIdSchema, level: z.number().int().min(0).max(4) }).nullable(),
  overdueOn: z.iso.date().nullable(),
});

/** The Changes view's lines, worked out by the facilitator's window (domain/audience-changes.ts says why). */
const audienceChangesSchema = z.object({
  title: z.string().max(400),
  figures: z
    .array(
      z.object({
        key: z.enum(['initiatives', ...STAGE_IDS, 'pilots-per-production', 'conversion', 'stalled-pilots']),
        label: z.string().max(100),
        then: z.string().max(100),
        now: z.string().max(100),
      }),
    )
    .max(20),
  sections: z
    .array(
      z.object({
        heading: z.string().max(100),
        lines: z.array(z.string().max(2000)).max(AUDIENCE_CHANGE_LINES),
        leftOut: z.number().int().min(0).optional(),
      }),
    )
    .max(20),
});

/** What an exported image is of: the board's columns, or the value × readiness matrix. */
export const PICTURE_SUBJECTS = ['board', 'matrix'] as const;
export type PictureSubject = (typeof PICTURE_SUBJECTS)[number];
/** An exported matrix SVG, at most: 20,000 bubbles of about 150 characters each, with room for the rest. */
export const MATRIX_SVG_MAX_CHARS = 8 * 1024 * 1024;

/** What the audience window shows: the board without confidential fields, and the room's view of it. */
export const audienceStateSchema = z.object({
  board: boardPayloadSchema,
  focusId: z.string().max(100).nullable(),
  timer: z.object({ durationMs: z.number().min(0), endsAt: z.number().nullable(), remainingMs: z.number().min(0) }),
  votesHidden: z.boolean(),
  filters: filtersSchema,
  swimlanes: z.enum(SWIMLANES),
  /** What the facilitator presents to the room: the board, the matrix, the metrics, the decision log or the changes. */
  presenting: z.enum(AUDIENCE_VIEWS),
  /** How the matrix reads readiness and sizes its bubbles, as the facilitator's matrix does. */
  matrixView: z.object({ readiness: z.enum(MATRIX_READINESS), size: z.enum(MATRIX_SIZES) }),
  /** While the changes are presented, what they are; null otherwise, so that no other view carries them. */
  changes: audienceChangesSchema.nullable(),
});

export const CHANNELS = {
  'app:startup': { request: z.tuple([]), response: startupSchema },
  'board:open': { request: z.tuple([]), response: openedBoardSchema.nullable() },
  'board:open-recent': { request: z.tuple([z.string().max(100)]), response: openedBoardSchema.nullable() },
  'board:read-other': { request: z.tuple([]), response: otherBoardSchema.nullable() },
  // Boards to combine (File › Combine Boards…), read as board:read-other reads one: no handle, never saved.
  'board:read-to-combine': {
    request: z.tuple([]),
    response: z.array(otherBoardSchema).min(1).max(COMBINE_MAX_BOARDS).nullable(),
  },
  // The report of File › Combine Boards…, as text: to the clipboard, or to a text file the user chooses.
  'combine:copy-report': { request: z.tuple([combineReportTextSchema]), response: z.null() },
  'combine:save-report': {
    request: z.tuple([z.string().max(200), combineReportTextSchema]),
    response: exportResultSchema,
  },
  'board:save': { request: z.tuple([handleSchema, boardPayloadSchema]), response: saveOutcomeSchema },
  'board:save-as': {
    request: z.tuple([boardPayloadSchema, handleSchema.nullable()]),
    response: savedBoardSchema.nullable(),
  },
  'board:revert': { request: z.tuple([handleSchema]), response: openedBoardSchema },
  'board:release': { request: z.tuple([handleSchema]), response: z.null() },
  'recent:list': { request: z.tuple([]), response: z.array(recentEntrySchema) },
  'recovery:write': { request: z.tuple([boardPayloadSchema, handleSchema.nullable()]), response: z.null() },
  'recovery:discard': { request: z.tuple([boardIdFromWindowSchema, z.boolean()]), response: z.null() },
  'recovery:restore': { request: z.tuple([recoveryIdSchema]), response: restoredBoardSchema },
  'recovery:decline': { request: z.tuple([recoveryIdSchema]), response: z.null() },
  'window:set-edited': { request: z.tuple([editedStateSchema]), response: z.null() },
  'window:confirm-discard': { request: z.tuple([z.string().max(400)]), response: closeChoiceSchema },
  'window:close-after-save': { request: z.tuple([]), response: z.null() },
  'spreadsheet:open': {
    request: z.tuple([z.array(stageConfigSchema).max(5)]),
    response: importInspectionSchema.nullable(),
  },
  'spreadsheet:inspect': { request: z.tuple([tokenSchema, importChoicesSchema]), response: importInspectionSchema },
  'spreadsheet:preview': { request: z.tuple([tokenSchema, importChoicesSchema]), response: importPreviewSchema },
  'spreadsheet:build': { request: z.tuple([tokenSchema, importChoicesSchema]), response: builtImportSchema },
  'spreadsheet:close': { request: z.tuple([tokenSchema]), response: z.null() },
  'audience:open': { request: z.tuple([]), response: z.null() },
  // Null when the facilitator closes the board: the projector clears.
  'audience:publish': { request: z.tuple([audienceStateSchema.nullable()]), response: z.null() },
  // Main hands back what the window published, which it checked then.
  'audience:current': {
    request: z.tuple([]),
    response: audienceStateSchema.extend({ board: boardReplySchema }).nullable(),
  },
  'export:xlsx': { request: z.tuple([boardPayloadSchema]), response: exportResultSchema },
  'export:csv': { request: z.tuple([boardPayloadSchema]), response: exportResultSchema },
  'export:actions-csv': { request: z.tuple([boardPayloadSchema]), response: exportResultSchema },
  'export:pdf': { request: z.tuple([z.string().max(200)]), response: exportResultSchema },
  // A channel of its own rather than an argument to export:pdf: another page setup (A4 portrait), another file
  // name and no shrinking to one page, so neither handler branches on what the window happens to show.
  'export:brief-pdf': { request: z.tuple([z.string().max(200)]), response: exportResultSchema },
  'export:png': {
    request: z.tuple([
      z.string().max(200),
      z
        .string()
        .max(80 * 1024 * 1024)
        .regex(/^[A-Za-z0-9+/]*={0,2}$/, 'not base64'),
      // What the image is of, for its file name: the board ("Q4.png") or its matrix ("Q4 matrix.png").
      z.enum(PICTURE_SUBJECTS).optional(),
    ]),
    response: exportResultSchema,
  },
  // The value × readiness matrix as an SVG document, which the window draws (matrix-svg.ts) and main only saves.
  'export:matrix-svg': {
    request: z.tuple([
      z.string().max(200),
      z
        .string()
        .max(MATRIX_SVG_MAX_CHARS)
        .refine((text) => /^<svg[\s>]/.test(text), 'not an SVG document (it must start with <svg)'),
    ]),
    response: exportResultSchema,
  },
} as const;

export type Channel = keyof typeof CHANNELS;

/** What the projector's read-only window may call; main refuses it every other channel, by sender. */
export const AUDIENCE_CHANNELS = ['audience:current'] as const satisfies readonly Channel[];

export type ChannelRequest<C extends Channel> = z.infer<(typeof CHANNELS)[C]['request']>;
export type ChannelResponse<C extends Channel> = z.infer<(typeof CHANNELS)[C]['response']>;

export type OpenedBoard = z.infer<typeof openedBoardSchema>;
export type OtherBoard = z.infer<typeof otherBoardSchema>;
export type SavedBoard = z.infer<typeof savedBoardSchema>;
export type RecentEntry = z.infer<typeof recentEntrySchema>;
export type RecoveryEntry = z.infer<typeof recoveryEntrySchema>;
export type RestoredBoard = z.infer<typeof restoredBoardSchema>;
export type Startup = z.infer<typeof startupSchema>;
export type CloseChoice = z.infer<typeof closeChoiceSchema>;
export type EditedState = z.infer<typeof editedStateSchema>;
export type ImportInspection = z.infer<typeof importInspectionSchema>;
export type ImportPreview = z.infer<typeof importPreviewSchema>;
export type ExportResult = z.infer<typeof exportResultSchema>;
export type AudienceState = z.infer<typeof audienceStateSchema>;
