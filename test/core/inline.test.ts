// The inline-ordinal scans (indexOf from 是 / 第, char-code boundaries) must find exactly
// what the regexes that specify them find, wherever the scan starts.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findInlineOrdinals, findInlineOrdinalsBySpec } from '../../server/src/core/model/inline.js';
import type { InlineOrdinal } from '../../server/src/core/model/types.js';

const ALPHABET = [...'一二三四五六七八九十百是第首先其次最后，,、：:；;。！？（(“"这统 \t\u3000\u00a0\u2003x1'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 60 }).map((cs) => cs.join(''));

function both(t: string, from: number): [InlineOrdinal[], InlineOrdinal[]] {
  const fast: InlineOrdinal[] = [];
  const spec: InlineOrdinal[] = [];
  findInlineOrdinals(t, from, 7, fast);
  findInlineOrdinalsBySpec(t, from, 7, spec);
  return [fast, spec];
}

describe('inline ordinals', () => {
  it('the scans find what the regexes find, from any start column', () => {
    fc.assert(
      fc.property(text, fc.nat(60), (t, from) => {
        const [fast, spec] = both(t, Math.min(from, t.length));
        expect(fast).toEqual(spec);
      }),
      { numRuns: 3000, seed: 20261129 },
    );
  });

  it('examples: boundaries, runs of numerals, 第 with its closing mark', () => {
    // 这一是 / 统一是 have no boundary before the numeral; 第一，第二 gives 第一 only: the match takes the comma
    // that would have opened 第二 (as the regex does), and ；第三： opens again
    const [found] = both('一是加强领导；二是落实责任，这一是假的。\u3000三是；第一，第二、统一是；第三：', 0);
    expect(found.map((o) => `${o.style}:${o.raw}=${o.value}`)).toEqual(['shi:一是=1', 'shi:二是=2', 'shi:三是=3', 'di:第一=1', 'di:第三=3']);
  });
});
