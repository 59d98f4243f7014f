// Every fixture under test/fixtures/time: the expected problems (inline `{rule-id}` tokens), the fixed
// text when a NAME.fixed.txt exists, and a re-lint of the fixed text that finds nothing fixable; the text
// after accepting every suggestion when a NAME.suggested.txt exists (and --fix then changes nothing).
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixTime, lintTime, stripExpectations, summary, type RuleOptions } from './harness.js';
import { applyFixes } from '../../server/src/core/linter.js';

const DIR = join(__dirname, '../fixtures/time');
const inputs = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && !f.includes('.fixed.') && !f.includes('.suggested.'));

function optionsOf(name: string): RuleOptions {
  const path = join(DIR, name.replace(/\.(txt|md)$/, '.options.json'));
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as RuleOptions) : {};
}

describe('time fixtures', () => {
  it('has a fixture for every time rule', () => {
    const tokens = inputs.flatMap((f) => stripExpectations(readFileSync(join(DIR, f), 'utf8')).expected.map((e) => e.split(':')[1]));
    for (const id of ['month-order', 'month-overlap', 'month-gap', 'month-invalid', 'month-style', 'week-sequence']) {
      expect(tokens).toContain(id);
    }
  });

  for (const name of inputs) {
    const path = join(DIR, name);
    const options = optionsOf(name);
    const { text, expected } = stripExpectations(readFileSync(path, 'utf8'));
    it(`${name}: reports exactly the expected problems`, () => {
      expect(summary(lintTime(text, options))).toEqual(expected);
    });
    const fixedPath = path.replace(/\.(txt|md)$/, '.fixed.$1');
    if (existsSync(fixedPath)) {
      it(`${name}: fixes to its .fixed file and the re-lint is clean`, () => {
        const want = stripExpectations(readFileSync(fixedPath, 'utf8'));
        const result = fixTime(text, options);
        expect(result.output).toBe(want.text);
        expect(summary(lintTime(result.output, options))).toEqual(want.expected);
      });
    }
    const suggestedPath = path.replace(/\.(txt|md)$/, '.suggested.$1');
    if (existsSync(suggestedPath)) {
      it(`${name}: --fix leaves it alone; accepting every suggestion gives its .suggested file, with nothing left to suggest`, () => {
        const want = stripExpectations(readFileSync(suggestedPath, 'utf8'));
        expect(fixTime(text, options).output).toBe(text);
        const accepted = applyFixes(text, lintTime(text, options).filter((p) => p.suggestions?.length).map((p) => ({ ...p, fix: { edits: p.suggestions![0]!.edits } }))).output;
        expect(accepted).toBe(want.text);
        expect(summary(lintTime(accepted, options))).toEqual(want.expected);
      });
    }
  }
});
