/**
 * `npm run icons`: renders build/icon.svg in Chromium to the icon files each platform's package needs, into
 * build/: icon.png (1024), icons/NxN.png for Linux, icon.ico for Windows and icon.icns for macOS. Both
 * containers hold PNG images, which every supported Windows and macOS reads.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { launchChromium } from '../test/e2e/harness/chromium';

const BUILD = path.resolve(__dirname, '../build');
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];
const ICO_SIZES = [16, 24, 32, 48, 64, 128, 256];
/** ICNS element types holding PNG data, by pixel size. */
const ICNS_TYPES: [string, number][] = [
  ['icp4', 16],
  ['icp5', 32],
  ['icp6', 64],
  ['ic07', 128],
  ['ic08', 256],
  ['ic09', 512],
  ['ic10', 1024],
  ['ic11', 32],
  ['ic12', 64],
  ['ic13', 256],
  ['ic14', 512],
];

export function icoOf(images: { size: number; png: Buffer }[]): Buffer {
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // an icon
  header.writeUInt16LE(images.length, 4);
  let offset = 6 + 16 * images.length;
  const entries = images.map(({ size, png }) => {
    const entry = Buffer.alloc(16);
    entry.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    entry.writeUInt8(size >= 256 ? 0 : size, 1);
    entry.writeUInt16LE(1, 4); // colour planes
    entry.writeUInt16LE(32, 6); // bits per pixel
    entry.writeUInt32LE(png.length, 8);
    entry.writeUInt32LE(offset, 12);
    offset += png.length;
    return entry;
  });
  return Buffer.concat([header, ...entries, ...images.map((i) => i.png)]);
}

export function icnsOf(images: { type: string; png: Buffer }[]): Buffer {
  const elements = images.map(({ type, png }) => {
    const head = Buffer.alloc(8);
    head.write(type, 0, 'latin1');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'latin1');
  head.writeUInt32BE(8 + elements.reduce((n, e) => n + e.length, 0), 4);
  return Buffer.concat([head, ...elements]);
}

async function main(): Promise<void> {
  const svg = readFileSync(path.join(BUILD, 'icon.svg'), 'utf8');
  const browser = await launchChromium();
  const pngs = new Map<number, Buffer>();
  try {
    const page = await browser.newPage();
    for (const size of [...new Set([...LINUX_SIZES, ...ICO_SIZES, ...ICNS_TYPES.map(([, s]) => s)])]) {
      await page.setViewportSize({ width: size, height: size });
      const sized = svg.replace('width="1024" height="1024"', `width="${size}" height="${size}"`);
      await page.setContent(`<html><body style="margin:0;background:transparent">${sized}</body></html>`);
      pngs.set(size, await page.screenshot({ omitBackground: true, clip: { x: 0, y: 0, width: size, height: size } }));
    }
  } finally {
    await browser.close();
  }
  mkdirSync(path.join(BUILD, 'icons'), { recursive: true });
  writeFileSync(path.join(BUILD, 'icon.png'), pngs.get(1024)!);
  for (const size of LINUX_SIZES) writeFileSync(path.join(BUILD, 'icons', `${size}x${size}.png`), pngs.get(size)!);
  writeFileSync(path.join(BUILD, 'icon.ico'), icoOf(ICO_SIZES.map((size) => ({ size, png: pngs.get(size)! }))));
  writeFileSync(
    path.join(BUILD, 'icon.icns'),
    icnsOf(ICNS_TYPES.map(([type, size]) => ({ type, png: pngs.get(size)! }))),
  );
  console.log(`Rendered ${pngs.size} sizes into ${path.relative(process.cwd(), BUILD)}/`);
}

if (require.main === module) void main();
