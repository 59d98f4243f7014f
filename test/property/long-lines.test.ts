// Huge inputs: lines of 1,000,000 characters with mixed line ends, and a document with tens of
// thousands of fixable markers (fixing used to be quadratic in the number of fixes: 50,000 took minutes).
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes, fixText, lintText, defaultConfig } from '../../server/src/core/linter.js';
import type { ProfileName } from '../../server/src/core/config/types.js';
import { anyText, cnNumeral } from './generators.js';
import { linesOf, rangesOutside } from './checks.js';
import { params, TIMEOUT } from './runs.js';

const MILLION = 1_000_000;

/** A generated snippet without line ends, repeated to exactly `length` characters. */
const longLine = (length: number) =>
  anyText.map((s) => s.replace(/[\r\n]/g, '') || '计划（一）、').map((unit) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length));

describe('1,000,000-character lines', () => {
  it('lint and fix stay total and in range; the line count is kept', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('一、', '（1）', '1.', '第一条', '三月份：', ''), longLine(MILLION), longLine(1000), fc.constantFrom('\n', '\r\n', '\r'),
        fc.constantFrom<ProfileName>('common', 'gbt9704'),
        (head, long, short, eol, profile) => {
          const text = head + long + eol + short + '\r\n' + head + long.slice(0, MILLION - head.length) + '\n二、' + short;
          const config = defaultConfig(profile);
          const { model, problems } = lintText(text, config);
          expect(model.lines.length).toBe(4);
          expect(rangesOutside(problems, text)).toEqual([]);
          const fixed = fixText(text, config).output;
          expect(linesOf(fixed).lines.length).toBe(4);
        },
      ),
      params('long-lines'),
    );
  }, TIMEOUT);
});

describe('many fixes in one document', () => {
  it('about 50,000 misnumbered and mis-punctuated markers are all fixed, line for line', () => {
    // markers stop at 999, so: 55 sections of 900 items, every seventh numbered wrong, all with 1，
    const sections = 55;
    const items = 900;
    const lines: string[] = [];
    for (let s = 1; s <= sections; s++) {
      lines.push(`${cnNumeral(s)}、任务`);
      for (let i = 1; i <= items; i++) lines.push(`${i % 7 === 3 ? i + 5 : i}，落实责任`);
    }
    const text = lines.map((line, i) => line + (i % 3 ? '\n' : '\r\n')).join('');
    // every problem, past the per-rule cap of the report (fixText applies them all)
    const { problems } = lintText(text, defaultConfig('gbt9704'), Infinity);
    // every seventh item is one odd number (one fix, said once) and every item has a wrong separator
    expect(problems.filter((p) => p.fix).length).toBeGreaterThan(sections * items);
    const fixed = fixText(text, defaultConfig('gbt9704'));
    const out = linesOf(fixed.output).lines;
    expect(out.length).toBe(lines.length + 1);
    // line i is the header of a section when i % (items + 1) is 0, else item i % (items + 1)
    const expected = lines.map((line, i) => (i % (items + 1) ? `${i % (items + 1)}.落实责任` : line));
    const wrong = expected.filter((line, i) => out[i] !== line);
    expect(wrong.slice(0, 3)).toEqual([]);
    expect(fixed.problems.filter((p) => p.fix)).toEqual([]);
  }, TIMEOUT);
});
