// Generated plan documents — random trees of 一、/（一）/1./（1） with month sections, random line ends,
// indentation, blank lines and Markdown headings — in both profiles: a clean plan gets no problem at all;
// a plan with one known mistake (a deleted item, two swapped numbers, a half-width bracket, a wrong
// separator, a 1、 among 1., full-width digits, two swapped month headings, a month in Arabic digits) gets
// the right rule on the right line; and fixing it gives back the plan it should have been.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyFixes, fixText, lintText, defaultConfig } from '../../server/src/core/linter.js';
import type { ProfileName } from '../../server/src/core/config/types.js';
import { corruptionArbitrary, planArbitrary, render } from './generators.js';
import { describeProblems } from './checks.js';
import { params, TIMEOUT } from './runs.js';

const PROFILES: ProfileName[] = ['common', 'gbt9704'];
const byProfile = <T>(make: (p: ProfileName) => fc.Arbitrary<T>) => fc.oneof(...PROFILES.map((p) => make(p).map((value) => ({ profile: p, value }))));

describe('generated plan documents', () => {
  it('a clean plan has no problem in its profile', () => {
    fc.assert(
      fc.property(byProfile(planArbitrary), ({ profile, value: plan }) => {
        const { text } = render(plan);
        expect(describeProblems(lintText(text, defaultConfig(profile)).problems), text).toBe('');
      }),
      params('clean-plan'),
    );
  }, TIMEOUT);

  it('a known mistake is reported by the right rule on the right line', () => {
    fc.assert(
      fc.property(byProfile(corruptionArbitrary), ({ profile, value: c }) => {
        const { text, lineOf } = render(c.plan);
        const line = lineOf.get(c.at)!;
        const { problems } = lintText(text, defaultConfig(profile));
        const found = problems.some((p) => p.ruleId === c.rule && p.range.start.line === line);
        expect(found, `${c.description}: expected ${c.rule} on line ${line}\n${describeProblems(problems)}\n${text}`).toBe(true);
      }),
      params('corrupted-plan'),
    );
  }, TIMEOUT);

  it('fixing a known mistake gives back the plan it should have been, line for line — or leaves it and suggests exactly that', () => {
    fc.assert(
      fc.property(byProfile(corruptionArbitrary), ({ profile, value: c }) => {
        const { text } = render(c.plan);
        const expected = render(c.repaired).text;
        const config = defaultConfig(profile);
        const fixed = fixText(text, config);
        if (fixed.output === expected) {
          if (c.fixable && expected !== text) expect(describeProblems(fixed.problems)).toBe('');
          else expect(fixed.problems.map((p) => p.ruleId)).toContain(c.rule);
          return;
        }
        // not certain: the text is left exactly as it was, and a suggestion on the problem gives back the plan
        expect(fixed.output, `${c.description}: a fix that is not the repair\n${text}`).toBe(text);
        const suggested = lintText(text, config).problems.filter((p) => p.ruleId === c.rule && p.suggestions?.length);
        expect(suggested.length, `${c.description}: neither fixed nor suggested\n${text}`).toBeGreaterThan(0);
        const applied = applyFixes(text, [{ ...suggested[0]!, fix: { edits: suggested[0]!.suggestions![0]!.edits } }]).output;
        expect(applied, c.description).toBe(expected);
      }),
      params('fix-restores-plan'),
    );
  }, TIMEOUT);
});
