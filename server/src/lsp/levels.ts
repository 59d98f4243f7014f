// What the standards say about each structural level, for hover and outline details.
import type { Localized } from '../core/types.js';
import type { MarkerFamily } from '../core/model/types.js';
import { toCnNumeral } from '../core/syntax/numerals.js';

export function levelName(level: number): Localized {
  return { zh: `第${toCnNumeral(level + 1)}层`, en: `level ${level + 1}` };
}

/** GB/T 9704-2012 §7.3.3 names four levels of 序数; GB/T 15834-2011 App. B.3 says how each is punctuated. */
export const STANDARD_WORDING: Localized = {
  zh: 'GB/T 9704-2012 第 7.3.3 条：文中结构层次序数依次可以用“一、”“（一）”“1.”“（1）”标注；一般第一层用黑体字、第二层用楷体字、第三层和第四层用仿宋体字标注。',
  en: 'GB/T 9704-2012 §7.3.3: the structural levels of the text are numbered in turn “一、”, “（一）”, “1.”, “（1）”; the first level is usually set in 黑体 (bold sans), the second in 楷体 (kai), the third and fourth in 仿宋 (fangsong).',
};

export const FAMILY_WORDING: Record<MarkerFamily, Localized> = {
  cn: {
    zh: '汉字数字后用顿号：“一、”（GB/T 15834-2011 附录 B.3）。',
    en: 'A Chinese numeral takes the enumeration comma: “一、” (GB/T 15834-2011 App. B.3).',
  },
  'cn-paren': {
    zh: '括号内的序号后不再加标点：“（一）”，不写“（一）、”（GB/T 15834-2011 附录 B.3）。',
    en: 'A bracketed numeral takes no further punctuation: “（一）”, not “（一）、” (GB/T 15834-2011 App. B.3).',
  },
  arabic: {
    zh: '阿拉伯数字后用下脚点：“1.”，不用顿号“1、”（GB/T 15834-2011 附录 B.3）。',
    en: 'An Arabic numeral takes a full stop: “1.”, not the enumeration comma “1、” (GB/T 15834-2011 App. B.3).',
  },
  'arabic-paren': {
    zh: '括号内的阿拉伯数字后不再加标点：“（1）”（GB/T 15834-2011 附录 B.3）。',
    en: 'A bracketed Arabic numeral takes no further punctuation: “（1）” (GB/T 15834-2011 App. B.3).',
  },
  circled: {
    zh: '带圈数字“①”不属于 GB/T 9704 规定的四个层次，常用作“（1）”之下的第五层。',
    en: 'Circled numerals “①” are not among the four GB/T 9704 levels; they commonly serve as a fifth level below “（1）”.',
  },
};
