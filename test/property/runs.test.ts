// The run budget: `npm run test:fuzz` must run at least FUZZ_RUNS cases in total (issue 8: 100,000).
import { expect, it } from 'vitest';
import { PROPERTIES, params, FIXED_SEED, SEED, FUZZING } from './runs.js';

it('the shares of FUZZ_RUNS add up to at least 1, and npm test uses the fixed seed', () => {
  const total = Object.values(PROPERTIES).reduce((sum, p) => sum + p.share, 0);
  expect(total).toBeGreaterThanOrEqual(1 - 1e-9);
  if (!FUZZING && !process.env.FUZZ_SEED) expect(SEED).toBe(FIXED_SEED);
  for (const name of Object.keys(PROPERTIES) as (keyof typeof PROPERTIES)[]) expect(params(name).numRuns).toBeGreaterThan(0);
});
