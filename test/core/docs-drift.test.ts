// Rule docs, the config schema and the README rules table are generated from rule metadata: fail when they drift.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { generatedFiles, renderRulesTable } from '../../server/src/core/docs/generate.js';
import { rules } from '../../server/src/core/rules/registry.js';

const ROOT = join(__dirname, '../..');

describe('generated documentation', () => {
  for (const [path, content] of generatedFiles()) {
    it(`${path} is up to date (run npm run docs)`, () => {
      expect(readFileSync(join(ROOT, path), 'utf8')).toBe(content);
    });
  }
  it('README rules table is up to date (run npm run docs)', () => {
    expect(readFileSync(join(ROOT, 'README.md'), 'utf8')).toContain(renderRulesTable());
  });
  it('every rule file is registered and every registered rule has zh and en texts', () => {
    const files = readdirSync(join(ROOT, 'server/src/core/rules')).filter((f) => !['types.ts', 'helpers.ts', 'registry.ts'].includes(f) && f.endsWith('.ts'));
    expect(files.map((f) => f.replace(/\.ts$/, '')).sort()).toEqual(rules.map((r) => r.meta.id).sort());
    for (const r of rules) {
      expect(r.meta.description.zh && r.meta.description.en && r.meta.docs.zh && r.meta.docs.en).toBeTruthy();
    }
  });
  it('no stray rule docs', () => {
    const docs = readdirSync(join(ROOT, 'docs/rules')).map((f) => f.replace(/\.md$/, '')).sort();
    expect(docs).toEqual(rules.map((r) => r.meta.id).sort());
  });
});
