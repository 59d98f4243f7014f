// How many cases each property runs, and with which seed.
// `npm test`: a fixed seed and a moderate number of runs, so a failure reproduces on every machine.
// `npm run test:fuzz` (FUZZ_RUNS=100000): each property takes its share of FUZZ_RUNS (the shares add up
// to 1, so the whole suite runs at least FUZZ_RUNS generated cases) with a fresh seed unless FUZZ_SEED
// is given; fast-check prints the seed and the shrunk counterexample of any failure.

const fuzzRuns = Number(process.env.FUZZ_RUNS ?? 0);

export const FUZZING = Number.isFinite(fuzzRuns) && fuzzRuns > 0;

/** The seed of `npm test`; change it only together with docs/reliability.md. */
export const FIXED_SEED = 20261129;

export const SEED = process.env.FUZZ_SEED ? Number(process.env.FUZZ_SEED) : FUZZING ? (Date.now() ^ (process.pid << 8)) | 0 : FIXED_SEED;

/**
 * Every property of test/property with its runs under `npm test` and its share of FUZZ_RUNS.
 * The shares add up to 1 (runs.test.ts checks it), so `npm run test:fuzz` runs at least FUZZ_RUNS cases.
 */
export const PROPERTIES = {
  'total-any-text': { runs: 400, share: 0.15 },
  'line-end-invariance': { runs: 300, share: 0.05 },
  'ranges-any-text': { runs: 400, share: 0.09 },
  'levels-setting': { runs: 200, share: 0.01 },
  'fix-any-text': { runs: 300, share: 0.1 },
  'fix-mutated-real': { runs: 150, share: 0.05 },
  'fix-mutated-plan': { runs: 300, share: 0.15 },
  'clean-plan': { runs: 300, share: 0.05 },
  'real-shaped-plan': { runs: 200, share: 0.05 },
  'corrupted-plan': { runs: 600, share: 0.17 },
  'incremental-parse': { runs: 150, share: 0.03 },
  'fix-restores-plan': { runs: 300, share: 0.0998 },
  'long-lines': { runs: 3, share: 0.0002 },
} as const satisfies Record<string, { runs: number; share: number }>;

export type PropertyName = keyof typeof PROPERTIES;

/**
 * fast-check parameters for one property. The seed is shared, offset per property so two
 * properties never walk the same sequence.
 */
export function params(name: PropertyName): { numRuns: number; seed: number } {
  const { runs, share } = PROPERTIES[name];
  return { numRuns: FUZZING ? Math.ceil(fuzzRuns * share) : runs, seed: (SEED + hash(name)) | 0 };
}

/** Per-test timeout: generous when fuzzing, vitest's usual budget otherwise. */
export const TIMEOUT = FUZZING ? 4 * 60 * 60 * 1000 : 60_000;

function hash(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}
