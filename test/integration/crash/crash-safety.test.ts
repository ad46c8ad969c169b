/**
 * A process saving a large board is killed (SIGKILL: no handlers run, like a power cut or a crash) at random
 * moments, 200 times by default (CRASH_KILLS sets it). After every kill the board file is one complete version,
 * the one before it or a newer one, the .bak is a complete version, the recovery copy restores a complete board,
 * and the next save clears the temporary files the kill left.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseBoardFile, serializeBoard } from '../../../domain';
import { RecoveryStore } from '../../../electron/main/files/recovery-store';
import { generatedBoard, seededRandom } from '../../support/generated-inventory';

const KILLS = Number(process.env.CRASH_KILLS ?? 200);
const CHILD = path.join(__dirname, 'save-child.ts');
const board = generatedBoard(3611);

/** The version number of a complete board file, or an explanation of what is wrong with it. */
function versionOf(text: string): number {
  const parsed = parseBoardFile(text);
  if (!parsed.ok) throw new Error(`not a complete board: ${parsed.error.message}`);
  const version = Number(/^Version (\d+)$/.exec(parsed.value.title)?.[1]);
  // Every byte but the title is the board the child was given.
  expect(serializeBoard({ ...parsed.value, title: board.title })).toBe(serializeBoard(board));
  return version;
}

/** Starts the child, waits until it is saving, kills it after `delayMs`, and reports the saves it announced. */
function saveAndKill(args: string[], delayMs: number): Promise<number[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    const saved: number[] = [];
    let output = '';
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const lines = output.split('\n');
      output = lines.pop()!;
      for (const line of lines) {
        if (line === 'ready') setTimeout(() => child.kill('SIGKILL'), delayMs);
        else if (line.startsWith('saved ')) saved.push(Number(line.slice(6)));
      }
    });
    child.on('exit', (code, signal) => {
      if (signal === 'SIGKILL') resolve(saved);
      else reject(new Error(`the saving process ended by itself (${code}): ${errors}`));
    });
  });
}

it(`keeps the board whole through ${KILLS} kills while saving`, { timeout: 600_000 }, async () => {
  const folder = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-crash-'));
  try {
    const target = path.join(folder, 'portfolio.scaleboard');
    const recoveryFolder = path.join(folder, 'recovery');
    const boardJson = path.join(folder, 'board.json');
    writeFileSync(boardJson, JSON.stringify(board));
    writeFileSync(target, serializeBoard({ ...board, title: 'Version 0' }));
    const random = seededRandom(Number(process.env.CRASH_SEED ?? 7));
    let last = 0;
    let killedMidSave = 0;
    let backupSameAsFile = 0;
    let recoveryAhead = 0;
    for (let kill = 0; kill < KILLS; kill += 1) {
      // Most kills land within the first few saves (each takes some tens of milliseconds), at every phase.
      const saved = await saveAndKill([target, recoveryFolder, boardJson, String(last + 1)], random() * 150);
      const version = versionOf(readFileSync(target, 'utf8'));
      // The file holds the last save that finished, or the one in flight if its rename landed before the kill.
      const lastAnnounced = saved.at(-1) ?? last;
      expect(version === lastAnnounced || version === lastAnnounced + 1).toBe(true);
      if (saved.length === 0 || version !== lastAnnounced) killedMidSave += 1;
      if (version > 0) {
        // A save renames only after keeping the file it replaces as the .bak (a kill between the two leaves
        // the .bak and the file the same version).
        const backup = versionOf(readFileSync(`${target}.bak`, 'utf8'));
        expect(backup).toBeLessThanOrEqual(version);
        if (backup === version) backupSameAsFile += 1;
      }
      const recovered = await new RecoveryStore(recoveryFolder).current(board.id);
      if (recovered) {
        expect(serializeBoard({ ...recovered.document, title: board.title })).toBe(serializeBoard(board));
        const copy = Number(/^Version (\d+)$/.exec(recovered.document.title)?.[1]);
        expect(copy).toBeGreaterThanOrEqual(version);
        if (copy > version) recoveryAhead += 1;
      }
      last = version;
    }
    expect(killedMidSave).toBeGreaterThan(0);
    console.info(
      `${KILLS} kills: ${killedMidSave} before the save in flight finished, ${backupSameAsFile} between the backup and the rename, ${recoveryAhead} with the recovery copy ahead of the file; last version ${last}`,
    );
    // The next save removes what the kills left behind.
    await saveAndKill([target, recoveryFolder, boardJson, String(last + 1)], 400);
    const leftovers = readdirSync(folder).filter((n) => n.endsWith('.tmp'));
    expect(leftovers.length).toBeLessThanOrEqual(2);
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
});
