// The one fixture runner (markdownlint's convention): a fixture document carries its expected problems
// inline as `{rule-id}` tokens at line ends, stripped before linting so they never affect parsing.
// Beside NAME.txt (or .md) a folder may hold
//   NAME.fixed.txt      the text `--fix` must give; re-linting it finds nothing fixable and exactly its own tokens
//   NAME.suggested.txt  `--fix` must leave NAME alone; accepting every first suggestion gives this text
//   NAME.config.json    rule settings in the config file's shape ({ "rules": { id: setting } })
// NAME.gbt9704.txt is linted in the gbt9704 profile. The core, time and regression fixtures all run here.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyFixes, fixText, lintText } from '../../server/src/core/linter.js';
import { applyRuleSettings, defaultConfig } from '../../server/src/core/config/resolve.js';
import type { ProfileName, ResolvedConfig, UserConfig } from '../../server/src/core/config/types.js';

const TAG = /\s*\{([a-z][a-z0-9-]*)\}/g;

export function stripExpectations(text: string): { text: string; expected: string[] } {
  const expected: string[] = [];
  const lines = text.split('\n').map((line, i) => {
    for (const m of line.matchAll(TAG)) expected.push(`${i + 1}:${m[1]}`);
    return line.replace(TAG, '');
  });
  return { text: lines.join('\n'), expected: expected.sort() };
}

export function profileOf(path: string): ProfileName {
  return path.includes('.gbt9704.') ? 'gbt9704' : 'common';
}

/** `line:rule-id` (1-based lines), sorted: the fixtures' way of writing expectations. */
export function summary(problems: readonly { range: { start: { line: number } }; ruleId: string }[]): string[] {
  return problems.map((p) => `${p.range.start.line + 1}:${p.ruleId}`).sort();
}

export function actualProblems(text: string, profile: ProfileName | ResolvedConfig): string[] {
  return summary(lintText(text, typeof profile === 'string' ? defaultConfig(profile) : profile).problems);
}

export interface FixtureSuite {
  title: string;
  dir: string;
  /** The config before a fixture's own NAME.config.json; the profile's defaults unless given. */
  baseConfig?: (profile: ProfileName) => ResolvedConfig;
}

const SIDE_FILE = /\.(fixed|suggested)\.(txt|md)$/;

export function fixtureNames(dir: string): string[] {
  return readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !SIDE_FILE.test(f));
}

export function fixtureConfig(suite: FixtureSuite, name: string): ResolvedConfig {
  const config = (suite.baseConfig ?? defaultConfig)(profileOf(name));
  const own = join(suite.dir, name.replace(/\.(txt|md)$/, '.config.json'));
  if (existsSync(own)) applyRuleSettings(config, (JSON.parse(readFileSync(own, 'utf8')) as UserConfig).rules);
  return config;
}

/** One vitest `describe` with a test per expectation of every fixture in the folder. */
export function runFixtures(suite: FixtureSuite): void {
  const names = fixtureNames(suite.dir);
  describe(suite.title, () => {
    it('has fixtures', () => expect(names.length).toBeGreaterThan(3));
    for (const name of names) {
      const path = join(suite.dir, name);
      const config = fixtureConfig(suite, name);
      const { text, expected } = stripExpectations(readFileSync(path, 'utf8'));
      it(`${name}: reports exactly the expected problems`, () => {
        expect(actualProblems(text, config)).toEqual(expected);
      });
      const fixedPath = path.replace(/\.(txt|md)$/, '.fixed.$1');
      if (existsSync(fixedPath)) {
        it(`${name}: fixes to its .fixed file, and the re-lint finds nothing fixable`, () => {
          const want = stripExpectations(readFileSync(fixedPath, 'utf8'));
          const result = fixText(text, config);
          expect(result.output).toBe(want.text);
          expect(result.problems.filter((p) => p.fix)).toEqual([]);
          expect(actualProblems(result.output, config)).toEqual(want.expected);
        });
      }
      const suggestedPath = path.replace(/\.(txt|md)$/, '.suggested.$1');
      if (existsSync(suggestedPath)) {
        it(`${name}: --fix leaves it alone; accepting every suggestion gives its .suggested file`, () => {
          const want = stripExpectations(readFileSync(suggestedPath, 'utf8'));
          expect(fixText(text, config).output).toBe(text);
          const offered = lintText(text, config).problems.filter((p) => p.suggestions?.length);
          const accepted = applyFixes(text, offered.map((p) => ({ ...p, fix: { edits: p.suggestions![0]!.edits } }))).output;
          expect(accepted).toBe(want.text);
          expect(actualProblems(accepted, config)).toEqual(want.expected);
        });
      }
    }
  });
}
