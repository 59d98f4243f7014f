// 篇一…篇N, 第一章…, 第一节…, 第一条… continuous across chapters, 附件1…: gaps, duplicates, order, start.
import type { Article, ArticleKind, DocumentModel } from '../model/types.js';
import type { Range } from '../types.js';
import type { Rule, RuleReport } from './types.js';
import { msg, problem, q } from './helpers.js';
import { toCnNumeral } from '../syntax/numerals.js';

const ID = 'article-sequence';

const KIND_NAME: Record<ArticleKind, { zh: string; en: string }> = {
  pian: { zh: '篇', en: 'part (篇)' },
  zhang: { zh: '章', en: 'chapter (章)' },
  jie: { zh: '节', en: 'section (节)' },
  tiao: { zh: '条', en: 'article (条)' },
  fujian: { zh: '附件', en: 'attachment (附件)' },
};

export const rule: Rule = {
  meta: {
    id: ID,
    description: msg('篇、章、节、条、附件的编号连续：条在全文（每篇）中连续编号', 'Parts, chapters, sections, articles and attachments numbered in sequence; articles run on across chapters'),
    tags: ['numbering', 'articles'],
    defaultSeverity: 'error',
    fixable: false,
    docs: {
      zh: '规章制度的篇、章、节、条和附件都要依次编号：篇在全文中连续（“篇一、篇二”或“第一篇、第二篇”），章在每篇中连续，节在每章中连续，条在全文（或每篇）中连续编号、跨章不重新开始，“附件1”“附件2”依次排列。报告跳号、重号、倒序和不从第一开始的情况，并指出上一个编号的位置。新的篇或附件开始一份新的文本，其中的章、节、条重新编号；每章都从第一条开始的写法和目录之后正文重新开始的编号也被接受。同一种篇章条的序号混用阿拉伯数字和汉字数字（第1章、第二章）也报告一次。没有自动修复：重新编排条的序号会使正文中“依照第N条”的引用失效，必须由作者一并修改。',
      en: 'The parts, chapters, sections, articles and attachments of a regulation are numbered in sequence: parts across the document (篇一, 篇二 or 第一篇, 第二篇), chapters within each part, sections within each chapter, articles across the whole document (or part) without restarting at each chapter, attachments 附件1, 附件2 in order. Gaps, duplicates, reversals and a wrong start are reported with the previous number as related information. A new part or attachment starts a new text whose chapters and articles are numbered afresh; articles restarting at each chapter and numbering that starts again after a table of contents are accepted. One kind numbered in both Arabic digits and Chinese numerals (第1章, 第二章) is reported once. No automatic fix: renumbering articles breaks the cross references (依照第N条) in the text, which the writer must update together.',
      wrong: '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全体职工。\n第二章 管理\n第四条 办公室负责日常管理。',
      right: '第一章 总则\n第一条 为了规范管理，制定本办法。\n第二条 本办法适用于全体职工。\n第二章 管理\n第三条 办公室负责日常管理。',
    },
  },
  check({ model }) {
    const reports: RuleReport[] = [];
    const seq = new Sequences(model, reports);
    for (const a of model.articles) {
      switch (a.kind) {
        case 'fujian':
          if (a.value > 0) seq.next(a);
          seq.reset('pian', 'zhang', 'jie', 'tiao'); // an attachment is a text of its own
          break;
        case 'pian':
          seq.next(a);
          seq.reset('zhang', 'jie', 'tiao');
          break;
        case 'zhang':
          seq.next(a);
          seq.reset('jie');
          break;
        case 'jie':
        case 'tiao':
          seq.next(a);
          break;
      }
    }
    mixedNumerals(model, reports);
    return reports;
  },
};

/**
 * 第1章 … 第二章: one kind of article numbered with Arabic digits here and Chinese numerals there. Reported once a
 * kind, at the first article written otherwise than the first of its kind.
 */
function mixedNumerals(model: DocumentModel, reports: RuleReport[]): void {
  const firstOf = new Map<ArticleKind, { article: Article; digits: boolean }>();
  const reported = new Set<ArticleKind>();
  for (const a of model.articles) {
    if (a.form !== 'prefix' || a.kind === 'fujian' || reported.has(a.kind)) continue;
    const digits = /\d|[０-９]/.test(a.raw);
    const first = firstOf.get(a.kind);
    if (!first) {
      firstOf.set(a.kind, { article: a, digits });
      continue;
    }
    if (first.digits === digits) continue;
    reported.add(a.kind);
    const name = KIND_NAME[a.kind];
    const style = (d: boolean) => (d ? msg('阿拉伯数字', 'Arabic digits') : msg('汉字数字', 'Chinese numerals'));
    reports.push(problem(articleRange(a), msg(
      `${name.zh}的序号写法不一致：${q(first.article.raw)}用${style(first.digits).zh}，${q(a.raw)}用${style(digits).zh}`,
      `The ${name.en} numbers mix styles: ${first.article.raw} uses ${style(first.digits).en}, ${a.raw} ${style(digits).en}`,
    ), undefined, [{ range: articleRange(first.article), message: msg(`第一个${name.zh}的写法`, `the first ${name.en}`) }]));
  }
}

function articleRange(a: Article): Range {
  return { start: { line: a.line, character: a.start }, end: { line: a.line, character: a.end } };
}

class Sequences {
  private last = new Map<ArticleKind, Article>();
  /** the article with the highest number in the current run of each kind */
  private highest = new Map<ArticleKind, Article>();
  /** kinds whose last article repeated the number before it */
  private duplicate = new Set<ArticleKind>();
  /** 条 seen since the last 章 or 节: none means that run was a table of contents */
  private tiaoSince = new Map<ArticleKind, number>();
  /** true right after a 章: its first 条 may restart at 1 (each chapter numbered on its own) */
  private freshChapter = false;

  constructor(
    private model: DocumentModel,
    private reports: RuleReport[],
  ) {}

  reset(...kinds: ArticleKind[]): void {
    for (const k of kinds) {
      this.last.delete(k);
      this.highest.delete(k);
      this.duplicate.delete(k);
    }
  }

  next(a: Article): void {
    const prev = this.last.get(a.kind);
    const top = this.highest.get(a.kind);
    const restartOk = this.restartAccepted(a, prev);
    const afterDuplicate = this.duplicate.has(a.kind);
    this.duplicate.delete(a.kind);
    this.last.set(a.kind, a);
    if (!top || restartOk || a.value > top.value) this.highest.set(a.kind, a);
    if (a.kind === 'tiao') {
      this.freshChapter = false;
      for (const [k, n] of this.tiaoSince) this.tiaoSince.set(k, n + 1);
    } else if (a.kind === 'zhang' || a.kind === 'jie') {
      this.tiaoSince.set(a.kind, 0);
      if (a.kind === 'zhang') this.freshChapter = true;
    }
    if (!prev || !top) {
      if (a.value !== 1) this.report(a, msg(`${KIND_NAME[a.kind].zh}的编号应从${q(rawFor(a, 1))}开始，此处是${q(a.raw)}`, `${a.raw}: the ${KIND_NAME[a.kind].en} numbering should start at 1`));
      return;
    }
    // after one slip the sequence goes on from the highest number so far (4, 6, 5, 7) or past the duplicate (2, 2, 4): one report per slip
    if (restartOk || a.value === prev.value + 1 || a.value === top.value + 1 || (afterDuplicate && a.value === prev.value + 2)) return;
    const related = [{ range: rangeOf(prev), message: msg(`上一${KIND_NAME[a.kind].zh}`, `previous ${KIND_NAME[a.kind].en}`) }];
    if (a.value === prev.value) {
      this.duplicate.add(a.kind);
      this.report(a, msg(`编号${q(a.raw)}重复`, `Duplicate number ${a.raw}`), related);
    } else if (a.value < prev.value) {
      const what = a.value === 1 ? msg('编号重新开始', 'Numbering restarts') : msg('编号倒序', 'Out of order');
      this.report(a, msg(`${what.zh}：${q(a.raw)}排在${q(prev.raw)}之后`, `${what.en}: ${a.raw} comes after ${prev.raw}`), related);
    } else if (!this.runsOnInText(top, a)) {
      const missing = a.value - top.value - 1;
      const want = rawFor(a, top.value + 1);
      const relatedTop = [{ range: rangeOf(top), message: msg(`此前最大的编号`, `highest number so far`) }];
      this.report(a, msg(`编号不连续：${q(top.raw)}之后是${q(a.raw)}，${missing === 1 ? `缺少${q(want)}` : `中间缺少${missing}项，下一项应为${q(want)}`}`, `Gap: ${top.raw} is followed by ${a.raw}, ${missing} missing (expected ${want})`), relatedTop);
    }
  }

  /**
   * Numbering that starts again at 1 for a reason: 篇 and 附件 listed before
   * the texts themselves, a 章 or 节 run with no 条 (a table of contents),
   * 条 restarting in each chapter, or an embedded text under a heading of its own.
   */
  private restartAccepted(a: Article, prev: Article | undefined): boolean {
    if (!prev || a.value !== 1 || prev.value < 1) return false;
    switch (a.kind) {
      case 'pian':
      case 'fujian':
        return prev.value > 1;
      case 'zhang':
      case 'jie':
        return this.tiaoSince.get(a.kind) === 0 && prev.value > 1;
      case 'tiao':
        return this.freshChapter || this.headingBetween(prev.line, a.line);
    }
  }

  private headingBetween(from: number, to: number): boolean {
    for (let i = from + 1; i < to; i++) if (this.model.lines[i]!.headingDepth) return true;
    return false;
  }

  /** 第一条…。 第二条…。 written on one line: the 条 missing at line starts open sentences inside the paragraphs between. */
  private runsOnInText(prev: Article, a: Article): boolean {
    if (a.kind !== 'tiao') return false;
    const next = rawFor(prev, prev.value + 1);
    const before = rawFor(prev, a.value - 1);
    let foundNext = false;
    let foundBefore = false;
    for (let i = prev.line; i < a.line; i++) {
      const t = this.model.lines[i]!.text;
      foundNext ||= opensSentence(t, next);
      foundBefore ||= opensSentence(t, before);
      if (foundNext && foundBefore) return true;
    }
    return false;
  }

  private report(a: Article, message: { zh: string; en: string }, related?: RuleReport['related']): void {
    this.reports.push(problem(rangeOf(a), message, undefined, related));
  }
}

function rangeOf(a: Article): Range {
  return { start: { line: a.line, character: a.start }, end: { line: a.line, character: a.end } };
}

/** Number `v` written the way `like` writes it: 第五条 → 第六条, 篇三 → 篇四, 附件2 → 附件3. */
function rawFor(like: Article, v: number): string {
  const num = /\d/.test(like.raw) ? String(v) : toCnNumeral(v);
  if (like.kind === 'fujian') return `附件${num}`;
  if (like.form === 'suffix' || like.raw.startsWith('篇')) return `篇${num}`;
  return `第${num}${KIND_NAME[like.kind].zh}`;
}

/** `raw` occurs in `text` right after a full stop (and spaces): it opens a sentence, it is not a reference (依照第三条). */
function opensSentence(text: string, raw: string): boolean {
  for (let i = text.indexOf(raw); i >= 0; i = text.indexOf(raw, i + 1)) {
    let j = i - 1;
    while (j >= 0 && (text[j] === ' ' || text[j] === '\u3000')) j--;
    if (j >= 0 && '。；'.includes(text[j]!)) return true;
  }
  return false;
}
