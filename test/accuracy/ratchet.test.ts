// The accuracy ratchet: on ../shared/corpus/real, recall may not drop, false alarms may not rise, precision may not
// fall below test/accuracy/baseline.json, and every finding needs a verdict. Skips with a notice when the corpus is
// missing on a developer machine; fails under CI, which has ../shared beside the clone.
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusPresent, CORPUS_DIR, measure, precision } from '../../scripts/accuracy/measure.js';
import { verdictKey } from '../../scripts/accuracy/verdicts.js';

const baseline = JSON.parse(readFileSync(resolve(__dirname, 'baseline.json'), 'utf8')) as { found: number; falseAlarms: number; precision: number };
const present = corpusPresent();
if (!present && !process.env.CI) console.warn(`accuracy ratchet skipped: no real corpus at ${CORPUS_DIR} (set PLANDOC_REAL_CORPUS)`);

describe.skipIf(!present && !process.env.CI)('accuracy on the real corpus', () => {
  const m = present ? measure() : undefined;

  it(`is found at ${CORPUS_DIR}`, () => expect(present).toBe(true));

  it(`finds at least ${baseline.found} annotated defects`, () => {
    expect(m!.score.missed.map((d) => `${d.file}:${d.line} ${d.note}`).length, 'misses').toBeLessThanOrEqual(m!.figures.defects - baseline.found);
    expect(m!.figures.found).toBeGreaterThanOrEqual(baseline.found);
  });

  it(`raises at most ${baseline.falseAlarms} sequence false alarms`, () => {
    expect(m!.score.falseAlarms.map((a) => `${a.finding.file}:${a.finding.line} ${a.finding.rule}: ${a.finding.message} (${a.why})`).slice(baseline.falseAlarms)).toEqual([]);
  });

  it('every finding has a verdict (npm run accuracy -- --review lists the new ones to add to test/accuracy/verdicts.json)', () => {
    expect(m!.judged.filter((j) => !j.verdict).map((j) => verdictKey(j.finding))).toEqual([]);
  });

  it(`keeps the precision of the reviewed findings at ${(100 * baseline.precision).toFixed(1)}% or above`, () => {
    expect(precision(m!.figures)).toBeGreaterThanOrEqual(baseline.precision);
  });
});
