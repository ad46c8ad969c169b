import { readFileSync } from 'node:fs';
import path from 'node:path';
import { READINESS_LEVELS, STAGE_IDS } from '../../../../domain';
import { LEVEL_COLORS, PALETTE, STAGE_COLORS } from '../../../../renderer/styles/palette';

/** The custom properties declared in tokens.css, each followed through any var() to a colour, as #rrggbb. */
function cssTokens(): Map<string, string> {
  const css = readFileSync(path.resolve(__dirname, '../../../../renderer/styles/tokens.css'), 'utf8');
  const declared = new Map([...css.matchAll(/(--[\w-]+)\s*:\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
  const resolve = (value: string): string => {
    const reference = /^var\((--[\w-]+)\)$/.exec(value);
    return reference ? resolve(declared.get(reference[1]!) ?? value) : value;
  };
  return new Map([...declared].map(([name, value]) => [name, hex(resolve(value))]));
}

function hex(colour: string): string {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  return (short ? `#${short[1]}${short[1]}${short[2]}${short[2]}${short[3]}${short[3]}` : colour).toLowerCase();
}

const tokenName = (key: string) => `--${key.replace(/[A-Z0-9]/g, (c) => `-${c.toLowerCase()}`)}`;

describe('the palette for canvas drawing', () => {
  const tokens = cssTokens();

  it('draws each colour as the stylesheets show the token of the same name', () => {
    const drawn = Object.entries(PALETTE).map(([key, value]) => [tokenName(key), hex(value)]);
    expect(drawn.length).toBeGreaterThan(0);
    for (const [name, value] of drawn) expect({ name, value }).toEqual({ name, value: tokens.get(name!) });
  });

  it("draws each stage in its column's colour on the board", () => {
    for (const stage of STAGE_IDS) expect(hex(STAGE_COLORS[stage])).toBe(tokens.get(`--stage-${stage}`));
  });

  it('draws each readiness level in the colours of its cell on a card', () => {
    for (const level of READINESS_LEVELS) {
      expect(hex(LEVEL_COLORS[level].background)).toBe(tokens.get(`--level-${level}-bg`));
      expect(hex(LEVEL_COLORS[level].foreground)).toBe(tokens.get(`--level-${level}-fg`));
    }
  });
});
