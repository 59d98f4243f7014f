// The accuracy ratchet: on ../shared/corpus/real (or $PLANDOC_REAL_CORPUS), recall may not drop, false alarms may
// not rise and precision may not fall below test/accuracy/baseline.json, and every finding needs a verdict.
// Skips with a notice when the corpus is missing on a developer machine; fails under CI, which has ../shared beside
// the clone. Runs from source: npx vitest run test/accuracy
import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { corpusPresent, CORPUS_DIR, measure, precision, worseThan, type Baseline, type Measurement } from '../../scripts/accuracy/measure.js';
import { verdictKey } from '../../scripts/accuracy/verdicts.js';

const baseline = JSON.parse(readFileSync(resolve(__dirname, 'baseline.json'), 'utf8')) as Baseline;
const present = corpusPresent();
if (!present && !process.env.CI) console.warn(`accuracy ratchet skipped: no real corpus at ${CORPUS_DIR} (set PLANDOC_REAL_CORPUS to its folder)`);

describe.skipIf(!present && !process.env.CI)('accuracy on the real corpus', () => {
  let m: Measurement;
  beforeAll(async () => {
    if (!present) throw new Error(`CI: the real corpus is not at ${CORPUS_DIR} (CI checks out ../shared beside the clone; set PLANDOC_REAL_CORPUS)`);
    m = await measure();
  });

  it(`finds at least ${baseline.found}/${baseline.defects} annotated defects`, () => {
    const misses = m.score.missed.map((d) => `${d.file}:${d.line} [${d.rules.join('/')}] ${d.note}`);
    expect(m.figures.found, `recall fell below the baseline; misses now:\n${misses.join('\n')}`).toBeGreaterThanOrEqual(baseline.found);
  });

  it(`raises at most ${baseline.falseAlarms} sequence false alarms`, () => {
    const alarms = m.score.falseAlarms.map((a) => `${a.finding.file}:${a.finding.line} ${a.finding.rule}: ${a.finding.message} (${a.why})`);
    expect(m.figures.falseAlarms, `more false alarms than the baseline:\n${alarms.join('\n')}`).toBeLessThanOrEqual(baseline.falseAlarms);
  });

  it('gives every finding a verdict', () => {
    const open = m.judged.filter((j) => !j.verdict).map((j) => `${j.finding.file}:${j.finding.line} ${j.finding.rule}: ${j.finding.messageZh}\n    key: ${verdictKey(j.finding)}`);
    expect(open, `${open.length} finding(s) have no verdict. Run npm run accuracy -- --review, judge each by reading its document, and record the verdict in test/accuracy/verdicts.json:\n${open.join('\n')}`).toEqual([]);
  });

  it(`keeps the precision of the reviewed findings at ${(100 * baseline.precision).toFixed(1)}% or above`, () => {
    const wrong = m.judged.filter((j) => j.verdict?.verdict === 'wrong').map((j) => `${j.finding.file}:${j.finding.line} ${j.finding.rule}: ${j.verdict!.reason}`);
    expect(precision(m.figures), `precision fell below the baseline; wrong findings:\n${wrong.join('\n')}`).toBeGreaterThanOrEqual(baseline.precision);
  });

  it('compares with a baseline recorded on this annotation', () => {
    expect(m.figures.defects, 'expect.json has changed its number of defects: record a new baseline with npm run accuracy -- --update').toBe(baseline.defects);
    // better figures are not a failure, only a reminder to tighten the ratchet
    const better = m.figures.found > baseline.found || m.figures.falseAlarms < baseline.falseAlarms || precision(m.figures) > baseline.precision + 5e-5;
    if (better && !worseThan(m.figures, baseline).length) console.warn('accuracy improved on test/accuracy/baseline.json: npm run accuracy -- --update records it');
  });
});
