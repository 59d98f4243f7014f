// Ordinals inside running text: 一是…二是…, 第一，第二，…, 首先/其次/最后.
import type { InlineOrdinal } from './types.js';
import { CN_ORDINAL_CLASS, parseCnNumeral, parseCnNumeralAt } from '../syntax/numerals.js';

// Preceded by a line start or a clause break so 这一是 / 统一是 never count.
const SHI = new RegExp(`(^|[：:；;。，,、！？\\s（(“"])([${CN_ORDINAL_CLASS}]{1,3})是`, 'g');
const DI = new RegExp(`(^|[：:；;。，,、！？\\s（(“"])第([${CN_ORDINAL_CLASS}]{1,3})[，,、：:]`, 'g');
const SEQUENCE = /(^|[：:；;。，,、！？\s])(首先|其次|再次|最后)/g;
const SEQUENCE_VALUE: Record<string, number> = { '首先': 1, '其次': 2, '再次': 3, '最后': 99 };

/** `sequenceWords`: false when the whole document has neither 首先 nor 其次 (parseDocument asks once, not per line). */
export function findInlineOrdinals(text: string, from: number, line: number, out: InlineOrdinal[], sequenceWords = true): void {
  findShi(text, from, line, out);
  findDi(text, from, line, out);
  // a cheap pre-check keeps the regex off lines that cannot match
  if (sequenceWords && mayHoldSequenceWords(text, from)) collect(SEQUENCE, 'sequence', text, from, line, out);
}

/** 首先 or 其次 at or after `from`: a run 首先…其次…最后 has one of them. */
export function mayHoldSequenceWords(text: string, from = 0): boolean {
  return text.indexOf('首先', from) >= 0 || text.indexOf('其次', from) >= 0;
}

// SHI and DI find the same matches as the regexes above (kept as their specification),
// but jump from one 是 / 第 to the next with indexOf: the regexes, which open with an
// alternation, tried a match at every character of every line (a third of parse time on
// the seed, bench/core-throughput.mjs). `last` plays the regex's lastIndex: a match
// consumes its boundary character, so 第一，第二， finds only 第一 exactly as DI does.

/** 一 二 三 四 五 六 七 八 九 十 */
function isOrdinalNumeral(c: number): boolean {
  return c === 0x4e00 || c === 0x4e8c || c === 0x4e09 || c === 0x56db || c === 0x4e94 || c === 0x516d || c === 0x4e03 || c === 0x516b || c === 0x4e5d || c === 0x5341;
}
// By char code: text[i] of a CJK character allocates a one-character string
const BOUNDARY_CODES = new Set([...'：:；;。，,、！？（(“"'].map((ch) => ch.charCodeAt(0)));
const DI_CLOSE_CODES = new Set([...'，,、：:'].map((ch) => ch.charCodeAt(0)));

/** What the regexes' \s matches: ASCII spaces and the Unicode space separators. */
function isWhitespace(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** [：:；;。，,、！？\s（(“"] of the regexes above */
function isBoundary(c: number): boolean {
  return BOUNDARY_CODES.has(c) || isWhitespace(c);
}

/** (^|boundary)(numerals{1,3})是, the match starting at or after `last`. */
function opensAt(text: string, j: number, last: number): boolean {
  return j === 0 ? last === 0 : j - 1 >= last && isBoundary(text.charCodeAt(j - 1));
}

function findShi(text: string, from: number, line: number, out: InlineOrdinal[]): void {
  let last = from;
  for (let k = text.indexOf('是', from); k >= 0; k = text.indexOf('是', k + 1)) {
    let run = 0;
    while (run < 3 && k - run - 1 >= 0 && isOrdinalNumeral(text.charCodeAt(k - run - 1))) run++;
    // only the longest run can open the match: a shorter one has a numeral, not a boundary, before it
    const j = k - run;
    if (run === 0 || !opensAt(text, j, last)) continue;
    last = k + 1;
    const value = parseCnNumeralAt(text, j, k);
    if (!Number.isFinite(value)) continue;
    out.push({ line, start: j, end: k + 1, value, style: 'shi', raw: text.slice(j, k + 1) });
  }
}

function findDi(text: string, from: number, line: number, out: InlineOrdinal[]): void {
  let last = from;
  for (let k = text.indexOf('第', from); k >= 0; k = text.indexOf('第', k + 1)) {
    if (!opensAt(text, k, last)) continue;
    let run = 0;
    while (run < 4 && isOrdinalNumeral(text.charCodeAt(k + 1 + run))) run++;
    const close = k + 1 + run;
    if (run === 0 || run > 3 || close >= text.length || !DI_CLOSE_CODES.has(text.charCodeAt(close))) continue;
    last = close + 1;
    const value = parseCnNumeralAt(text, k + 1, close);
    if (!Number.isFinite(value)) continue;
    out.push({ line, start: k, end: close, value, style: 'di', raw: text.slice(k, close) });
  }
}

/**
 * The same result from the regexes alone: the specification the scans above are held to
 * (test/core/inline.test.ts compares the two on generated text).
 */
export function findInlineOrdinalsBySpec(text: string, from: number, line: number, out: InlineOrdinal[]): void {
  collect(SHI, 'shi', text, from, line, out);
  collect(DI, 'di', text, from, line, out);
  collect(SEQUENCE, 'sequence', text, from, line, out);
}

function collect(re: RegExp, style: InlineOrdinal['style'], text: string, from: number, line: number, out: InlineOrdinal[]): void {
  re.lastIndex = from;
  const found: InlineOrdinal[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < from && m[1] !== '') continue;
    const start = m.index + m[1]!.length;
    const word = m[2]!;
    const value = style === 'sequence' ? SEQUENCE_VALUE[word]! : parseCnNumeral(word);
    if (!Number.isFinite(value)) continue;
    const end = start + (style === 'di' ? word.length + 1 : word.length + (style === 'shi' ? 1 : 0));
    found.push({ line, start, end, value, style, raw: text.slice(start, end) });
  }
  // keep document order when several styles occur on one line
  for (const f of found) out.push(f);
}
