/**
 * `npm run bench`: every performance figure of the app against the library doing the same raw work, in the
 * same run. Prints a table, then one JSON object: { "name": { "ours": ms, "baseline": ms, "ratio": r } }.
 * Exits 1 when a ratio is over its target. BENCH_RUNS sets the runs per figure (medians are reported).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { realFixturePath } from '../test/support/real-fixtures';
import type { BoardDocument } from '../domain';
import { launchChromium } from '../test/e2e/harness/chromium';
import { generatedBoard } from '../test/support/generated-inventory';
import type { RendererFigures } from './chromium-bench';
import { measureRenderer } from './chromium-bench';
import type { Benchmark } from './measure';
import { figure, table } from './measure';
import { nodeBenchmarks } from './node-benches';

/**
 * The board with a value and a cost on every card but one in twenty (which the matrix lists beside it), spread
 * over five orders of magnitude so that the matrix reads values on a log scale and sizes bubbles from small to
 * large. Deterministic: the same board every run. Imported inventories carry no value estimates of their own.
 */
function valuedBoard(board: BoardDocument): BoardDocument {
  return {
    ...board,
    initiatives: board.initiatives.map((card, i) => {
      if (i % 20 === 19) return card;
      // A golden-ratio sequence: evenly spread, never repeating, the same for every run.
      const spread = (i * 0.618_033_988_75) % 1;
      return {
        ...card,
        valueEstimate: Math.round(1_000 * 10 ** (spread * 5)),
        costEstimate: Math.round(5_000 * 10 ** (((i * 0.414_213_562_37) % 1) * 3)),
        currency: 'USD',
      };
    }),
  };
}

/**
 * The same board at full size and cut to about 36 cards (every hundredth), so both hold every stage; both
 * valued (valuedBoard), so that the matrix has bubbles to draw.
 */
async function rendererBenchmarks(
  inventory: BoardDocument,
  folder: string,
  log: (line: string) => void,
): Promise<Benchmark[]> {
  const large = valuedBoard(inventory);
  const step = Math.max(1, Math.floor(large.initiatives.length / 36));
  const small = { ...large, initiatives: large.initiatives.filter((_, i) => i % step === 0).slice(0, 36) };
  const runs = Number(process.env.BENCH_RENDER_RUNS ?? 3);
  const browser = await launchChromium();
  try {
    log(`Chromium: ${small.initiatives.length} cards`);
    const few = await measureRenderer({ board: small, folder, runs, browser });
    log(`Chromium: ${large.initiatives.length.toLocaleString('en')} cards`);
    const many = await measureRenderer({ board: large, folder, runs, browser });
    const label = `${many.cards.toLocaleString('en')} vs ${few.cards} cards`;
    log(`cards in the page: ${many.cardsInPage} of ${many.cards}; ${few.cardsInPage} of ${few.cards}`);
    return [
      {
        name: `drag script per frame, ${label}`,
        target: 2,
        figure: figure(many.dragScriptMsPerFrame, few.dragScriptMsPerFrame),
        note: `${many.dragFrames} frames`,
      },
      { name: `first render, ${label}`, figure: figure(many.firstRenderMs, few.firstRenderMs), note: 'reported' },
      { name: `JS heap, ${label}`, unit: 'MB', figure: figure(many.heapMb, few.heapMb), note: 'reported' },
      ...matrixBenchmarks(many, few, label, log),
    ];
  } finally {
    await browser.close();
  }
}

/** The matrix's figures, once the app has its matrix view (the bench looks for its switch, MATRIX_SELECTORS). */
function matrixBenchmarks(
  many: RendererFigures,
  few: RendererFigures,
  label: string,
  log: (line: string) => void,
): Benchmark[] {
  if (!many.matrix || !few.matrix) {
    log('no matrix view to switch to: the matrix figures are left out');
    return [];
  }
  log(`matrix bubbles in the page: ${many.matrix.bubbles} of ${many.cards}; ${few.matrix.bubbles} of ${few.cards}`);
  return [
    {
      name: `matrix pan script per frame, ${label}`,
      target: 2,
      figure: figure(many.matrix.panScriptMsPerFrame, few.matrix.panScriptMsPerFrame),
      note: `${many.matrix.panFrames} frames`,
    },
    {
      name: `matrix from switch to bubbles painted, ${label}`,
      figure: figure(many.matrix.switchMs, few.matrix.switchMs),
      note: 'reported',
    },
  ];
}

async function main(): Promise<void> {
  const runs = Number(process.env.BENCH_RUNS ?? 7);
  const folder = mkdtempSync(path.join(tmpdir(), 'scaleboard-bench-'));
  const log = (line: string) => process.stderr.write(`… ${line}\n`);
  const realInventory = realFixturePath('us-omb-2025-consolidated-ai-use-cases.xlsx');
  if (!realInventory) log('the real fixtures are not beside the repository: the 2025 inventory figures are left out');
  try {
    const benchmarks: Benchmark[] = [];
    const node = await nodeBenchmarks({ folder, realInventory, runs, log });
    benchmarks.push(...node.benchmarks);
    if (process.env.BENCH_SKIP_CHROMIUM) log('BENCH_SKIP_CHROMIUM is set: the renderer figures are left out');
    else benchmarks.push(...(await rendererBenchmarks(node.boards.real ?? generatedBoard(3611), folder, log)));
    console.log(table(benchmarks));
    console.log(JSON.stringify(Object.fromEntries(benchmarks.map((b) => [b.name, b.figure]))));
    process.exitCode = benchmarks.every((b) => b.target === undefined || b.figure.ratio <= b.target) ? 0 : 1;
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

void main();
