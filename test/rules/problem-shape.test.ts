// Every rule makes its problems with helpers.problem(): all Problem fields, in one order, the rule's id and
// severity left to the runner (as markdownlint's rules pass only the detail). One shape keeps the runner, the
// sort and the adapters on their fast paths (a report grown by two fields afterwards cost a property store each).
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defaultConfig, lintModel, parseDocument } from '../../server/src/core/linter.js';
import { rules } from '../../server/src/core/rules/registry.js';
import type { ProfileName } from '../../server/src/core/config/types.js';

const FIXTURES = join(__dirname, '../fixtures');
const texts = [
  readFileSync(join(FIXTURES, 'seed.txt'), 'utf8'),
  ...readdirSync(join(FIXTURES, 'rules')).map((f) => readFileSync(join(FIXTURES, 'rules', f), 'utf8')),
  ...readdirSync(join(FIXTURES, 'time')).map((f) => readFileSync(join(FIXTURES, 'time', f), 'utf8')),
  ...rules.map((r) => r.meta.docs.wrong),
];
const SHAPE = ['ruleId', 'severity', 'range', 'message', 'fix', 'related', 'suggestions'];

describe('problem shape', () => {
  for (const profile of ['common', 'gbt9704'] as ProfileName[]) {
    it(`every rule reports whole problems with its id and the configured severity (${profile})`, () => {
      const seen = new Set<string>();
      for (const text of texts) {
        const model = parseDocument(text);
        for (const rule of rules) {
          const options = Object.fromEntries(Object.entries(rule.meta.options ?? {}).map(([k, v]) => [k, v.default]));
          for (const r of rule.check({ model, profile, options, severity: 'info' })) {
            expect(Object.keys(r), rule.meta.id).toEqual(SHAPE);
            seen.add(rule.meta.id);
          }
        }
      }
      // each rule's own "wrong" example gives it something to report, so no rule escapes the check
      expect([...seen].sort()).toEqual(rules.map((r) => r.meta.id).sort());
    });

    it(`the runner gives each problem its rule's id and the configured severity (${profile})`, () => {
      const config = defaultConfig(profile);
      for (const id of Object.keys(config.rules)) config.rules[id]!.severity = 'info';
      const reported = new Set<string>();
      for (const text of texts) {
        for (const p of lintModel(parseDocument(text), config)) {
          expect(Object.keys(p).slice(0, SHAPE.length)).toEqual(SHAPE);
          expect(p.severity).toBe('info');
          reported.add(p.ruleId);
        }
      }
      expect([...reported].sort()).toEqual(rules.map((r) => r.meta.id).sort());
    });
  }
});
