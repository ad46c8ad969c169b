import type { ReadinessLevel, StageId } from '../../domain';

/**
 * The colours drawn rather than styled: the board image's canvas and the metrics panel's bars. A canvas cannot read
 * CSS custom properties, so each value repeats the token of the same name in tokens.css (`stageIdea` is
 * `--stage-idea`), and test/unit/renderer/styles/palette.test.ts fails when the two part.
 */
export const PALETTE = {
  bg: '#f3f4f6',
  surface: '#ffffff',
  text: '#151a24',
  muted: '#545d6b',
  accent: '#1f4fd1',
  bad: '#a0221a',
  columnBg: '#e9ebef',
  cardLine: '#dfe3e8',
  stageIdea: '#5b6b8c',
  stagePilot: '#a36100',
  stageScaling: '#0b7285',
  stageProduction: '#277f39',
  stageStopped: '#6b7380',
  matrixFix: '#fdf3e1',
  matrixScale: '#e8f5ec',
  matrixQuestion: '#e9f0fb',
  matrixPark: '#f1f2f4',
  level0Bg: '#9f1f17',
  level0Fg: '#ffffff',
  level1Bg: '#f5b7ab',
  level1Fg: '#6e1a10',
  level2Bg: '#fbe6b8',
  level2Fg: '#6f4700',
  level3Bg: '#c9eadb',
  level3Fg: '#155c37',
  level4Bg: '#237a45',
  level4Fg: '#ffffff',
} as const;

/** Each stage's colour: its column's top edge on the board, its bar in the metrics. */
export const STAGE_COLORS: Record<StageId, string> = {
  idea: PALETTE.stageIdea,
  pilot: PALETTE.stagePilot,
  scaling: PALETTE.stageScaling,
  production: PALETTE.stageProduction,
  stopped: PALETTE.stageStopped,
};

/** Each readiness level's cell: its fill and the colour of the text on it. */
export const LEVEL_COLORS: Record<ReadinessLevel, { background: string; foreground: string }> = {
  0: { background: PALETTE.level0Bg, foreground: PALETTE.level0Fg },
  1: { background: PALETTE.level1Bg, foreground: PALETTE.level1Fg },
  2: { background: PALETTE.level2Bg, foreground: PALETTE.level2Fg },
  3: { background: PALETTE.level3Bg, foreground: PALETTE.level3Fg },
  4: { background: PALETTE.level4Bg, foreground: PALETTE.level4Fg },
};
