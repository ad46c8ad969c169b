/**
 * The built spreadsheet process (out/main/spreadsheet-worker.js, here forked by Node as the app's utility process
 * would be) driven by main's client: a 20,000-row import and export run while main's event loop stays free,
 * progress arrives, and a process that runs out of memory answers with a clear error and is replaced, leaving
 * main untouched.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { SpreadsheetWorkerClient } from '../../electron/main/spreadsheets/spreadsheet-worker-client';
import { generatedBoard, generatedInventoryXlsx } from '../support/generated-inventory';
import { OUT_DIR } from './harness/app-harness';

const ENTRY = path.join(OUT_DIR, 'main', 'spreadsheet-worker.js');
const ROWS = 20_000;
let root: string;
let large: string;

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'scaleboard-worker-'));
  large = path.join(root, 'large.xlsx');
  writeFileSync(large, generatedInventoryXlsx(ROWS));
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

it('reads and builds 20,000 rows with progress while main stays free', async () => {
  const client = new SpreadsheetWorkerClient(ENTRY);
  const delay = monitorEventLoopDelay({ resolution: 10 });
  const phases: string[] = [];
  const started = performance.now();
  delay.enable();
  const opened = await client.call('open', [large, undefined, {}], (p) => phases.push(p.phase));
  expect(opened.ok).toBe(true);
  if (!opened.ok) return;
  const building: { done: number; total: number }[] = [];
  const built = await client.call('build', [opened.value.token, {}], (p) => building.push(p));
  delay.disable();
  const took = performance.now() - started;
  expect(built.ok && built.value.built.cards.length).toBe(ROWS);
  expect(phases).toEqual(['reading', 'reading']);
  expect(building.length).toBeGreaterThan(1);
  expect(building.at(-1)!.done).toBe(building.at(-1)!.total);
  // Done inline, main would have been blocked for the whole read (most of `took`); in the worker, main's longest
  // pause is a small part of it.
  expect(delay.max / 1e6).toBeLessThan(took / 4);
  client.stop();
});

it('writes the xlsx export of 20,000 initiatives in the worker, with progress', async () => {
  const client = new SpreadsheetWorkerClient(ENTRY);
  const progress: number[] = [];
  const written = await client.call('xlsx', [generatedBoard(ROWS), '2026-11-01T09:00:00.000Z'], (p) =>
    progress.push(p.done),
  );
  expect(written.ok).toBe(true);
  if (!written.ok) return;
  expect(Buffer.from(written.value).subarray(0, 2).toString('latin1')).toBe('PK');
  expect(progress.length).toBeGreaterThan(1);
  client.stop();
});

it('answers with a clear error when the worker runs out of memory, then starts a fresh one', async () => {
  const tight = new SpreadsheetWorkerClient(ENTRY, { heapMb: 48 });
  // Two million cells as strings need several times the 48 MB this worker may use.
  const wide = path.join(root, 'wide.csv');
  const row = Array.from({ length: 10 }, (_, i) => `value ${i} of a long enough row`).join(',');
  writeFileSync(
    wide,
    `${Array.from({ length: 10 }, (_, i) => `Column ${i}`).join(',')}\n${`${row}\n`.repeat(200_000)}`,
  );
  const failed = await tight.call('open', [wide, undefined, {}]);
  expect(failed).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
  if (!failed.ok)
    expect(failed.error.message).toBe(
      'Scaleboard could not finish with this spreadsheet: it needs more memory than Scaleboard allows, or it is damaged. Nothing was changed; try splitting it into smaller files.',
    );
  const small = path.join(root, 'small.csv');
  writeFileSync(small, 'Use Case Name,Stage\nTriage,Pilot\n');
  const again = await tight.call('open', [small, undefined, {}]);
  if (!again.ok) throw new Error(again.error.message);
  expect(again.ok && again.value.dataRows).toBe(1);
  tight.stop();
});

it('ends an operation that runs past its deadline with a clear error, and carries on', async () => {
  const hurried = new SpreadsheetWorkerClient(ENTRY, { deadlineMs: 50 });
  const late = await hurried.call('open', [large, undefined, {}]);
  expect(late).toMatchObject({ ok: false, error: { code: 'worker-failed' } });
  if (!late.ok)
    expect(late.error.message).toMatch(
      /^Scaleboard stopped working on this spreadsheet after 50 ms: the file may be damaged\. Nothing was changed/,
    );
  hurried.stop();
});

it('answers the calls in flight when stopped, and a closed import says so', async () => {
  const client = new SpreadsheetWorkerClient(ENTRY);
  const inFlight = client.call('open', [large, undefined, {}]);
  client.stop();
  await expect(inFlight).resolves.toMatchObject({ ok: false, error: { code: 'worker-failed' } });
  await expect(client.call('preview', ['s1', {}])).resolves.toMatchObject({ ok: false, error: { code: 'no-import' } });
  client.stop();
});
