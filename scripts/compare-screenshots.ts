/**
 * `npm run screenshots:compare -- <before> [after] [--diffs <folder>]`: compares two folders of PNGs pixel by pixel
 * (after defaults to test-results/screenshots, the e2e tests' folder) and says of each file whether it is the same,
 * differs (how many pixels, within which box) or is missing from one side. Each difference is drawn into the diffs
 * folder (test-results/screenshot-diffs unless given): the after image faded, its changed pixels in red. Exits 1 on
 * any difference, so a refactor that should change no pixel can prove it.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../test/e2e/harness/chromium';

const ROOT = path.resolve(__dirname, '..');

type Comparison =
  | { file: string; result: 'same' }
  | { file: string; result: 'missing'; from: 'before' | 'after' }
  | { file: string; result: 'size'; before: string; after: string }
  | {
      file: string;
      result: 'differs';
      pixels: number;
      box: { left: number; top: number; right: number; bottom: number };
      diff: string;
    };

/**
 * Runs in the page: both images decoded as stored (no colour management), compared channel by channel. Plain
 * JavaScript in a string, as the e2e harness's page scripts are, because tsx would wrap named functions in a
 * helper the page does not have.
 */
const COMPARE_PIXELS = `window.comparePixels = async (images) => {
  const decode = async (base64) => {
    const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }), {
      colorSpaceConversion: 'none',
      premultiplyAlpha: 'none',
    });
    const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
    const context = canvas.getContext('2d', { willReadFrequently: true });
    context.drawImage(bitmap, 0, 0);
    return context.getImageData(0, 0, bitmap.width, bitmap.height);
  };
  const before = await decode(images.before);
  const after = await decode(images.after);
  if (before.width !== after.width || before.height !== after.height) {
    return { size: [before.width + '×' + before.height, after.width + '×' + after.height] };
  }
  const { width, height } = after;
  const a = before.data;
  const b = after.data;
  const diff = new ImageData(width, height);
  let pixels = 0;
  let left = width;
  let top = height;
  let right = -1;
  let bottom = -1;
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      const i = (y * width + x) * 4;
      if (a[i] !== b[i] || a[i + 1] !== b[i + 1] || a[i + 2] !== b[i + 2] || a[i + 3] !== b[i + 3]) {
        pixels += 1;
        left = Math.min(left, x);
        right = Math.max(right, x);
        top = Math.min(top, y);
        bottom = Math.max(bottom, y);
        diff.data.set([255, 0, 0, 255], i);
      } else {
        // The unchanged picture stays legible around the red, a quarter as strong.
        const grey = 255 - (255 - (b[i] + b[i + 1] + b[i + 2]) / 3) / 4;
        diff.data.set([grey, grey, grey, 255], i);
      }
    }
  }
  if (pixels === 0) return { pixels };
  const canvas = new OffscreenCanvas(width, height);
  canvas.getContext('2d').putImageData(diff, 0, 0);
  const png = new Uint8Array(await (await canvas.convertToBlob({ type: 'image/png' })).arrayBuffer());
  let binary = '';
  for (let i = 0; i < png.length; i += 0x8000) binary += String.fromCharCode(...png.subarray(i, i + 0x8000));
  return { pixels, box: { left, top, right, bottom }, png: btoa(binary) };
};`;

type PageResult =
  | { size: [string, string] }
  | { pixels: number; box?: { left: number; top: number; right: number; bottom: number }; png?: string };

const pngsIn = (folder: string) => readdirSync(folder).filter((name) => name.toLowerCase().endsWith('.png'));

/** Compares every PNG in either folder, writing a diff image for each that differs into `diffs`. */
async function compareFolders(before: string, after: string, diffs: string): Promise<Comparison[]> {
  const inBefore = new Set(pngsIn(before));
  const inAfter = new Set(pngsIn(after));
  const files = [...new Set([...inBefore, ...inAfter])].sort();
  const browser = await launchChromium();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: COMPARE_PIXELS });
    const results: Comparison[] = [];
    for (const file of files) {
      // A diff left from an earlier run would describe a difference this run may not have.
      rmSync(path.join(diffs, file), { force: true });
      if (!inBefore.has(file) || !inAfter.has(file)) {
        results.push({ file, result: 'missing', from: inBefore.has(file) ? 'after' : 'before' });
        continue;
      }
      const images = {
        before: readFileSync(path.join(before, file)).toString('base64'),
        after: readFileSync(path.join(after, file)).toString('base64'),
      };
      const compared = await page.evaluate(
        (pair) => (window as unknown as { comparePixels: (p: typeof pair) => Promise<PageResult> }).comparePixels(pair),
        images,
      );
      if ('size' in compared) {
        results.push({ file, result: 'size', before: compared.size[0], after: compared.size[1] });
      } else if (compared.pixels === 0 || !compared.box || !compared.png) {
        results.push({ file, result: 'same' });
      } else {
        mkdirSync(diffs, { recursive: true });
        const diff = path.join(diffs, file);
        writeFileSync(diff, Buffer.from(compared.png, 'base64'));
        results.push({ file, result: 'differs', pixels: compared.pixels, box: compared.box, diff });
      }
    }
    return results;
  } finally {
    await browser.close();
  }
}

const shortPath = (file: string) => {
  const relative = path.relative(process.cwd(), file);
  return relative.startsWith('..') ? file : relative;
};

function describeComparison(comparison: Comparison): string {
  switch (comparison.result) {
    case 'same':
      return `same     ${comparison.file}`;
    case 'missing':
      return `missing  ${comparison.file}: not in the ${comparison.from} folder`;
    case 'size':
      return `differs  ${comparison.file}: ${comparison.before} before, ${comparison.after} after`;
    case 'differs': {
      const { left, top, right, bottom } = comparison.box;
      return (
        `differs  ${comparison.file}: ${comparison.pixels.toLocaleString('en')} pixels within ` +
        `x ${left}–${right}, y ${top}–${bottom} (${right - left + 1}×${bottom - top + 1}); ` +
        `diff in ${shortPath(comparison.diff)}`
      );
    }
  }
}

async function main(args: string[]): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({ args, options: { diffs: { type: 'string' } }, allowPositionals: true });
  } catch {
    parsed = null;
  }
  const [before, after = path.join(ROOT, 'test-results', 'screenshots'), ...extra] = parsed?.positionals ?? [];
  const diffs = parsed?.values.diffs ?? path.join(ROOT, 'test-results', 'screenshot-diffs');
  if (!before || extra.length) {
    console.error('Usage: npm run screenshots:compare -- <before folder> [after folder] [--diffs <folder>]');
    return 2;
  }
  const results = await compareFolders(path.resolve(before), path.resolve(after), path.resolve(diffs));
  for (const result of results) console.log(describeComparison(result));
  const differing = results.filter((r) => r.result !== 'same').length;
  console.log(`${results.length - differing} of ${results.length} the same`);
  return differing === 0 ? 0 : 1;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      console.error(error);
      process.exit(2);
    },
  );
}
