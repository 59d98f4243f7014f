// Runs every fixture under test/fixtures/lint: expected problems, the fixed text, and a re-lint of it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actualProblems, fixed, profileOf, stripExpectations } from './fixture-harness.js';

const DIR = join(__dirname, '../fixtures/lint');
const inputs = readdirSync(DIR).filter((f) => /\.(txt|md)$/.test(f) && !f.includes('.fixed.'));

describe('lint fixtures', () => {
  it('has fixtures', () => expect(inputs.length).toBeGreaterThan(3));
  for (const name of inputs) {
    const path = join(DIR, name);
    const profile = profileOf(name);
    const { text, expected } = stripExpectations(readFileSync(path, 'utf8'));
    it(`${name}: reports exactly the expected problems`, () => {
      expect(actualProblems(text, profile)).toEqual(expected);
    });
    const fixedPath = path.replace(/\.(txt|md)$/, '.fixed.$1');
    if (existsSync(fixedPath)) {
      it(`${name}: fixes to ${name.replace(/\.(txt|md)$/, '.fixed.$1')} and the re-lint has no fixable problem`, () => {
        const want = stripExpectations(readFileSync(fixedPath, 'utf8'));
        const result = fixed(text, profile);
        expect(result.output).toBe(want.text);
        expect(result.problems.filter((p) => p.fix)).toEqual([]);
        expect(actualProblems(result.output, profile)).toEqual(want.expected);
      });
    }
  }
});
