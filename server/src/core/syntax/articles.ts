// 篇一 / 第一篇, 第一章, 第一节, 第一条, 附件1 — the article structure of plans and regulations.
import { cnNumeralRun, digitRun, isCjk, isSpace, parseCnNumeral, parseDigits } from './numerals.js';

export type ArticleKind = 'pian' | 'zhang' | 'jie' | 'tiao' | 'fujian';

/** 篇一 / 第一篇, 第一章, 第一节, 第一条, 附件1 */
export interface Article {
  kind: ArticleKind;
  value: number;
  line: number;
  start: number;
  end: number;
  raw: string;
  /** 'prefix' for 第一章 / 附件1, 'suffix' for 篇一 written after a title */
  form: 'prefix' | 'suffix';
  title: string;
}


const KIND_BY_CHAR: Record<string, ArticleKind> = { '篇': 'pian', '章': 'zhang', '节': 'jie', '条': 'tiao' };
/** A 第一节 that is a school period (第一节课) is no article. */
const NOT_AFTER: Record<string, string> = { '节': '课日', '条': '件例款线', '章': '程', '篇': '章' };
const MAX_SUFFIX_TITLE = 40;

function numeralAt(text: string, i: number): { value: number; len: number } | null {
  const cn = cnNumeralRun(text, i, 6);
  if (cn) {
    const v = parseCnNumeral(text.slice(i, i + cn));
    return Number.isFinite(v) ? { value: v, len: cn } : null;
  }
  const d = digitRun(text, i, 4);
  return d ? { value: parseDigits(text.slice(i, i + d)), len: d } : null;
}

function titleAfter(text: string, i: number): string {
  while (i < text.length && (isSpace(text.charCodeAt(i)) || '：:、.'.includes(text[i]!))) i++;
  const rest = text.slice(i, i + 60);
  const cut = rest.search(/[。；;！？]/);
  return (cut >= 0 ? rest.slice(0, cut) : rest).replace(/\*+$/, '').trim();
}

export function matchArticle(text: string, from: number, line: number): Article | null {
  const c = text[from];
  if (c === '第') {
    const num = numeralAt(text, from + 1);
    if (!num) return null;
    const kindChar = text[from + 1 + num.len];
    const kind = kindChar ? KIND_BY_CHAR[kindChar] : undefined;
    if (!kind) return null;
    const end = from + 2 + num.len;
    const next = text[end];
    if (next !== undefined && NOT_AFTER[kindChar!]!.includes(next)) return null;
    // 第一条 must stand at a line start followed by a break, a space or text; 第3条规定 inside prose is excluded by position
    return { kind, value: num.value, line, start: from, end, raw: text.slice(from, end), form: 'prefix', title: titleAfter(text, end) };
  }
  if (c === '附' && text[from + 1] === '件') {
    let i = from + 2;
    while (isSpace(text.charCodeAt(i))) i++;
    const num = numeralAt(text, i);
    const end = num ? i + num.len : from + 2;
    const next = text.charCodeAt(end);
    // 附件 alone on its line, or 附件1 / 附件一： followed by a break
    if (!Number.isNaN(next) && !isSpace(next) && !'：:、.．'.includes(text[end]!) && !(num && isCjk(next))) return null;
    if (!num && !Number.isNaN(next) && !'：:'.includes(text[end]!)) return null;
    return { kind: 'fujian', value: num ? num.value : 0, line, start: from, end, raw: text.slice(from, end), form: 'prefix', title: titleAfter(text, end) };
  }
  if (c === '篇') {
    const num = numeralAt(text, from + 1);
    if (!num) return null;
    const end = from + 1 + num.len;
    const next = text[end];
    if (next !== undefined && !isSpace(next.charCodeAt(0)) && !'：:、.'.includes(next)) return null;
    return { kind: 'pian', value: num.value, line, start: from, end, raw: text.slice(from, end), form: 'prefix', title: titleAfter(text, end) };
  }
  return matchSuffixPian(text, from, line);
}

/** 计划生育工作制度篇一 — the 范文 sites' way of numbering the texts they collect. */
function matchSuffixPian(text: string, from: number, line: number): Article | null {
  let end = text.length;
  while (end > from && (isSpace(text.charCodeAt(end - 1)) || text[end - 1] === '*')) end--;
  if (end - from > MAX_SUFFIX_TITLE + 4 || end - from < 2) return null;
  let i = end;
  while (i > from && cnNumeralRun(text, i - 1, 1)) i--;
  if (i === end || text[i - 1] !== '篇') return null;
  const value = parseCnNumeral(text.slice(i, end));
  if (!Number.isFinite(value) || value < 1) return null;
  const start = i - 1;
  return { kind: 'pian', value, line, start, end, raw: text.slice(start, end), form: 'suffix', title: text.slice(from, start).trim() };
}
