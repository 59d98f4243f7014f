// A fix never makes a document worse, measured on real text: after fixText, no document of the real corpus or the
// regulations has more sequence problems than before, a document with no sequence problem keeps every ordinal, and
// so does every document the real corpus annotates as clean (expect.json), whatever PlanDoc thinks of it.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixText, lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';
import { parseDocument } from '../../server/src/core/model/parse.js';

const CORPORA = [
  process.env.PLANDOC_REAL_CORPUS ? join(process.env.PLANDOC_REAL_CORPUS, 'docs') : resolve(__dirname, '../../../shared/corpus/real/docs'),
  process.env.PLANDOC_CORPUS ?? resolve(__dirname, '../../../shared/corpus/regulations'),
];
const SEQUENCE_RULES = new Set([
  'numbering-sequence', 'numbering-restart', 'article-sequence', 'inline-sequence', 'heading-hierarchy',
  'month-order', 'month-overlap', 'month-invalid', 'week-sequence',
]);

const sequenceProblems = (text: string) => lintText(text, defaultConfig('common')).problems.filter((p) => SEQUENCE_RULES.has(p.ruleId)).length;
const ordinals = (text: string) => parseDocument(text).markers.map((m) => `${m.line}:${m.family}:${m.value}`);

describe.each(CORPORA)('fixing %s', (dir) => {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f)).sort() : [];

  it('is found (set PLANDOC_REAL_CORPUS / PLANDOC_CORPUS to move it)', () => {
    expect(files.length, `no documents at ${dir}`).toBeGreaterThan(0);
  });

  it('leaves no document with more sequence problems, and renumbers no document that had none', () => {
    const worse: string[] = [];
    const renumbered: string[] = [];
    for (const f of files) {
      const text = readFileSync(join(dir, f), 'utf8');
      const before = sequenceProblems(text);
      const output = fixText(text, defaultConfig('common')).output;
      if (output === text) continue;
      if (sequenceProblems(output) > before) worse.push(f);
      if (before === 0 && ordinals(output).join() !== ordinals(text).join()) renumbered.push(f);
    }
    expect(worse, 'documents with more sequence problems after --fix').toEqual([]);
    expect(renumbered, 'documents without a sequence problem whose numbering --fix changed').toEqual([]);
  });
});

describe('fixing the documents the real corpus annotates clean', () => {
  const root = resolve(CORPORA[0]!, '..');
  const expectPath = join(root, 'expect.json');
  const clean: string[] = existsSync(expectPath) ? JSON.parse(readFileSync(expectPath, 'utf8')).clean : [];

  it('keeps every ordinal number', () => {
    expect(clean.length, `no expect.json at ${expectPath}`).toBeGreaterThan(0);
    const renumbered = clean.filter((f) => {
      const text = readFileSync(join(root, f), 'utf8');
      return ordinals(fixText(text, defaultConfig('common')).output).join() !== ordinals(text).join();
    });
    expect(renumbered).toEqual([]);
  });
});
