// Unfilled template text: 20xx, XX/××/○○ standing for names, □ and U+FFFD for lost characters, 【…】 slots.
import type { Placeholder } from '../model/types.js';
import type { Localized } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { msg, problem } from './helpers.js';

const ID = 'placeholder';

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('未填写的模板文字：20xx、XX、□、【单位名称】、漏填的数字', 'Unfilled template text: 20xx, XX, □, 【单位名称】, blank figures'),
    tags: ['content'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '从范文或模板改写的计划里，常常留下没有替换的占位符：20xx年、二0xx年（年份），XX、××、ＸＸ、○○（单位或人名），【单位名称】这样的待填栏目；“□”和U+FFFD（�）则是编码转换或复制粘贴时丢失的字符。写作者留下的其他形式也一并识别：20**年、20_年、20__年，“************”或“＊＊”遮去的名称，某某，镇X委、X局、某局、某县这样只留一个“X”或“某”字的单位名（“某些”“某区域”“某市场”是普通词语，不报告），“[小学名称]”这样的方括号栏目，以及漏填的数字（`参合率达 %`、`接待来访群众 人次`）。用“○”“〇”表示零的汉字年份（二○一二年）不是占位符。提示会说明应填入什么。紧挨着的一串丢失字符（编码错误常常留下一整串“�”）或一串“××”“○○”合为一处报告；相邻的年份和栏目各自报告。没有自动修复：只有作者知道该填的内容；年份的提示会给出标题中的年份作参考。',
      en: 'Plans adapted from samples or templates often keep placeholders: 20xx年 and 二0xx年 (a year), XX, ××, ＸＸ and ○○ (a unit or person), slots such as 【单位名称】; □ and U+FFFD (�) are characters lost in an encoding conversion or a copy and paste. The other forms writers leave are read too: 20**年, 20_年 and 20__年, names masked as ************ or ＊＊, 某某, a single X or 某 for the name of a body (镇X委, X局, 某局, 某县; 某些, 某区域 and 某市场 are ordinary words), bracketed slots such as [小学名称], and blank figures (参合率达 %, 接待来访群众 人次). ○ or 〇 for zero in a Chinese-numeral year (二○一二年) is not a placeholder. The message says what to fill in. A run of adjacent lost characters (an encoding error often leaves a whole stretch of �) or of ×× and ○○ is reported once; adjacent years and slots are reported each. No automatic fix: only the writer knows the content; for a year the message suggests the year found in the title.',
      wrong: '结合我镇实际□20xx年要继续抓好建章立制。\n由XX负责组织实施。',
      right: '结合我镇实际，2024年要继续抓好建章立制。\n由办公室负责组织实施。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const list = model.placeholders;
    // one message per distinct placeholder, shared by all its problems: a template may hold 20xx a thousand times
    const messages = new Map<string, Localized>();
    let lastRaw = '';
    let lastMessage: Localized | undefined;
    for (let i = 0; i < list.length; i++) {
      const p = list[i]!;
      let end = p.end;
      let count = 1;
      // □□□ or ××××: one stretch to fill in, one problem
      while (i + 1 < list.length && continuesRun(p, list[i + 1]!, end)) {
        end = list[++i]!.end;
        count++;
      }
      const raw = count === 1 ? p.raw : model.lines[p.line]!.text.slice(p.start, end);
      if (raw !== lastRaw) {
        lastRaw = raw;
        lastMessage = messages.get(raw);
        if (!lastMessage) messages.set(raw, (lastMessage = messageFor(p.kind, raw, count, model.year)));
      }
      const message = lastMessage!;
      reports.push(problem({ start: { line: p.line, character: p.start }, end: { line: p.line, character: end } }, message));
    }
    return reports;
  },
};

/**
 * Adjacent lost characters (an encoding error leaves a run of U+FFFD) and adjacent name placeholders are one
 * stretch to fill in. Years and slots stay separate: each is its own value.
 */
function continuesRun(first: Placeholder, next: Placeholder, end: number): boolean {
  if (next.line !== first.line || next.start !== end || next.kind !== first.kind) return false;
  return first.kind === 'name' || (first.kind === 'lost-char' && next.raw === first.raw);
}

function messageFor(kind: Placeholder['kind'], raw: string, count: number, year: number | undefined): Localized {
  switch (kind) {
    case 'year': {
      const hint = year ? msg(`（标题中的年份是${year}）`, ` (the title says ${year})`) : msg('', '');
      return msg(`“${raw}”是未填写的年份，请填入具体年份${hint.zh}`, `“${raw}” is an unfilled year: write the actual year${hint.en}`);
    }
    case 'name':
      return msg(`“${raw}”是占位符，请填入具体的单位、部门或人名`, `“${raw}” is a placeholder: write the actual unit, department or name`);
    case 'lost-char':
      if (raw[0] === '□') {
        return count === 1
          ? msg('“□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点', '“□” is a lost character (from an encoding conversion or a copy): restore the original character or punctuation')
          : msg(`“${raw}”是${count}个丢失的字符（编码转换或复制时产生），请补上原来的文字或标点`, `“${raw}” are ${count} lost characters (from an encoding conversion or a copy): restore the original characters or punctuation`);
      }
      return count === 1
        ? msg('“\uFFFD”是无法识别的字符（编码错误），请补上原来的文字', '“\uFFFD” is an unreadable character (an encoding error): restore the original character')
        : msg(`“${raw}”是${count}个无法识别的字符（编码错误），请补上原来的文字`, `“${raw}” are ${count} unreadable characters (an encoding error): restore the original characters`);
    case 'figure':
      return msg(`“${raw.trim()}”前缺少数字，请填入具体数值`, `The number before “${raw.trim()}” is missing: write the actual figure`);
    case 'slot': {
      const what = raw.slice(1, -1).trim().replace(/^请?(?:填写|填入)/, '') || raw;
      return msg(`“${raw}”是待填写的栏目，请填入${what}`, `“${raw}” is a slot to fill in: write the ${what}`);
    }
  }
}
