// Every bug the property tests found, as a fixture: test/fixtures/regressions/<name>.txt carries its
// expected problems as {rule-id} tags at line ends (as test/fixtures/lint does), <name>.fixed.txt the
// text a full fix must give, and each also passes the properties of core.test.ts.
// A fixture named *.gbt9704.txt is checked in the gbt9704 profile. docs/reliability.md tells each story.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fixText, lintText, parseDocument, defaultConfig, resolveConfig } from '../../server/src/core/linter.js';
import type { MarkerFamily } from '../../server/src/core/model/types.js';
import { actualProblems, profileOf, stripExpectations } from '../harness/fixtures.js';
import { configWithout, describeProblems, nonMarkerChanges, NON_MARKER_FIXERS, overlappingFixes, rangesOutside } from './checks.js';

const DIR = join(import.meta.dirname, '..', 'fixtures', 'regressions');
const cases = readdirSync(DIR).filter((f) => f.endsWith('.txt') && !f.includes('.fixed.'));

describe('regressions found by the property tests', () => {
  it('there are regression fixtures', () => expect(cases.length).toBeGreaterThan(0));

  for (const file of cases) {
    describe(file, () => {
      const { text, expected } = stripExpectations(readFileSync(join(DIR, file), 'utf8'));
      const profile = profileOf(file);
      const config = defaultConfig(profile);

      it('reports the expected problems', () => {
        expect(actualProblems(text, profile)).toEqual(expected);
      });

      it('fixes to the expected text, leaving nothing fixable, idempotently', () => {
        const fixedFile = join(DIR, file.replace(/\.txt$/, '.fixed.txt'));
        const once = fixText(text, config);
        if (existsSync(fixedFile)) expect(once.output).toBe(readFileSync(fixedFile, 'utf8'));
        else expect(once.output).toBe(text);
        expect(describeProblems(once.problems.filter((p) => p.fix))).toBe('');
        expect(fixText(once.output, config).output).toBe(once.output);
      });

      it('keeps every range inside, fixes apart and changes marker characters only', () => {
        const { problems } = lintText(text, config);
        expect(rangesOutside(problems, text)).toEqual([]);
        expect(overlappingFixes(problems)).toEqual([]);
        const markerConfig = configWithout(profile, NON_MARKER_FIXERS);
        expect(nonMarkerChanges(text, fixText(text, markerConfig).output, parseDocument(text, markerConfig.levels))).toEqual([]);
      });
    });
  }
});

describe('regressions in configuration', () => {
  it('an unknown level name in the settings does not shift the levels (found by lsp-faults: garbage editor settings)', () => {
    // levels: ['roman'] made 一、 level 1, so gbt9704 said "the first list starts at the lower level 一、"
    const config = resolveConfig({ profile: 'gbt9704', levels: ['roman' as MarkerFamily] }, () => false);
    expect(config.levels).toEqual(['cn', 'cn-paren', 'arabic', 'arabic-paren', 'circled']);
    expect(lintText('一、总则\n二、目标\n', config).problems).toEqual([]);
  });
});
