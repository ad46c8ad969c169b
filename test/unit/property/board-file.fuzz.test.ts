/**
 * Fuzzing the board file parser: damaged and random bytes, read as a file would be, always end in a clear error
 * or a complete, valid board; never an exception, never a board missing parts.
 */
import fc from 'fast-check';
import { boardDocumentSchema, createExampleBoard, parseBoardFile, serializeBoard } from '../../../domain';
import { FUZZ_RUNS, mutated, randomBytes, timed } from '../../support/fuzz';

const EXPECTED_CODES = [
  'empty-file',
  'truncated-file',
  'invalid-json',
  'not-a-board',
  'unknown-version',
  'newer-version',
  'invalid-board',
];
const example = createExampleBoard('2026-05-01T12:00:00.000Z');
const seeds = [
  serializeBoard(example),
  JSON.stringify(example, null, 2),
  serializeBoard({ ...example, initiatives: [] }),
].map((text) => new TextEncoder().encode(text));

function check(bytes: Uint8Array): void {
  const text = new TextDecoder().decode(bytes);
  const result = timed(() => parseBoardFile(text));
  if (result.ok) {
    expect(boardDocumentSchema.safeParse(result.value).success).toBe(true);
    expect(result.value.stages).toHaveLength(5);
  } else {
    expect(EXPECTED_CODES).toContain(result.error.code);
    expect(result.error.message.length).toBeGreaterThan(10);
  }
}

describe('parseBoardFile under fuzzing', () => {
  it('turns damaged board files into a clear error or a whole board', { timeout: 600_000 }, () => {
    fc.assert(fc.property(mutated(seeds), check), { numRuns: FUZZ_RUNS });
  });

  it('turns random bytes into a clear error', { timeout: 600_000 }, () => {
    fc.assert(fc.property(randomBytes(), check), { numRuns: FUZZ_RUNS });
  });
});
