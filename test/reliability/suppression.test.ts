// The suppression check is O((d + p) log d) for d directives and p problems (issue 15: checking every problem
// against every directive took 440 s on 9.6 MB). Operations are counted, not timed: the index counts every
// interval endpoint it reads, and lintModel's lookups are counted with a spy.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SuppressionIndex, type SuppressionCounter } from '../../server/src/core/suppressionIndex.js';
import { defaultConfig, lintText } from '../../server/src/core/linter.js';
import type { Suppression } from '../../server/src/core/model/types.js';

const IDS = ['numbering-sequence', 'article-sequence', 'placeholder'];

/** d directives, deterministic: blocks and single lines, one id, several ids or none, overlapping and not. */
function directives(d: number): Suppression[] {
  const out: Suppression[] = [];
  let x = 12345;
  const next = () => (x = (x * 1103515245 + 12345) % 2 ** 31);
  for (let i = 0; i < d; i++) {
    const from = next() % (d * 4);
    const kind = next() % 4;
    out.push({ rules: kind === 0 ? [] : kind === 1 ? [IDS[next() % 3]!, IDS[next() % 3]!] : [IDS[next() % 3]!], from, to: from + (next() % 3 === 0 ? next() % 20 : 0) });
  }
  return out;
}

function scan(list: Suppression[], ruleId: string, line: number): boolean {
  return list.some((s) => line >= s.from && line <= s.to && (s.rules.length === 0 || s.rules.includes(ruleId)));
}

/** Steps to build an index of d directives and answer d queries for each rule. */
function stepsFor(d: number): number {
  const counter: SuppressionCounter = { steps: 0 };
  const index = new SuppressionIndex(directives(d), counter);
  for (const id of IDS) for (let line = 0; line < d; line++) index.isSuppressed(id, line * 4);
  return counter.steps;
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('suppression index', () => {
  it('answers as checking every directive would', () => {
    const list = directives(500);
    const index = new SuppressionIndex(list);
    const wrong: string[] = [];
    for (const id of [...IDS, 'marker-width']) {
      const forRule = index.forRule(id);
      for (let line = 0; line < 2_100; line++) {
        const expected = scan(list, id, line);
        if (index.isSuppressed(id, line) !== expected || (forRule?.(line) ?? false) !== expected) wrong.push(`${id}:${line}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('a rule that no directive names gets no check at all', () => {
    const index = new SuppressionIndex([{ rules: ['placeholder'], from: 1, to: 3 }]);
    expect(index.forRule('marker-width')).toBeUndefined();
    expect(index.forRule('placeholder')?.(2)).toBe(true);
    expect(new SuppressionIndex([{ rules: [], from: 1, to: 3 }]).forRule('marker-width')?.(2)).toBe(true);
  });

  it('reads O(log d) interval endpoints per problem: 4× the directives and problems cost at most 5× the steps', () => {
    const d = 2 ** 14;
    const small = stepsFor(d);
    const large = stepsFor(4 * d);
    // 3 rules × d queries × (2 lookups × (log2 d + 2) steps) + d to merge: a scan would read d per lookup
    expect(small).toBeLessThanOrEqual(d + 3 * d * 2 * (Math.log2(d) + 2));
    expect(large / small).toBeLessThan(5); // quadratic: 16
  });

  it('lintModel looks each problem up at most twice (all rules, then its own), through the index', () => {
    const covers = vi.spyOn(SuppressionIndex.prototype as unknown as { covers: (i: unknown, l: number) => boolean }, 'covers');
    const n = 3_000;
    const lines: string[] = [];
    for (let i = 0; i < n; i++) lines.push('<!-- plandoc-disable numbering-sequence -->', '2、甲', '<!-- plandoc-enable numbering-sequence -->', `第${i % 2 ? '二' : '三'}条 <!-- plandoc-disable-line article-sequence -->`);
    const text = lines.join('\n');
    const suppressed = lintText(text, defaultConfig(), Infinity).problems;
    const calls = covers.mock.calls.length;
    covers.mockClear();
    // the same document with the directives made plain comments: every problem the directives could switch off
    const all = lintText(text.replace(/plandoc-(disable|enable)/g, 'plain-$1'), defaultConfig(), Infinity).problems;
    expect(covers.mock.calls.length).toBe(0); // no directive: no index
    const named = all.filter((p) => p.ruleId === 'numbering-sequence' || p.ruleId === 'article-sequence').length;
    expect(named).toBeGreaterThan(n);
    expect(calls).toBeGreaterThanOrEqual(named);
    expect(calls).toBeLessThanOrEqual(2 * named);
    expect(suppressed.filter((p) => p.ruleId === 'numbering-sequence' || p.ruleId === 'article-sequence')).toEqual([]);
  });
});
