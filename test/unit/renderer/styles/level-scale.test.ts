import { readFileSync } from 'node:fs';
import path from 'node:path';
import { heatLevel } from '../../../../renderer/features/metrics/heat-level';

/** The colour custom properties declared in tokens.css, as written. */
const tokens = new Map(
  [
    ...readFileSync(path.resolve(__dirname, '../../../../renderer/styles/tokens.css'), 'utf8').matchAll(
      /(--[\w-]+)\s*:\s*(#[0-9a-f]{6})\s*;/gi,
    ),
  ].map((m) => [m[1]!, m[2]!]),
);
const token = (name: string): string => {
  const value = tokens.get(name);
  if (!value) throw new Error(`${name} is not a #rrggbb colour in tokens.css`);
  return value;
};

/** WCAG 2 relative luminance and contrast ratio. */
function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

describe('the readiness colour scale', () => {
  it('makes worse look worse: level 0 stands out more than 1, and 1 more than 2', () => {
    const paper = '#ffffff'; // the card's surface, on which the strip's cells sit
    const loudness = [0, 1, 2].map((level) => contrast(token(`--level-${level}-bg`), paper));
    expect(loudness[0]).toBeGreaterThan(loudness[1]!);
    expect(loudness[1]).toBeGreaterThan(loudness[2]!);
  });

  it('gives every level legible text on its own colour', () => {
    for (const level of [0, 1, 2, 3, 4]) {
      expect(contrast(token(`--level-${level}-fg`), token(`--level-${level}-bg`))).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('fills the focus view’s readiness meter at least 3:1 against its empty steps', () => {
    for (const level of [1, 2, 3, 4]) {
      expect(contrast(token(`--meter-${level}`), token('--meter-empty'))).toBeGreaterThanOrEqual(3);
    }
  });

  it('colours the heatmap’s weakest means as level 0, the loudest, not as a calm grey', () => {
    expect(heatLevel(0)).toBe(0);
    expect(heatLevel(0.44)).toBe(0);
    // Coloured as the figure the cell shows: 0.46 reads "0.5", like 0.5 itself.
    expect(heatLevel(0.46)).toBe(1);
    expect(heatLevel(0.5)).toBe(1);
    expect(heatLevel(3.6)).toBe(4);
  });
});

describe('the printed brief’s grey shading', () => {
  const shades = [0, 1, 2, 3, 4].map((level) => token(`--print-shade-${level}`));

  it('is darker the lower the level, each step apart from the next, so it reads without colour', () => {
    for (let level = 0; level < 4; level++) {
      expect(luminance(shades[level + 1]!)).toBeGreaterThan(luminance(shades[level]!));
      expect(contrast(shades[level]!, shades[level + 1]!)).toBeGreaterThanOrEqual(1.15);
    }
  });

  it('keeps the black number in every cell legible', () => {
    for (const shade of shades) expect(contrast(token('--text'), shade)).toBeGreaterThanOrEqual(7);
  });
});
