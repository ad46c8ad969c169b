/**
 * Byte mutations for the fuzz tests, as fast-check arbitraries: flipped bytes, cut-off files, inserted and
 * repeated runs, and bytes from elsewhere in the file, the ways files get damaged in mail, on USB sticks and in
 * half-finished downloads. FUZZ_RUNS sets the cases per test (`npm run fuzz` runs many more).
 */
import fc from 'fast-check';

export const FUZZ_RUNS = Number(process.env.FUZZ_RUNS ?? 300);

type Mutation =
  | { kind: 'flip'; at: number; value: number }
  | { kind: 'cut'; at: number }
  | { kind: 'insert'; at: number; bytes: Uint8Array }
  | { kind: 'repeat'; at: number; length: number; times: number }
  | { kind: 'splice'; from: number; to: number; length: number };

const position = fc.double({ min: 0, max: 1, noNaN: true, maxExcluded: true });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  {
    weight: 4,
    arbitrary: fc.record({ kind: fc.constant('flip' as const), at: position, value: fc.integer({ min: 0, max: 255 }) }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('cut' as const), at: position }) },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('insert' as const),
      at: position,
      bytes: fc.uint8Array({ maxLength: 64 }),
    }),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      kind: fc.constant('repeat' as const),
      at: position,
      length: fc.integer({ min: 1, max: 256 }),
      times: fc.integer({ min: 2, max: 50 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({
      kind: fc.constant('splice' as const),
      from: position,
      to: position,
      length: fc.integer({ min: 1, max: 512 }),
    }),
  },
);

function apply(bytes: Uint8Array, m: Mutation): Uint8Array {
  const at = (p: number) => Math.floor(p * bytes.length);
  switch (m.kind) {
    case 'flip': {
      const copy = Uint8Array.from(bytes);
      if (copy.length) copy[at(m.at)] = m.value;
      return copy;
    }
    case 'cut':
      return bytes.subarray(0, at(m.at));
    case 'insert':
      return concat(bytes.subarray(0, at(m.at)), m.bytes, bytes.subarray(at(m.at)));
    case 'repeat': {
      const run = bytes.subarray(at(m.at), at(m.at) + m.length);
      return concat(
        bytes.subarray(0, at(m.at)),
        ...Array.from({ length: m.times }, () => run),
        bytes.subarray(at(m.at)),
      );
    }
    case 'splice': {
      const piece = bytes.subarray(at(m.from), at(m.from) + m.length);
      return concat(bytes.subarray(0, at(m.to)), piece, bytes.subarray(at(m.to) + piece.length));
    }
  }
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const part of parts) {
    out.set(part, offset);
    offset += part.length;
  }
  return out;
}

/** A seed damaged by one to four mutations. */
export function mutated(seeds: readonly Uint8Array[]): fc.Arbitrary<Uint8Array> {
  return fc
    .tuple(fc.integer({ min: 0, max: seeds.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([seed, mutations]) => mutations.reduce(apply, seeds[seed]!));
}

/** Bytes from nowhere: random, or random after a real file's signature. */
export function randomBytes(): fc.Arbitrary<Uint8Array> {
  const signatures = [
    [],
    [0x50, 0x4b, 0x03, 0x04],
    [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1],
    [0xef, 0xbb, 0xbf],
    [0x7b],
  ].map((s) => Uint8Array.from(s));
  return fc
    .tuple(fc.constantFrom(...signatures), fc.uint8Array({ maxLength: 4096 }))
    .map(([signature, rest]) => concat(signature, rest));
}

/** Runs `check` and fails when one case takes longer than a person would wait: a hang in the making. */
export function timed<T>(check: () => T, limitMs = 10_000): T {
  const started = performance.now();
  const result = check();
  const took = performance.now() - started;
  if (took > limitMs) throw new Error(`one case took ${Math.round(took)} ms`);
  return result;
}
