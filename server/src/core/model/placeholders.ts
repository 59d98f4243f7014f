// Unfilled template text left in a plan: 20xx, 二0xx, XX/××/ＸＸ/○○ for names, □ and U+FFFD, 【…】 slots.
import type { Placeholder } from './types.js';
import { CN_ORDINAL_CLASS } from '../syntax/numerals.js';

const SLOT_WORDS = '(?:名称|姓名|单位|时间|日期|地点|填写|内容|金额|数量|部门|学校|班级|年份|负责人)';
const PATTERN = new RegExp([
  // a year: 20xx 二0xx 20** 20__ 20_ (before 年, a dash, a space or the line end)
  '(?:20|二[0〇零])(?:[xX×Ｘｘ]{2}|(?:\\*{1,2}|＊{1,2}|_{1,2}|＿{1,2})(?=年|学年|—|-|－|\\s|$))',
  // a name: XX ×× ＸＸ xx ○○ 某某, a single X or 某 standing for a body's name before its suffix (镇X委, X局, 某局, 某县; not X射线, 某些, 某区域, 某市场, 某处), and masks **** ＊＊
  // (the single X must follow a Chinese character: checked after the match, see followsHan)
  '[XＸ×]{2,3}|xx|○○|某某|某(?=[局委县镇市省乡村厅办校院](?!场|民|长|级))|[XＸ](?=[委局县镇市省区乡村厅办部处科校院])|\\*{4,}|＊{2,}',
  // lost characters
  '[□\\uFFFD]',
  // slots: 【单位名称】 [小学名称]
  `【[^【】]{0,12}${SLOT_WORDS}[^【】]{0,6}】`,
  `\\[[^\\[\\]]{0,12}${SLOT_WORDS}[^\\[\\]]{0,6}\\]`,
  // a figure left blank: 参合率达 %  接待来访群众 人次  结案 件 (a number missing before its unit), after two Chinese
  // characters (checked after the match: a look-behind at the front of an alternative is tried at every character,
  // and took two thirds of this pattern's time on the seed's lines)
  '[ \\u3000]+(?:%|％|万元|亿元|元|万人|人次|人|件|次|户|名|个|项|亩|吨|场|所|家)(?=[，,。；;、）)\\s]|$)',
].join('|'), 'y');
/** The first characters of PATTERN's forms: a form that begins with another character must add it here. */
const STARTS = /[2二XＸ×x○某*＊□\uFFFD【[ \u3000]/g;
/** one character class (an alternation or a row of includes() cost 6 % of the lint): the lines PATTERN can match but for blank figures */
const QUICK = /[xX×Ｘｘ○□\uFFFD【[*＊_＿某]/;
/** The starts of PATTERN's placeholders but for blank figures: the long PATTERN runs only on lines that have one. */
const HINT = new RegExp([
  '[xX×Ｘｘ]{2}', '[XＸ](?=[委局县镇市省区乡村厅办部处科校院])', '○○', '[□\\uFFFD]', '【', `\\[[^\\]]{0,12}${SLOT_WORDS}`,
  '(?:20|二[0〇零])[*＊_＿]', '\\*{4}', '＊{2}', '某(?:某|[局委县镇市省乡村厅办校院])',
].join('|'));

/**
 * A space, then the first character of a unit: the only lines where a blank figure can be. The space comes first
 * so the scan jumps from space to space (a Chinese character first tried a match at every character).
 */
const FIGURE_QUICK = /[ \u3000][%％万亿元人件次户名个项亩吨场所家]/;

/** Whether any line of `text` can hold a placeholder: the per-line test run once over the whole text. */
export function mayHoldPlaceholders(text: string): boolean {
  // two scans: one regex of both alternatives was slower, its start no longer one character class
  return QUICK.test(text) || FIGURE_QUICK.test(text);
}

export function findPlaceholders(text: string, line: number, out: Placeholder[]): void {
  // QUICK lets through every line with an x, a [ or a 某; HINT (run on those few) asks for a placeholder's real start
  if (!(QUICK.test(text) && HINT.test(text)) && !FIGURE_QUICK.test(text)) return;
  // PATTERN tried at the characters its forms begin with, not at every character (an alternation of a dozen forms
  // costs each of them at each character): the same matches, leftmost first, as PATTERN with the g flag
  STARTS.lastIndex = 0;
  while (STARTS.test(text)) {
    const start = STARTS.lastIndex - 1;
    PATTERN.lastIndex = start;
    const m = PATTERN.exec(text);
    if (!m) continue;
    const raw = m[0];
    STARTS.lastIndex = start + raw.length;
    const kind = kindOf(raw);
    if (!lookBehindHolds(text, start, raw, kind)) continue;
    if (kind === 'name' && (isLatinContext(text, start, start + raw.length) || isNumeralZero(text, start, raw) || isRule(text, raw))) continue;
    if (kind === 'figure') {
      const unit = raw.trimStart();
      out.push({ line, start: start + raw.length - unit.length, end: start + raw.length, kind, raw: unit });
      continue;
    }
    out.push({ line, start, end: start + raw.length, kind, raw });
  }
}

/** The look-behinds PATTERN leaves to the code: a blank figure follows two Chinese characters, a single X one. */
function lookBehindHolds(text: string, start: number, raw: string, kind: Placeholder['kind']): boolean {
  if (kind === 'figure') return followsHan(text, start) && followsHan(text, start - 1);
  return raw.length !== 1 || (raw !== 'X' && raw !== 'Ｘ') || followsHan(text, start);
}

/** The character before `at` is a CJK unified ideograph (U+4E00–U+9FFF). */
function followsHan(text: string, at: number): boolean {
  const c = text.charCodeAt(at - 1);
  return c >= 0x4e00 && c <= 0x9fff;
}

/** XX inside a Latin word or code (XXL, 0xFF, XML) is not a placeholder. */
function isLatinContext(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const latin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return latin(before) || latin(after);
}

function kindOf(raw: string): Placeholder['kind'] {
  const c = raw[0]!;
  if (raw === '□' || raw === '\uFFFD') return 'lost-char';
  if (c === '【' || c === '[') return 'slot';
  if (c === ' ' || c === '\u3000') return 'figure';
  if (/^(?:20|二[0〇零])./.test(raw)) return 'year';
  return 'name';
}

/** 二○○八年: ○ written for zero inside a Chinese-numeral year, not a name to fill in. */
function isNumeralZero(text: string, start: number, raw: string): boolean {
  if (raw[0] !== '○') return false;
  const zero = '○〇';
  const numeral = CN_ORDINAL_CLASS + '零';
  let a = start;
  while (a > 0 && zero.includes(text[a - 1]!)) a--;
  let b = start + raw.length;
  while (b < text.length && zero.includes(text[b]!)) b++;
  return numeral.includes(text[a - 1] ?? '') || numeral.includes(text[b] ?? '') || text[b] === '年';
}

/** ****** alone on a line is a Markdown rule or a decoration, not a mask. */
function isRule(text: string, raw: string): boolean {
  return (raw[0] === '*' || raw[0] === '＊') && raw.length + 16 > text.length && text.trim() === raw;
}
