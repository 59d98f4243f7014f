// One way of writing months per document: numerals (三月/3月), 份 (三月份/三月), range connector (至/到/—/-)
// and range form (一月至三月 / 一至三月), quarter form (第一季度/一季度/Q1). Fixes rewrite to the dominant form.
import type { Rule, RuleReport } from './types.js';
import { problem } from './helpers.js';
import type { Article, TimeSection } from '../model/types.js';
import type { TimeExpression, TimeStyle } from '../syntax/time/types.js';
import { cnNumber, isRestylable, numeral, numeralFamily, renderInStyle } from '../syntax/time/format.js';
import { sectionRange } from '../analysis/report.js';

const ID = 'month-style';

type Dimension = 'numerals' | 'fen' | 'connector' | 'repeatMonth' | 'quarterForm';
/** Dimensions as bits, in the order messages name them. */
const NUMERALS = 1;
const FEN = 2;
const CONNECTOR = 4;
const REPEAT_MONTH = 8;
const QUARTER_FORM = 16;
const DIMENSION_BITS: readonly [number, Dimension][] = [[NUMERALS, 'numerals'], [FEN, 'fen'], [CONNECTOR, 'connector'], [REPEAT_MONTH, 'repeatMonth'], [QUARTER_FORM, 'quarterForm']];

const CONNECTOR_VALUES = ['至', '到', '—', '——', '-', '--', '～', '~'];

export const rule: Rule = {
  meta: {
    id: ID,
    description: {
      zh: '全文月份写法应统一：数字形式、“份”字、范围连接词、季度写法',
      en: 'Months are written one way throughout: numerals, 份, range connector, quarter form',
    },
    tags: ['time', 'style'],
    defaultSeverity: 'info',
    // it rewrites words (十到十二月 → 十至十二月份), not markers: the writer accepts each change (docs/fixes.md)
    fixable: false,
    suggests: true,
    options: {
      numerals: {
        schema: { enum: ['dominant', 'cn', 'arabic', 'fullwidth'] },
        description: { zh: '月份数字：“dominant”取全文多数写法，“cn”为三月，“arabic”为3月，“fullwidth”为３月', en: 'Month numerals: dominant (the document majority), cn 三月, arabic 3月, fullwidth ３月' },
        default: 'dominant',
      },
      fen: {
        schema: { enum: ['dominant', 'always', 'never'] },
        description: { zh: '是否写“份”：“三月份”或“三月”', en: 'Whether to write 份: 三月份 / 三月' },
        default: 'dominant',
      },
      connector: {
        schema: { enum: ['dominant', ...CONNECTOR_VALUES] },
        description: { zh: '月份范围的连接词', en: 'The connector of month ranges' },
        default: 'dominant',
      },
      rangeForm: {
        schema: { enum: ['dominant', 'repeat', 'short'] },
        description: { zh: '范围写法：“repeat”为一月至三月，“short”为一至三月', en: 'Range form: repeat 一月至三月, short 一至三月' },
        default: 'dominant',
      },
      quarterForm: {
        schema: { enum: ['dominant', 'di', 'bare', 'q'] },
        description: { zh: '季度写法：“di”为第一季度，“bare”为一季度，“q”为Q1', en: 'Quarter form: di 第一季度, bare 一季度, q Q1' },
        default: 'dominant',
      },
    },
    docs: {
      zh: '同一份计划里“一月至三月份”“四至六月份”“七至九月”“十到十二月”混用，读起来像拼凑而成。本规则统计全文（汇编多篇范文时为每一篇，附件各自单独计算）的写法：汉字或阿拉伯数字、带不带“份”、范围用“至”“到”还是“—”“-”、范围两端是否都写“月”、季度写作“第一季度”“一季度”还是“Q1”，把与多数写法不同的地方改成多数写法（票数相同时以先出现的为准）；也可以在选项中指定写法。具体日期（3月8日）不参与统计。改写涉及文字而不只是序号，因此只作为修改建议逐条提供，`--fix`和“全部修复”不会应用。',
      en: 'A plan that mixes 一月至三月份, 四至六月份, 七至九月 and 十到十二月 reads as pasted together. This rule counts how the document (in a compilation each 篇, each attachment on its own) writes months — Chinese or Arabic numerals, with or without 份, the range connector (至, 到, —, -), the month word on both ends of a range or only the last, quarters as 第一季度, 一季度 or Q1 — and rewrites the exceptions to the majority form (on a tie, the form that appears first); options can fix the form instead. Dates (3月8日) are not counted. The rewriting changes words, not markers, so it is offered as a suggestion, one change at a time, and never applied by --fix or Fix All.',
      wrong: '1、一月至三月份开展宣传。\n2、四至六月份组织培训。\n3、七至九月开展检查。\n4、十到十二月进行总结。',
      right: '1、一至三月份开展宣传。\n2、四至六月份组织培训。\n3、七至九月份开展检查。\n4、十至十二月份进行总结。',
    },
  },
  check({ model, options }) {
    const reports: RuleReport[] = [];
    if (model.timeSections.length === 0) return reports;
    const sections = model.timeSections.filter((s) => isRestylable(s.expr) || isRestylableQuarter(s.expr));
    for (const group of byText(sections, model.articles)) {
      const target = targetStyle(group, options);
      checkGroup(group, target, reports);
    }
    return reports;
  },
};

/**
 * A compilation (篇一…篇八) or a text with attachments is several documents: each
 * keeps its own majority, as marker-consistency does for markers.
 */
function byText(sections: TimeSection[], articles: Article[]): TimeSection[][] {
  const starts = articles.filter((a) => a.kind === 'pian' || a.kind === 'fujian').map((a) => a.line);
  const groups: TimeSection[][] = [[]];
  let next = 0;
  for (const s of sections) {
    let opened = false;
    while (next < starts.length && starts[next]! <= s.line) {
      next++;
      opened = true;
    }
    if (opened && groups[groups.length - 1]!.length) groups.push([]);
    groups[groups.length - 1]!.push(s);
  }
  return groups;
}

function checkGroup(sections: TimeSection[], target: Target, reports: RuleReport[]): void {
  for (const s of sections) {
    const wanted = differences(s.expr, target);
    if (!wanted) continue;
    const replacement = s.expr.kind === 'quarter' ? renderQuarter(s.expr, target.quarterForm!) : renderInStyle(s.expr, styleOf(target, wanted));
    if (replacement === s.expr.raw) continue;
    const why = explain(wanted, target);
    const message = {
      zh: `“${s.expr.raw}”与全文写法不一致（${why.zh}），宜写作“${replacement}”`,
      en: `'${s.expr.raw}' differs from the document's usual form (${why.en}); write '${replacement}'`,
    };
    const title = { zh: `改为“${replacement}”`, en: `Change to '${replacement}'` };
    reports.push(problem(sectionRange(s), message, undefined, undefined, [{ title, edits: [{ range: sectionRange(s), newText: replacement }] }]));
  }
}

interface Target {
  numerals?: 'cn' | 'arabic' | 'fullwidth';
  fen?: boolean;
  connector?: string;
  repeatMonth?: boolean;
  quarterForm?: 'di' | 'bare' | 'q';
}

function isRestylableQuarter(e: TimeExpression): boolean {
  return e.kind === 'quarter' && !e.invalid && e.toOrdinal === undefined && e.year === undefined && !e.nextYear;
}

/** Values of one dimension counted in first-seen order: the majority is the most frequent, on a tie the one seen first. */
class Tally<T> {
  private readonly values: T[] = [];
  private readonly counts: number[] = [];

  add(v: T): void {
    const i = this.values.indexOf(v);
    if (i >= 0) this.counts[i]!++;
    else this.values.push(v), this.counts.push(1);
  }

  majority(): T | undefined {
    let best = -1;
    for (let i = 0; i < this.values.length; i++) if (best < 0 || this.counts[i]! > this.counts[best]!) best = i;
    return best < 0 ? undefined : this.values[best];
  }
}

/** How the sections write each dimension, counted in one pass. */
function tally(sections: TimeSection[]) {
  const t = { numerals: new Tally<string>(), fen: new Tally<boolean>(), connector: new Tally<string>(), repeatMonth: new Tally<boolean>(), quarterForm: new Tally<string>() };
  for (const { expr: e } of sections) {
    if (e.kind === 'quarter') {
      if (e.style.ordinalForm) t.quarterForm.add(e.style.ordinalForm);
      continue;
    }
    const isRange = e.kind === 'month-range' && e.style.connector !== '、';
    if (e.style.numerals) t.numerals.add(numeralFamily(e.style.numerals)!);
    if (e.style.fen !== undefined) t.fen.add(e.style.fen);
    if (isRange && e.style.connector) t.connector.add(e.style.connector);
    if (isRange && e.style.repeatMonth !== undefined) t.repeatMonth.add(e.style.repeatMonth);
  }
  return t;
}

function targetStyle(sections: TimeSection[], options: Record<string, unknown>): Target {
  const t = tally(sections);
  const pick = <T>(option: unknown, counted: Tally<unknown>, map: (v: string) => T | undefined): T | undefined => {
    if (typeof option === 'string' && option !== 'dominant') return map(option);
    return counted.majority() as T | undefined;
  };
  return {
    numerals: pick(options['numerals'], t.numerals, (v) => (['cn', 'arabic', 'fullwidth'].includes(v) ? (v as Target['numerals']) : undefined)),
    fen: pick(options['fen'], t.fen, (v) => (v === 'always' ? true : v === 'never' ? false : undefined)),
    connector: pick(options['connector'], t.connector, (v) => (CONNECTOR_VALUES.includes(v) ? v : undefined)),
    repeatMonth: pick(options['rangeForm'], t.repeatMonth, (v) => (v === 'repeat' ? true : v === 'short' ? false : undefined)),
    quarterForm: pick(options['quarterForm'], t.quarterForm, (v) => (['di', 'bare', 'q'].includes(v) ? (v as Target['quarterForm']) : undefined)),
  };
}

/** The dimensions in which `e` differs from the target, as bits (0: none). */
function differences(e: TimeExpression, t: Target): number {
  if (e.kind === 'quarter') return t.quarterForm && e.style.ordinalForm !== t.quarterForm ? QUARTER_FORM : 0;
  let out = 0;
  const isRange = e.kind === 'month-range' && e.style.connector !== '、';
  if (t.numerals && numeralFamily(e.style.numerals) !== t.numerals) out |= NUMERALS;
  if (t.fen !== undefined && e.style.fen !== t.fen) out |= FEN;
  if (isRange && t.connector && e.style.connector !== t.connector) out |= CONNECTOR;
  if (isRange && t.repeatMonth !== undefined && e.style.repeatMonth !== t.repeatMonth) out |= REPEAT_MONTH;
  return out;
}

function styleOf(t: Target, dims: number): TimeStyle {
  const s: TimeStyle = {};
  if (dims & NUMERALS) s.numerals = t.numerals;
  if (dims & FEN) s.fen = t.fen;
  if (dims & CONNECTOR) s.connector = t.connector;
  if (dims & REPEAT_MONTH) s.repeatMonth = t.repeatMonth;
  return s;
}

function renderQuarter(e: TimeExpression, form: 'di' | 'bare' | 'q'): string {
  const q = e.ordinal!;
  if (form === 'q') return `Q${q}`;
  // Q4 carries no numeral style of its own: 第四季度
  const digits = e.style.ordinalForm !== 'q' && (e.style.numerals === 'arabic' || e.style.numerals === 'fullwidth');
  const n = digits ? numeral(q, e.style.numerals) : cnNumber(q);
  return form === 'di' ? `第${n}季度` : `${n}季度`;
}

function explain(dims: number, t: Target): { zh: string; en: string } {
  const zh: string[] = [];
  const en: string[] = [];
  for (const [bit, d] of DIMENSION_BITS) {
    if (!(dims & bit)) continue;
    switch (d) {
      case 'numerals': {
        const name = { cn: ['汉字数字', 'Chinese numerals'], arabic: ['阿拉伯数字', 'Arabic numerals'], fullwidth: ['全角数字', 'full-width numerals'] }[t.numerals!];
        zh.push(`用${name[0]}`);
        en.push(`${name[1]}`);
        break;
      }
      case 'fen':
        zh.push(t.fen ? '带“份”' : '不带“份”');
        en.push(t.fen ? 'with 份' : 'without 份');
        break;
      case 'connector':
        zh.push(`连接词用“${t.connector}”`);
        en.push(`connector ${t.connector}`);
        break;
      case 'repeatMonth':
        zh.push(t.repeatMonth ? '范围两端都写“月”' : '“月”只写在范围末尾');
        en.push(t.repeatMonth ? '月 on both ends of a range' : '月 only at the end of a range');
        break;
      case 'quarterForm':
        zh.push(`季度写作${{ di: '“第一季度”', bare: '“一季度”', q: '“Q1”' }[t.quarterForm!]}`);
        en.push(`quarters as ${{ di: '第一季度', bare: '一季度', q: 'Q1' }[t.quarterForm!]}`);
        break;
    }
  }
  return { zh: zh.join('、'), en: en.join(', ') };
}
