// Readers rewritten for speed must find exactly what the patterns that specify them find:
// the placeholder reader (tried only where a form can begin, its look-behinds checked after
// the match) against the one pattern with look-behinds it replaced, and the weekday gate
// (from each 日 and 号) against the searches and the regex it replaced.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findPlaceholders } from '../../server/src/core/model/placeholders.js';
import { weekdayAfterDay } from '../../server/src/core/analysis/calendar.js';
import type { Placeholder } from '../../server/src/core/model/types.js';

const SLOT_WORDS = '(?:名称|姓名|单位|时间|日期|地点|填写|内容|金额|数量|部门|学校|班级|年份|负责人)';
/** The pattern as it was before the rewrite (2026-12-02), matched with the g flag from the line start. */
const SPEC = new RegExp([
  '(?:20|二[0〇零])(?:[xX×Ｘｘ]{2}|(?:\\*{1,2}|＊{1,2}|_{1,2}|＿{1,2})(?=年|学年|—|-|－|\\s|$))',
  '[XＸ×]{2,3}|xx|○○|某某|某(?=[局委县镇市省乡村厅办校院](?!场|民|长|级))|(?<=[\\u4e00-\\u9fff])[XＸ](?=[委局县镇市省区乡村厅办部处科校院])|\\*{4,}|＊{2,}',
  '[□\\uFFFD]',
  `【[^【】]{0,12}${SLOT_WORDS}[^【】]{0,6}】`,
  `\\[[^\\[\\]]{0,12}${SLOT_WORDS}[^\\[\\]]{0,6}\\]`,
  '(?<=[\\u4e00-\\u9fff]{2})[ \\u3000]+(?:%|％|万元|亿元|元|万人|人次|人|件|次|户|名|个|项|亩|吨|场|所|家)(?=[，,。；;、）)\\s]|$)',
].join('|'), 'g');

/** The raw matches the reader must see, by where they start: the reader's own filters (XXL, 二○○八, ****) come after. */
function specMatches(t: string): string[] {
  return [...t.matchAll(SPEC)].map((m) => `${m.index}:${m[0].trimStart()}`);
}

function readerMatches(t: string): string[] {
  const out: Placeholder[] = [];
  findPlaceholders(t, 0, out);
  return out.map((p) => `${p.start - (p.kind === 'figure' ? leadingSpaces(t, p.start) : 0)}:${p.raw}`);
}

function leadingSpaces(t: string, end: number): number {
  let i = end;
  while (i > 0 && (t[i - 1] === ' ' || t[i - 1] === '\u3000')) i--;
  return end - i;
}

/** What the reader's own filters may drop from the pattern's matches: names inside Latin text or after a digit (XXL, 2某镇), ○ for zero, a rule of asterisks. */
const FILTERABLE = /^[xX×Ｘｘ○某*＊]+$/;

/** Characters and the fragments placeholders are made of, so generated text holds whole forms often. */
const PLACEHOLDER_PIECES = [
  ...'20二〇零xX×Ｘｘ○某局县镇委区射线*＊_＿□\uFFFD【】[]名称单位 \u3000%人次元件。，年—-甲乙AZ9',
  '20xx', '二0xx', '20**', '20__年', 'XX', '××', '○○', '某某', '某局', '镇X委', '****', '＊＊', '【单位名称】', '[小学名称]', '达 %', '接待 人次，',
];
const placeholderText = fc.array(fc.constantFrom(...PLACEHOLDER_PIECES), { maxLength: 24 }).map((cs) => cs.join(''));

const WEEK_ALPHABET = [...'日号星期周週礼拜禮天一二三四五六七，,、（()  \t月9甲'];
const weekText = fc.array(fc.constantFrom(...WEEK_ALPHABET), { maxLength: 30 }).map((cs) => cs.join(''));
const OLD_AFTER_DATE = /[日号]\s*[，,、]?\s*[（(]?\s*(?:星期|周|週|礼拜|禮拜)[天日一二三四五六]/;
function oldWeekdayGate(t: string): boolean {
  const after = (zhou: string) => {
    for (let i = t.indexOf(zhou); i >= 0; i = t.indexOf(zhou, i + 1)) if ('日一二三四五六'.includes(t[i + 1] ?? '') || t[i + 1] === '天') return true;
    return false;
  };
  return (t.includes('星期') || t.includes('礼拜') || t.includes('禮拜') || after('周') || after('週')) && OLD_AFTER_DATE.test(t);
}

describe('readers against their specifications', () => {
  it('placeholders: the reader reports the pattern\'s matches, dropping only what its filters drop', () => {
    fc.assert(
      fc.property(placeholderText, (t) => {
        const spec = specMatches(t);
        const reader = readerMatches(t);
        for (const m of reader) expect(spec).toContain(m);
        for (const m of spec) if (!reader.includes(m)) expect(m.slice(m.indexOf(':') + 1)).toMatch(FILTERABLE);
      }),
      { numRuns: 4000, seed: 20261203 },
    );
  });

  it('placeholders: examples of the forms whose look-behind moved after the match', () => {
    expect(readerMatches('镇X委和X局')).toEqual(['1:X', '4:X']); // a single X after a Chinese character, before a body's suffix
    expect(readerMatches('AX局 X局')).toEqual([]); // after a Latin letter or a space: not a name
    expect(readerMatches('参合率达 %，接待 人次。')).toEqual(['4:%', '9:人次']);
    expect(readerMatches('达到1 人次')).toEqual([]); // a figure is there
  });

  it('the weekday gate: true exactly when a day has a weekday straight after it', () => {
    fc.assert(fc.property(weekText, (t) => {
      expect(weekdayAfterDay(t)).toBe(oldWeekdayGate(t));
    }), { numRuns: 4000, seed: 20261203 });
    expect(weekdayAfterDay('2024年9月1日（星期日）')).toBe(true);
    expect(weekdayAfterDay('9月7日, 周六')).toBe(true);
    expect(weekdayAfterDay('每周一开会，9月1日开学')).toBe(false);
  });
});
