// The fixes of marker-width and marker-consistency touch only the marker's own characters, never the item's text.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import { markerEnd } from '../../server/src/core/rules/helpers.js';
import { fixture } from './harness.js';

const RULES = new Set(['marker-width', 'marker-consistency']);
const docs = ['../seed.txt', ...readdirSync(join(__dirname, '../fixtures/rules')).filter((f) => f.endsWith('.txt') || f.endsWith('.md'))];

describe('minimal fixes', () => {
  for (const profile of ['common', 'gbt9704'] as const) {
    it(`every edit lies inside a marker (${profile})`, () => {
      let edits = 0;
      for (const name of docs) {
        const { model, problems } = lintText(fixture(name), defaultConfig(profile));
        for (const p of problems) {
          if (!RULES.has(p.ruleId) || !p.fix) continue;
          const m = model.markerAt[p.range.start.line]!;
          for (const e of p.fix.edits) {
            edits++;
            expect(e.range.start.line).toBe(m.line);
            expect(e.range.start.character).toBeGreaterThanOrEqual(m.start);
            expect(e.range.end.character).toBeLessThanOrEqual(markerEnd(m));
          }
        }
      }
      expect(edits).toBeGreaterThan(5);
    });
  }
});
