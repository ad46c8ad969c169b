/**
 * What the app calls the files it writes, and how its messages say a file's size: the same words whichever process
 * or tool writes the file or refuses it.
 */

/** A board file's extension, with its dot; electron-builder.yml's file association names the same one. */
export const BOARD_EXTENSION = '.scaleboard';

/** True when a name ends in the board extension, in any case: Q4.SCALEBOARD is a board too. */
export function hasBoardExtension(fileName: string): boolean {
  return fileName.toLowerCase().endsWith(BOARD_EXTENSION);
}

/** A file name from a board title, without characters any platform forbids. */
export function fileNameFor(title: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*\p{Cc}]/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 80);
  return cleaned || 'Untitled board';
}

/**
 * A size as a message says it: whole MiB only when exact, so a file one byte over a limit never reads as the
 * limit itself ("100.0 MiB; … up to 100 MiB"); below one MiB, whole KiB rounded up.
 */
export function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024
    ? `${(bytes / 1024 / 1024).toFixed(bytes % (1024 * 1024) ? 1 : 0)} MiB`
    : `${Math.ceil(bytes / 1024)} KiB`;
}
