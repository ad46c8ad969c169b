import type { z } from 'zod';
import type { BoardDocument } from './board-schema';
import { CURRENT_SCHEMA_VERSION } from './board-schema';
import { validateBoard } from './board-fast-path';
import type { Result } from './result';
import { err, ok } from './result';

/** Upgrades a parsed document of schema version N to version N + 1. */
export type Migration = (document: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations keyed by the version they upgrade from; the next schema change adds `3: (doc) => …` here and raises
 * CURRENT_SCHEMA_VERSION.
 */
export const MIGRATIONS: Readonly<Record<number, Migration>> = {
  // Schema 2 lets a card's stage date be unknown and a board name its locale. Every version-1 board is already a
  // valid version-2 board, so it opens unchanged: its dates were all given, and it has no locale (the system's).
  1: (document) => document,
  // Schema 3 adds actions, a log of readiness changes and the snapshot Start workshop keeps. A version-2 board had
  // none of them: it gets empty lists and no snapshot, and everything else is as it was.
  2: (document) => ({ ...document, actions: [], readinessLog: [] }),
  // Schema 4 adds each card's regulatory classification and minimum practices, the regimes a board uses, and two
  // gate criteria. All are optional or new kinds: a version-3 board is a valid version-4 board as it stands, with
  // nothing assessed and its gates as they were.
  3: (document) => document,
};

/**
 * The largest board file Scaleboard opens. Far above any real board (a 20,000-card board is about 30 MB); guards
 * against opening the wrong file. A board made here (a combined one) is held to it too, or it could be saved and
 * never opened again.
 */
export const MAX_BOARD_FILE_BYTES = 256 * 1024 * 1024;

/** The bytes `text` takes as UTF-8, counted without encoding it (a board's text may be hundreds of megabytes). */
export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i += 1) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        // A surrogate pair is one character of four bytes.
        bytes += 4;
        i += 1;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

export interface ParseOptions {
  migrations?: Readonly<Record<number, Migration>>;
  currentVersion?: number;
}

/**
 * Reads the text of a `.scaleboard` file into a valid board. Older schema versions are migrated; a newer
 * version, broken JSON or a document that fails the schema is refused with a message that names the problem.
 */
export function parseBoardFile(text: string, options: ParseOptions = {}): Result<BoardDocument> {
  const migrations = options.migrations ?? MIGRATIONS;
  const currentVersion = options.currentVersion ?? CURRENT_SCHEMA_VERSION;
  if (!/\S/.test(text)) return err('empty-file', 'The file is empty: it holds no board.');

  let raw: unknown;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  try {
    raw = JSON.parse(body);
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    // A parse that fails at the very end of the text means the text stops early: the file was cut off.
    const position = /position (\d+)/.exec(detail)?.[1];
    const truncated =
      /end of (JSON )?input|Unterminated string/i.test(detail) ||
      (position !== undefined && Number(position) >= body.trimEnd().length);
    return err(
      truncated ? 'truncated-file' : 'invalid-json',
      truncated
        ? `The file ends part-way through the board: it looks truncated (${detail}).`
        : `The file is not a Scaleboard board: it is not valid JSON (${detail}).`,
    );
  }
  if (!isRecord(raw) || raw.format !== 'scaleboard') {
    return err('not-a-board', 'The file is JSON but not a Scaleboard board (it has no "format": "scaleboard").');
  }
  const version = raw.schemaVersion;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return err(
      'unknown-version',
      `The board's schema version (${JSON.stringify(version)}) is not one Scaleboard knows.`,
    );
  }
  if (version > currentVersion) {
    return err(
      'newer-version',
      `This file was saved by a newer version of Scaleboard (schema ${version}); this version reads up to ${currentVersion}. Update Scaleboard to open it.`,
    );
  }

  let document: Record<string, unknown> = raw;
  for (let from = version; from < currentVersion; from += 1) {
    const migrate = migrations[from];
    if (!migrate) return err('unknown-version', `There is no upgrade from schema ${from} to ${from + 1}.`);
    document = { ...migrate(document), schemaVersion: from + 1 };
  }

  const parsed = validateBoard(document);
  if (!parsed.success) return err('invalid-board', `The board is damaged: ${describeIssues(parsed.error)}`);
  return ok(parsed.data);
}

/**
 * The text written to disk: compact JSON with a final newline. Indenting every nested field would cost a third
 * more time and space on a 20,000-card board (see `npm run bench`), and nobody reads the file by eye.
 */
export function serializeBoard(board: BoardDocument): string {
  return `${JSON.stringify(board)}\n`;
}

/** The first few schema problems as one readable sentence, e.g. `initiatives[3].title: an initiative needs a title`. */
export function describeIssues(error: z.ZodError, limit = 3): string {
  const parts = error.issues.slice(0, limit).map((issue) => {
    const path = issue.path
      .map((key, index) => (typeof key === 'number' ? `[${key}]` : `${index === 0 ? '' : '.'}${String(key)}`))
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
  const more = error.issues.length - parts.length;
  return parts.join('; ') + (more > 0 ? ` (and ${more} more)` : '') + '.';
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
