/** Timing helpers for `npm run bench`: medians of several runs, ours against the library's raw work. */

export interface Figure {
  ours: number;
  baseline: number;
  ratio: number;
}

export interface Benchmark {
  name: string;
  /** What the ratio must stay at or under; none for a figure that is only reported. */
  target?: number;
  /** The unit of ours and baseline; milliseconds unless said. */
  unit?: string;
  figure: Figure;
  note?: string;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

const round = (value: number, places = 1) => Number(value.toFixed(places));

/**
 * Runs ours and the baseline alternately `runs` times after one warm-up each, so both see the same machine state
 * (caches, JIT, garbage), and returns the medians in milliseconds.
 */
export async function compare(ours: () => unknown, baseline: () => unknown, runs: number): Promise<Figure> {
  await ours();
  await baseline();
  const oursTimes: number[] = [];
  const baseTimes: number[] = [];
  for (let i = 0; i < runs; i += 1) {
    for (const [fn, times] of i % 2
      ? ([
          [baseline, baseTimes],
          [ours, oursTimes],
        ] as const)
      : ([
          [ours, oursTimes],
          [baseline, baseTimes],
        ] as const)) {
      globalThis.gc?.();
      const start = performance.now();
      await fn();
      times.push(performance.now() - start);
    }
  }
  return figure(median(oursTimes), median(baseTimes));
}

export function figure(ours: number, baseline: number): Figure {
  return { ours: round(ours), baseline: round(baseline), ratio: round(ours / baseline, 2) };
}

export function table(benchmarks: Benchmark[]): string {
  const header = ['benchmark', 'ours', 'baseline', 'ratio', 'target', ''];
  const lines = benchmarks.map((b) => [
    b.name,
    `${b.figure.ours} ${b.unit ?? 'ms'}`,
    `${b.figure.baseline} ${b.unit ?? 'ms'}`,
    b.figure.ratio.toFixed(2),
    b.target === undefined ? '' : `≤ ${b.target}`,
    b.target === undefined ? (b.note ?? '') : b.figure.ratio <= b.target ? 'ok' : 'OVER',
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  const format = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]!))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '-'.repeat(w))), ...lines.map(format)].join('\n');
}
