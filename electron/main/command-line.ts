/**
 * What the app takes from its command line (its own arguments, after the executable): board files to open, and
 * the folder to keep its settings in.
 */
import path from 'node:path';
import { hasBoardExtension } from '../../domain';

/** Board files named on a command line; switches (Chromium's among them) are never taken for files. */
export function boardPathsIn(args: string[]): string[] {
  return args.filter((arg) => !arg.startsWith('-') && hasBoardExtension(arg));
}

const USER_DATA_SWITCH = '--user-data-dir=';

/**
 * `--user-data-dir=FOLDER` (as VS Code takes it): settings, recent files and recovery copies kept in FOLDER instead
 * of the user's own, for a second profile on one machine or a test that must not touch the user's data. Read as
 * Chromium reads its switches: the last one counts, and nothing after `--` is a switch.
 */
export function userDataDirIn(args: string[]): string | undefined {
  const end = args.indexOf('--');
  const switches = end === -1 ? args : args.slice(0, end);
  const value = switches.findLast((arg) => arg.startsWith(USER_DATA_SWITCH))?.slice(USER_DATA_SWITCH.length);
  return value ? path.resolve(value) : undefined;
}
