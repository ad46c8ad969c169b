/**
 * The process the crash-safety test kills: it saves a large board over and over, each time as a new version
 * (its title says which), as the app does: a recovery copy first, then the board file with its .bak. It says
 * "ready" once loaded, then saves until it is killed. Arguments: the board file, the recovery folder, the file
 * holding the board's JSON, and the first version number.
 */
import { readFileSync } from 'node:fs';
import type { BoardDocument } from '../../../domain';
import { BoardFileService } from '../../../electron/main/files/board-file-service';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';

async function main(): Promise<void> {
  const [target, recoveryFolder, boardJson, first] = process.argv.slice(2);
  const board = JSON.parse(readFileSync(boardJson!, 'utf8')) as BoardDocument;
  const files = new BoardFileService();
  const recovery = new RecoveryStore(recoveryFolder!);
  process.stdout.write('ready\n');
  for (let version = Number(first); ; version += 1) {
    const document = { ...board, title: `Version ${version}` };
    await recovery.write(document, target!);
    const saved = await files.saveAs(target!, document);
    if (!saved.ok) throw new Error(saved.error.message);
    process.stdout.write(`saved ${version}\n`);
  }
}

void main();
