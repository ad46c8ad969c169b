/**
 * Saves a board over an existing file once, as the app does (open it, then save by the handle), and prints the
 * result and the user it ran as, as JSON. The save-failure tests run it as an unprivileged user or under a
 * file-size limit, which the test process itself cannot drop or set. Arguments: the board file and the file
 * holding the new document's JSON.
 */
import { readFileSync } from 'node:fs';
import type { BoardDocument } from '../../../domain';
import { BoardFileService } from '../../../electron/main/files/board-file-service';

async function main(): Promise<void> {
  const [target, documentJson] = process.argv.slice(2);
  const document = JSON.parse(readFileSync(documentJson!, 'utf8')) as BoardDocument;
  const files = new BoardFileService();
  const opened = await files.open(target!);
  if (!opened.ok) throw new Error(opened.error.message);
  const result = await files.save(opened.value.handle, document);
  process.stdout.write(JSON.stringify({ uid: process.getuid?.() ?? null, result }));
}

void main();
