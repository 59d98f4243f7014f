// Arbitraries for the property tests: any text a file or an editor can hold, and generated plan
// documents whose mistakes are known by construction (which rule must report them, on which line,
// and what the document looks like once repaired).
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Arbitrary text
// ---------------------------------------------------------------------------------------------

/** Pieces that make the parser work: markers and their look-alikes, time words, Markdown, articles. */
const MARKER_PIECES = [
  '一、', '二、', '三、', '十一、', '一.', '二，', '三 ', '（一）', '（二）', '(三)', '（四)', '(五）', '（一）、', '1.', '2、', '3．', '12.',
  '1，', '2,', '3[', '5}', '7{', '8]', '9【', '1）', '2)', '（1）', '(2)', '（3)', '①', '②', '⑳', '㊿', '⑴', '⒇', '⒈', '⒛', '１．', '２、', '（１）',
  '第一条', '第二条 ', '第三章', '第一节', '篇一', '计划篇二', '附件1', '第一部分', '一是', '二是', '首先，', '其次，', '最后，',
  '5.29', '20.5', '11、12月', '（1）班', '1人', '一定', '一把手', '一建台帐。', '二抓监护。',
];
const TIME_PIECES = ['三月份：', '四月：', '一月至三月份', '四至六月份', '7—9月', '十到十二月', '第一季度', 'Q3', '上半年', '第3周', '寒假期间', '3月8日'];
const TEXT_PIECES = ['加强领导', '落实责任', '。', '，', '：', '；', '开展工作', '计划', '20xx', '□', 'XX', '【单位名称】', '（', '）', '"', '“', '”'];
const MARKDOWN_PIECES = ['# ', '## ', '- ', '* ', '> ', '**', '```', '~~~', '<!--', '-->', '<!-- plandoc-disable -->', '<!-- plandoc-enable -->', '|', '\t', '    '];
const LINE_ENDS = ['\n', '\r\n', '\r', '\n\n', '\r\r\n', '\n\r'];
const CONTROL = ['\u0000', '\u0007', '\b', '\t', '\v', '\f', '\u001b', '\u007f', '\u0085', '\u2028', '\u2029', '\u200b', '\u200e'];
const UNICODE_EDGES = ['\uFFFD', '\uD800', '\uDBFF', '\uDC00', '\uDFFF', '😀', '𠀀', '👨‍👩‍👧', '\uFEFF', '\u00A0', '\u3000', '\uFF5E', 'é', '\u0301'];
const HOT_CHARS = [...'一二三四五六七八九十百零〇两（）()、.．，,[]{}【】0123456789０１２３①②⑴⒈#->*| 　月份季度第条章篇周年'];

const piece = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...MARKER_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...TIME_PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...TEXT_PIECES) },
  { weight: 2, arbitrary: fc.constantFrom(...MARKDOWN_PIECES) },
  { weight: 4, arbitrary: fc.constantFrom(...LINE_ENDS) },
  { weight: 1, arbitrary: fc.constantFrom(...CONTROL) },
  { weight: 2, arbitrary: fc.constantFrom(...UNICODE_EDGES) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 2, arbitrary: fc.string({ unit: fc.constantFrom(...HOT_CHARS), maxLength: 8 }) },
);

/** Any string, biased toward what the parser looks at: markers, brackets, line ends, surrogates, control characters. */
export const anyText: fc.Arbitrary<string> = fc.array(piece, { maxLength: 120, size: 'medium' }).map((pieces) => pieces.join(''));

/** A random edit of a text: insert a piece, or delete a span. Positions are fractions so they shrink well. */
export interface Mutation {
  at: number;
  length: number;
  insert: string;
}
const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.nat({ max: 12 }),
  insert: fc.oneof(piece, fc.constant('')),
});

/** One to eight random edits. */
export const mutations: fc.Arbitrary<Mutation[]> = fc.array(mutation, { minLength: 1, maxLength: 8 });

export function applyMutations(text: string, mutations: Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = Math.floor(m.at * out.length);
    out = out.slice(0, at) + m.insert + out.slice(Math.min(out.length, at + m.length));
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Generated plan documents
// ---------------------------------------------------------------------------------------------

export type Family = 'cn' | 'cn-paren' | 'arabic' | 'arabic-paren';
/** GB/T 9704 §7.3.3: 一、 >（一）> 1. >（1） */
export const LEVELS: readonly Family[] = ['cn', 'cn-paren', 'arabic', 'arabic-paren'];

export interface PlanItem {
  id: number;
  text: string;
  /** paragraphs under the item's line, before its children */
  body: string[];
  children: PlanBlock | null;
  /** a corruption of this item's marker; absent in a clean plan */
  slip?: MarkerSlip;
  /** the number written, when a corruption changed it (else the item's position) */
  writtenValue?: number;
  /** a corruption: the digits written full-width (１．) */
  fullwidth?: boolean;
}

export interface MarkerSlip {
  open?: string;
  close?: string;
  separator?: string;
}

export interface ListBlock {
  kind: 'list';
  family: Family;
  items: PlanItem[];
}

/** 三月份： / 四月份： headings, each over a list of 1. items — the seed's 工作安排 sections. */
export interface MonthBlock {
  kind: 'months';
  sections: MonthSection[];
}

export interface MonthSection {
  id: number;
  month: number;
  list: ListBlock;
  /** a corruption: the month written instead of `month` */
  writtenMonth?: number;
  /** a corruption: Arabic digits (3月份) where the document writes 三月份 */
  arabic?: boolean;
}

export type PlanBlock = ListBlock | MonthBlock;

export interface PlanStyle {
  /** the Arabic separator of the whole document: 1. or 1、 (common profile only) */
  arabicSeparator: '.' | '、';
  /** line ends: one kind, or a per-line choice (mixed endings) */
  eols: string[];
  /** blank line after every paragraph, as pasted Word text often has */
  blankLines: boolean;
  /** paragraphs indented with two ideographic spaces */
  indent: boolean;
  /** month headings: 三月份： (true) or 三月： */
  fen: boolean;
  /** Markdown: 一、 items as `## ` headings, （一） items as `### ` headings, paragraphs unindented */
  markdown: boolean;
}

export interface Plan {
  title: string;
  intro: string[];
  top: ListBlock;
  style: PlanStyle;
  /** a compilation (the seed's 篇一…篇八): the texts after the first, each under its own 篇 title */
  parts: { intro: string[]; top: ListBlock }[];
}

/** The top-level list of every text of the plan, first text first. */
function tops(plan: Plan): ListBlock[] {
  return [plan.top, ...plan.parts.map((p) => p.top)];
}

const TASKS = [
  '加强组织领导', '完善工作机制', '开展宣传活动', '落实安全责任', '组织业务培训', '健全考核制度', '推进信息化建设',
  '做好统计分析', '强化督促检查', '提高服务质量', '规范档案管理', '深化队伍建设', '抓好环境整治', '优化办事流程',
];
const TAILS = ['', '。', '，确保工作落到实处。', '，明确责任分工。', '：成立领导小组，统筹协调各项工作。', '，提升群众满意度。'];
const SENTENCES = [
  '各部门要高度重视，认真组织实施。', '要结合实际，制定具体方案。', '定期召开会议，研究解决存在的问题。',
  '对工作中发现的问题，及时整改落实。', '加大经费投入，保障工作顺利开展。',
];
const UNITS = ['市卫生局', '区教育局', '街道办事处', '县农业农村局', '学校后勤处'];

const itemText = fc.tuple(fc.constantFrom(...TASKS), fc.constantFrom(...TAILS)).map(([a, b]) => a + b);
const paragraphs = fc.array(fc.constantFrom(...SENTENCES), { maxLength: 2 });

let nextId = 0;

interface ItemShape {
  text: string;
  body: string[];
  children: BlockShape | null;
}
type BlockShape = { kind: 'list'; items: ItemShape[] } | { kind: 'months'; start: number; lists: ItemShape[][] };

const MAX_DEPTH = LEVELS.length - 1;

function listShape(depth: number): fc.Arbitrary<ItemShape[]> {
  const maxItems = [5, 4, 4, 3][depth]!;
  return fc.array(itemShape(depth), { minLength: 2, maxLength: maxItems });
}

function itemShape(depth: number): fc.Arbitrary<ItemShape> {
  const children: fc.Arbitrary<BlockShape | null> =
    depth >= MAX_DEPTH ? fc.constant(null)
    : fc.oneof(
      { weight: 3, arbitrary: fc.constant(null) },
      { weight: 2, arbitrary: listShape(depth + 1).map((items): BlockShape => ({ kind: 'list', items })) },
      // month sections sit under a top-level item, their lists at the 1. level as in the seed
      ...(depth === 0 ? [{ weight: 1, arbitrary: monthsShape }] : []),
    );
  return fc.record({ text: itemText, body: paragraphs, children });
}

const monthsShape: fc.Arbitrary<BlockShape> = fc
  .integer({ min: 1, max: 11 })
  .chain((start) => fc.tuple(fc.constant(start), fc.array(listShape(2), { minLength: 2, maxLength: Math.min(4, 13 - start) })))
  .map(([start, lists]) => ({ kind: 'months', start, lists }));

function build(shape: ItemShape[], depth: number): ListBlock {
  return {
    kind: 'list', family: LEVELS[depth]!,
    items: shape.map((s) => ({ id: nextId++, text: s.text, body: s.body, children: s.children ? buildBlock(s.children, depth + 1) : null })),
  };
}

function buildBlock(shape: BlockShape, depth: number): PlanBlock {
  if (shape.kind === 'list') return build(shape.items, depth);
  return { kind: 'months', sections: shape.lists.map((items, i) => ({ id: nextId++, month: shape.start + i, list: build(items, 2) })) };
}

const eolChoice = fc.constantFrom('\n', '\r\n', '\r');

/** A plan document in one profile: arabic separators 1、 only where the profile accepts them. */
export function planArbitrary(profile: 'common' | 'gbt9704'): fc.Arbitrary<Plan> {
  return fc
    .record({
      unit: fc.constantFrom(...UNITS),
      year: fc.integer({ min: 2015, max: 2030 }),
      intro: paragraphs,
      top: listShape(0),
      arabicSeparator: profile === 'gbt9704' ? fc.constant<'.'>('.') : fc.constantFrom<'.' | '、'>('.', '、'),
      eols: fc.oneof(eolChoice.map((e) => [e]), fc.array(eolChoice, { minLength: 2, maxLength: 7 })),
      blankLines: fc.boolean(),
      indent: fc.boolean(),
      fen: fc.boolean(),
      markdown: fc.boolean(),
      parts: fc.oneof(
        { weight: 3, arbitrary: fc.constant<{ intro: string[]; top: ItemShape[] }[]>([]) },
        { weight: 1, arbitrary: fc.array(fc.record({ intro: paragraphs, top: listShape(0) }), { minLength: 1, maxLength: 2 }) },
      ),
    })
    .map((r) => ({
      title: `${r.unit}${r.year}年工作计划${r.parts.length ? '篇一' : ''}`,
      intro: r.intro,
      top: build(r.top, 0),
      parts: r.parts.map((part) => ({ intro: part.intro, top: build(part.top, 0) })),
      style: { arabicSeparator: r.arabicSeparator, eols: r.eols, blankLines: r.blankLines, indent: r.indent && !r.markdown, fen: r.fen, markdown: r.markdown },
    }));
}

// ---------------------------------------------------------------------------------------------
// Rendering
// ---------------------------------------------------------------------------------------------

const CN = '〇一二三四五六七八九';

/** Written independently of the core's numeral code, so the expectation is not the code under test. */
export function cnNumeral(n: number): string {
  if (n < 10) return CN[n]!;
  const tens = Math.floor(n / 10);
  return (tens === 1 ? '' : CN[tens]!) + '十' + (n % 10 ? CN[n % 10]! : '');
}

function markerOf(family: Family, value: number, style: PlanStyle, slip: MarkerSlip = {}, fullwidth = false): string {
  const digits = fullwidth ? String(value).replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0)) : String(value);
  switch (family) {
    case 'cn': return cnNumeral(value) + (slip.separator ?? '、');
    case 'cn-paren': return (slip.open ?? '（') + cnNumeral(value) + (slip.close ?? '）') + (slip.separator ?? '');
    case 'arabic': return digits + (slip.separator ?? style.arabicSeparator);
    case 'arabic-paren': return (slip.open ?? '（') + digits + (slip.close ?? '）') + (slip.separator ?? '');
  }
}

const HEADING_PREFIX: Record<Family, string> = { 'cn': '## ', 'cn-paren': '### ', 'arabic': '', 'arabic-paren': '' };

export interface Rendered {
  text: string;
  /** line index of each item and month section, by id */
  lineOf: Map<number, number>;
  lineCount: number;
}

export function render(plan: Plan): Rendered {
  const lines: string[] = [];
  const lineOf = new Map<number, number>();
  const { style } = plan;
  const indent = style.indent ? '\u3000\u3000' : '';
  const push = (line: string) => {
    lines.push(line);
    if (style.blankLines) lines.push('');
  };
  const renderList = (list: ListBlock) => {
    list.items.forEach((item, i) => {
      lineOf.set(item.id, lines.length);
      const heading = style.markdown ? HEADING_PREFIX[list.family] : '';
      push(indent + heading + markerOf(list.family, item.writtenValue ?? i + 1, style, item.slip, item.fullwidth) + item.text);
      for (const p of item.body) push(indent + p);
      if (item.children?.kind === 'list') renderList(item.children);
      else if (item.children?.kind === 'months') {
        for (const s of item.children.sections) {
          lineOf.set(s.id, lines.length);
          const month = s.writtenMonth ?? s.month;
          push(indent + (s.arabic ? String(month) : cnNumeral(month)) + (style.fen ? '月份：' : '月：'));
          renderList(s.list);
        }
      }
    });
  };
  const title = (t: string) => push(style.markdown ? `# ${t}` : t);
  title(plan.title);
  for (const p of plan.intro) push(indent + p);
  renderList(plan.top);
  plan.parts.forEach((part, i) => {
    title(plan.title.replace(/篇一$/, `篇${cnNumeral(i + 2)}`));
    for (const p of part.intro) push(indent + p);
    renderList(part.top);
  });
  let text = '';
  lines.forEach((line, i) => {
    text += line;
    // \r, an empty line and \n would read as one \r\n: that empty line ends with \r\n instead
    const eol = style.eols[i % style.eols.length]!;
    if (i < lines.length - 1) text += eol === '\n' && text.endsWith('\r') ? '\r\n' : eol;
  });
  return { text, lineOf, lineCount: lines.length };
}

// ---------------------------------------------------------------------------------------------
// Corruptions: one mistake, the rule that must report it, the item on whose line it is reported
// ---------------------------------------------------------------------------------------------

export type CorruptionKind =
  | 'delete-item' | 'swap-markers' | 'wrong-bracket' | 'wrong-separator' | 'other-separator' | 'fullwidth-digits' | 'swap-months' | 'month-numerals';
export const CORRUPTION_KINDS: readonly CorruptionKind[] = [
  'delete-item', 'swap-markers', 'wrong-bracket', 'wrong-separator', 'other-separator', 'fullwidth-digits', 'swap-months', 'month-numerals',
];

export interface Corruption {
  kind: CorruptionKind;
  /** what was done, for failure messages */
  description: string;
  plan: Plan;
  /** the rule that must report it, and the id of the item on whose line it must */
  rule: string;
  at: number;
  /** the plan a full fix must produce (the corrupted plan itself when the rule has no fix) */
  repaired: Plan;
  fixable: boolean;
}

function monthBlocks(block: ListBlock, out: MonthBlock[] = []): MonthBlock[] {
  for (const item of block.items) {
    if (item.children?.kind === 'list') monthBlocks(item.children, out);
    else if (item.children?.kind === 'months') out.push(item.children);
  }
  return out;
}

function lists(block: ListBlock, out: ListBlock[] = []): ListBlock[] {
  out.push(block);
  for (const item of block.items) {
    if (item.children?.kind === 'list') lists(item.children, out);
    else if (item.children?.kind === 'months') for (const s of item.children.sections) lists(s.list, out);
  }
  return out;
}

/**
 * Applies corruption `kind` to a copy of `plan`, choosing its target with `pick` and its variant
 * with `variant`; undefined when the plan has no place for it (no list long enough, no bracket).
 */
export function corrupt(plan: Plan, kind: CorruptionKind, pick: number, variant: number, profile: 'common' | 'gbt9704' = 'common'): Corruption | undefined {
  const copy: Plan = structuredClone(plan);
  const all = tops(copy).flatMap((top) => lists(top));
  const choose = <T>(xs: T[]): T | undefined => (xs.length ? xs[pick % xs.length] : undefined);
  switch (kind) {
    case 'delete-item': {
      // a list of three or more, so two items remain, and not its last item, so a gap shows
      const list = choose(all.filter((l) => l.items.length >= 3));
      if (!list) return undefined;
      const i = variant % (list.items.length - 1);
      const [deleted] = list.items.splice(i, 1);
      const repaired = structuredClone(copy);
      const next = list.items[i]!;
      // the rest keep the numbers they had
      list.items.forEach((item, j) => (item.writtenValue = j < i ? j + 1 : j + 2));
      return { kind, description: `deleted item ${i + 1} (${deleted!.text}) of a ${list.family} list`, plan: copy, rule: 'numbering-sequence', at: next.id, repaired, fixable: true };
    }
    case 'swap-markers': {
      const list = choose(all);
      if (!list) return undefined;
      const i = variant % (list.items.length - 1);
      list.items[i]!.writtenValue = i + 2;
      list.items[i + 1]!.writtenValue = i + 1;
      return { kind, description: `swapped the numbers of items ${i + 1} and ${i + 2} of a ${list.family} list`, plan: copy, rule: 'numbering-sequence', at: list.items[i + 1]!.id, repaired: plan, fixable: true };
    }
    case 'wrong-bracket': {
      const items = all.filter((l) => l.family === 'cn-paren' || l.family === 'arabic-paren').flatMap((l) => l.items);
      const item = choose(items);
      if (!item) return undefined;
      item.slip = variant % 2 ? { open: '(' } : { close: ')' };
      return { kind, description: `half-width ${variant % 2 ? 'opening' : 'closing'} bracket`, plan: copy, rule: 'marker-width', at: item.id, repaired: plan, fixable: true };
    }
    case 'wrong-separator': {
      const item = choose(all.flatMap((l) => l.items.map((it) => ({ it, family: l.family }))));
      if (!item) return undefined;
      const options = WRONG_SEPARATORS[item.family];
      item.it.slip = { separator: options[variant % options.length]! };
      return { kind, description: `${item.family} marker with separator “${item.it.slip.separator}”`, plan: copy, rule: 'marker-punctuation', at: item.it.id, repaired: plan, fixable: true };
    }
    case 'other-separator': {
      // 2、 among 1. 3. (or 2. among 1、 3、): common asks for one style per level, gbt9704 for 1. only.
      // Never the first Arabic marker of its text (each 篇 keeps its own style), so that style wins a tie.
      const lineOf = render(copy).lineOf;
      const item = choose(tops(copy).flatMap((top) => {
        const arabic = lists(top).filter((l) => l.family === 'arabic').flatMap((l) => l.items);
        return arabic.sort((a, b) => lineOf.get(a.id)! - lineOf.get(b.id)!).slice(1);
      }));
      if (!item) return undefined;
      item.slip = { separator: copy.style.arabicSeparator === '.' ? '、' : '.' };
      const rule = profile === 'gbt9704' ? 'marker-punctuation' : 'marker-consistency';
      return { kind, description: `Arabic marker with “${item.slip.separator}” in a “${copy.style.arabicSeparator}” document`, plan: copy, rule, at: item.id, repaired: plan, fixable: true };
    }
    case 'fullwidth-digits': {
      const items = all.filter((l) => l.family === 'arabic' || l.family === 'arabic-paren').flatMap((l) => l.items);
      const item = choose(items);
      if (!item) return undefined;
      item.fullwidth = true;
      return { kind, description: 'full-width digits in a marker', plan: copy, rule: 'marker-width', at: item.id, repaired: plan, fixable: true };
    }
    case 'swap-months': {
      // 四月份 before 三月份: the later heading is out of order; no fix (which text moves is the writer's call)
      const block = choose(tops(copy).flatMap((top) => monthBlocks(top)));
      if (!block) return undefined;
      const i = variant % (block.sections.length - 1);
      const [a, b] = [block.sections[i]!, block.sections[i + 1]!];
      // 九月 then 八月 in a plan from July on reads as a school year running into next August: no swap there
      if (b.month === 9 && block.sections[0]!.month >= 7) return undefined;
      [a.writtenMonth, b.writtenMonth] = [b.month, a.month];
      return { kind, description: `swapped the headings ${a.month}月 and ${b.month}月`, plan: copy, rule: 'month-order', at: b.id, repaired: copy, fixable: false };
    }
    case 'month-numerals': {
      // one heading in Arabic digits among Chinese ones; never the first, so the Chinese form wins a tie
      const block = choose(tops(copy).flatMap((top) => monthBlocks(top)));
      if (!block) return undefined;
      const section = block.sections[1 + (variant % (block.sections.length - 1))]!;
      section.arabic = true;
      return { kind, description: `month heading ${section.month}月 in Arabic digits`, plan: copy, rule: 'month-style', at: section.id, repaired: plan, fixable: true };
    }
  }
}

/** Separators a writer slips into: the comma and the period after 一, a comma or a bracket slip after 1, a 、 after （一）. */
const WRONG_SEPARATORS: Record<Family, string[]> = {
  'cn': ['.', '．', '，', ',', ' ', '\u3000'],
  'cn-paren': ['、', '.', '，'],
  'arabic': ['，', '[', '{', ']'],
  'arabic-paren': ['、', '.', '，'],
};

export const corruptionArbitrary = (profile: 'common' | 'gbt9704') =>
  fc
    .record({ plan: planArbitrary(profile), kind: fc.constantFrom(...CORRUPTION_KINDS), pick: fc.nat(), variant: fc.nat() })
    .map(({ plan, kind, pick, variant }) => corrupt(plan, kind, pick, variant, profile))
    .filter((c): c is Corruption => c !== undefined);
