// The separator after a marker, per GB/T 15834-2011 Appendix B.3: 一、 （一） 1. ① 第一条␣.
import type { Marker } from '../model/types.js';
import type { Rule, RuleReport } from './types.js';
import { markerRange, msg, problem, q, separatorRange, shown } from './helpers.js';
import type { Localized } from '../types.js';
import { isCjk } from '../syntax/numerals.js';

const ID = 'marker-punctuation';

const BRACKET_EXTRA = '、.．，,';
const ARABIC_OK_COMMON = '.．、';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('序号后的标点：“一、”“（一）”“1.”“①”“第一条␣”', 'Punctuation after a marker: 一、 （一） 1. ① 第一条␣'),
    tags: ['marker', 'gb/t 15834'],
    defaultSeverity: 'warning',
    fixable: true,
    docs: {
      zh: 'GB/T 15834—2011附录B.3规定，汉字数字序号后用顿号（“一、”）；带括号的序号和带圈序号后不加任何点号（“（一）、”是错的）；阿拉伯数字序号后用圆点（“1.”），“common”配置也接受全文统一使用的“1、”；第一章、第一条之后空一格。缺少分隔符（一建台帐。二抓监护。）、用逗号或空格代替顿号、以及“3[”“5}”这类误输入都会报告，并修复为正确的标点。',
      en: 'GB/T 15834-2011 Appendix B.3: a Chinese numeral takes the enumeration comma (一、); bracketed and circled markers take nothing after them (（一）、 is wrong); an Arabic numeral takes a period (1.) — the common profile also accepts 1、 used consistently; 第一章 and 第一条 are followed by a space. A missing separator (一建台帐。二抓监护。), a comma or space instead of 、, and slips such as 3[ or 5} are reported and fixed.',
      wrong: '一.指导思想\n（一）、提高认识\n3[20xx年9月1日后…\n第一条为了规范管理',
      right: '一、指导思想\n（一）提高认识\n3、20xx年9月1日后…\n第一条 为了规范管理',
    },
  },
  check({ model, profile }) {
    const reports: RuleReport[] = [];
    const arabicSep = dominantArabicSeparator(model.markers, profile);
    for (const m of model.markers) {
      const r = checkMarker(m, profile, arabicSep);
      if (r) reports.push(r);
    }
    // items inside a line (a TOC flattened onto one line) are read for the punctuation a bracket must not carry
    for (const m of model.inlineItems) {
      const r = checkMarker(m, profile, arabicSep);
      if (r) reports.push(r);
    }
    // 1.32026年行业发展趋势预测: the run of sections says the number is 1.3, so 2026 is text glued to it
    for (const sec of model.sections) {
      if (!sec.glued) continue;
      const number = sec.numbers.join('.');
      const range = { start: { line: sec.line, character: sec.start }, end: { line: sec.line, character: sec.end + sec.glued.length } };
      reports.push(problem(range, msg(
        `章节号${q(number)}与后面的${q(sec.glued)}连在一起，应在章节号后空一格`,
        `The section number ${number} runs into the ${sec.glued} after it: put a space after the section number`,
      )));
    }
    for (const a of model.articles) {
      if (a.form !== 'prefix' || a.kind === 'fujian') continue;
      const next = model.lines[a.line]!.text.charCodeAt(a.end);
      if (!isCjk(next)) continue;
      const at = { line: a.line, character: a.end };
      const range = { start: { line: a.line, character: a.start }, end: at };
      reports.push(problem(range, msg(`${q(a.raw)}之后应空一格`, `Put a space after ${a.raw}`), { edits: [{ range: { start: at, end: at }, newText: ' ' }] }));
    }
    return reports;
  },
};

function replaceSeparator(m: Marker, newText: string, message: Localized): RuleReport {
  return problem(markerRange(m), message, { edits: [{ range: separatorRange(m), newText }] });
}

/** Only the punctuation a bracketed marker must not carry: 、 . ． ， , (one or several). */
function onlyBracketExtras(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (!BRACKET_EXTRA.includes(s[i]!)) return false;
  return true;
}

function checkMarker(m: Marker, profile: string, arabicSep: string): RuleReport | undefined {
  const s = m.separator;
  if (m.family === 'cn') {
    if (s === '、') return undefined;
    const what = s === '' ? msg(`汉字数字序号${q(m.numeral)}后缺少顿号`, 'missing 、') : s === ' ' ? msg(`汉字数字序号${q(m.numeral)}后应使用顿号，而不是空格`, 'a space instead of 、') : msg(`汉字数字序号${q(m.numeral)}后应使用顿号，而不是${q(s)}`, `“${s}” instead of 、`);
    return replaceSeparator(m, '、', msg(what.zh, `A Chinese numeral marker takes 、: ${what.en}`));
  }
  if (m.glyph || m.open || m.close) {
    if (s !== '' && s !== ' ' && onlyBracketExtras(s)) {
      return replaceSeparator(m, '', msg(`${m.glyph ? '带圈' : '带括号'}的序号${q(m.open + m.numeral + m.close)}后不加标点，应删去${q(s)}`, `No punctuation after the ${m.glyph ? 'enclosed' : 'bracketed'} marker ${shown(m)}`));
    }
    if (profile === 'gbt9704' && !m.open && m.close && !m.glyph) {
      const at = { line: m.line, character: m.start };
      const message = msg(`半括号序号${q(shown(m))}应写成完整括号${q((m.close === '）' ? '（' : '(') + shown(m))}`, `Write the half-bracket marker ${shown(m)} with both brackets`);
      return problem(markerRange(m), message, { edits: [{ range: { start: at, end: at }, newText: m.close === '）' ? '（' : '(' }] });
    }
    return undefined;
  }
  // arabic
  if (m.broken) {
    return replaceSeparator(m, arabicSep, msg(`序号${q(m.numeral)}后的${q(s)}是误输入，应为${q(arabicSep)}`, `“${s}” after ${m.numeral} is a typing slip for “${arabicSep}”`));
  }
  const ok = profile === 'gbt9704' ? '.．' : ARABIC_OK_COMMON;
  if (s !== '' && ok.includes(s)) return undefined;
  const what = s === ' ' ? msg('空格', 'a space') : msg(`“${s}”`, `“${s}”`);
  return replaceSeparator(m, arabicSep, msg(`阿拉伯数字序号${q(m.numeral)}后应使用${q(arabicSep)}，而不是${what.zh}`, `An Arabic numeral marker takes “${arabicSep}”, not ${what.en}`));
}

/** The separator most Arabic markers of the document already use: the fix follows the writer's own habit. */
function dominantArabicSeparator(markers: Marker[], profile: string): string {
  if (profile === 'gbt9704') return '.';
  let dot = 0;
  let comma = 0;
  for (const m of markers) {
    if (m.family !== 'arabic' || m.glyph) continue;
    if (m.separator === '、') comma++;
    else if (m.separator === '.' || m.separator === '．') dot++;
  }
  return comma > dot ? '、' : '.';
}
