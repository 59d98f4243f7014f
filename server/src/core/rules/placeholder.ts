// Unfilled template text: 20xx, XX/××/○○ standing for names, □ and U+FFFD for lost characters, 【…】 slots.
import type { Placeholder } from '../model/types.js';
import type { Localized } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { msg } from './helpers.js';

export const rule: Rule = {
  meta: {
    id: 'placeholder',
    description: msg('未填写的模板文字：20xx、XX、□、【单位名称】', 'Unfilled template text: 20xx, XX, □, 【单位名称】'),
    tags: ['content'],
    defaultSeverity: 'warning',
    fixable: false,
    docs: {
      zh: '从范文或模板改写的计划里，常常留下没有替换的占位符：20xx年、二0xx年（年份），XX、××、ＸＸ、○○（单位或人名），【单位名称】这样的待填栏目；□ 和 U+FFFD（�）则是编码转换或复制粘贴时丢失的字符。提示会说明应填入什么。没有自动修复：只有作者知道该填的内容；年份的提示会给出标题中的年份作参考。',
      en: 'Plans adapted from samples or templates often keep placeholders: 20xx年 and 二0xx年 (a year), XX, ××, ＸＸ and ○○ (a unit or person), slots such as 【单位名称】; □ and U+FFFD (�) are characters lost in an encoding conversion or a copy and paste. The message says what to fill in. No automatic fix: only the writer knows the content; for a year the message suggests the year found in the title.',
      wrong: '结合我镇实际□20xx年要继续抓好建章立制。\n由XX负责组织实施。',
      right: '结合我镇实际，2024年要继续抓好建章立制。\n由办公室负责组织实施。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    for (const p of model.placeholders) {
      reports.push({
        range: { start: { line: p.line, character: p.start }, end: { line: p.line, character: p.end } },
        message: messageFor(p, model.year),
      });
    }
    return reports;
  },
};

function messageFor(p: Placeholder, year: number | undefined): Localized {
  switch (p.kind) {
    case 'year': {
      const hint = year ? msg(`（标题中的年份是 ${year}）`, ` (the title says ${year})`) : msg('', '');
      return msg(`“${p.raw}”是未填写的年份，请填入具体年份${hint.zh}`, `“${p.raw}” is an unfilled year: write the actual year${hint.en}`);
    }
    case 'name':
      return msg(`“${p.raw}”是占位符，请填入具体的单位、部门或人名`, `“${p.raw}” is a placeholder: write the actual unit, department or name`);
    case 'lost-char':
      return p.raw === '□'
        ? msg('“□”是丢失的字符（编码转换或复制时产生），请补上原来的文字或标点', '“□” is a lost character (from an encoding conversion or a copy): restore the original character or punctuation')
        : msg('“\uFFFD”是无法识别的字符（编码错误），请补上原来的文字', '“\uFFFD” is an unreadable character (an encoding error): restore the original character');
    case 'slot': {
      const what = p.raw.slice(1, -1).trim().replace(/^请?(?:填写|填入)/, '') || p.raw;
      return msg(`“${p.raw}”是待填写的栏目，请填入${what}`, `“${p.raw}” is a slot to fill in: write the ${what}`);
    }
  }
}
