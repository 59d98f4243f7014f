// `plandoc timeline FILE`: the core's timeline as a month-by-month coverage chart for the terminal,
// and as JSON data (--format json). Pure functions: the command reads the file and prints the result.
import type { Locale } from '../core/types.js';
import type { Timeline, TimelineEntry, TimelineMonth, TimelineScope } from '../core/analysis/timeline.js';
import { NO_COLORS, type Palette } from './color.js';
import { displayWidth, padEnd } from './width.js';

export interface TimelineChartOptions {
  locale: Locale;
  /** ANSI colours (COLORS) or none (NO_COLORS, the default) */
  palette?: Palette;
  /** only ASCII characters, for terminals without block glyphs */
  ascii?: boolean;
  /** a row per time section under each scope's coverage row (default true) */
  sections?: boolean;
  /** the file name shown in the heading */
  file?: string;
}

/** What `--format json` prints: labels in the chosen language, 1-based lines and columns. */
export interface TimelineChartData {
  file?: string;
  year: number | null;
  scopes: {
    kind: TimelineScope['kind'];
    title: string;
    line: number;
    endLine: number;
    schoolYear: boolean;
    months: { month: number; nextYear: boolean; label: string; sections: number; missing: boolean; overlap: boolean }[];
    sections: { line: number; column: number; text: string; kind: TimelineEntry['kind']; title: string; months: string[] }[];
    missing: string[];
    overlaps: string[];
  }[];
}

const TITLE_WIDTH = 26;
const CELL = 3; // each month: 3 cells of glyph + 1 space

interface Glyphs {
  full: string;
  partial: string;
  overlap: string;
  missing: string;
  empty: string;
}
const UNICODE: Glyphs = { full: '███', partial: '▒▒▒', overlap: '▓▓▓', missing: ' ✗ ', empty: ' · ' };
const ASCII: Glyphs = { full: '###', partial: '+++', overlap: '!!!', missing: ' x ', empty: ' . ' };

const TEXT = {
  heading: { zh: '时间覆盖', en: 'Timeline' },
  year: { zh: (y: number) => `${y}年`, en: (y: number) => `${y}` },
  nextYear: { zh: '次年', en: 'next year' },
  missing: { zh: '缺少', en: 'Missing' },
  overlap: { zh: '重叠', en: 'Overlap' },
  complete: { zh: '各月均已覆盖，无重叠', en: 'Every month covered, no overlap' },
  none: { zh: '未找到时间段（月份、季度、上半年、第N周……）', en: 'No time sections found (months, quarters, halves, weeks …)' },
  legend: {
    zh: (g: Glyphs) => `图例：${g.full.trim()[0]} 覆盖  ${g.partial.trim()[0]} 部分（日期/旬/周）  ${g.overlap.trim()[0]} 重叠  ${g.missing.trim()} 缺少  ${g.empty.trim()} 不在计划范围`,
    en: (g: Glyphs) => `Legend: ${g.full.trim()[0]} covered  ${g.partial.trim()[0]} partly (dates/旬/weeks)  ${g.overlap.trim()[0]} overlap  ${g.missing.trim()} missing  ${g.empty.trim()} outside the plan`,
  },
  scope: {
    document: { zh: '全文', en: 'Document' },
    pian: { zh: '篇', en: 'Part' },
    zhang: { zh: '章', en: 'Chapter' },
  },
};

/** Column label, 3 cells: ` 1 ` … `12 ` (月 after the last column) / Jan … Dec. The next year is marked in a row above. */
function columnLabel(m: TimelineMonth, locale: Locale): string {
  if (locale === 'en') return m.label.en.slice(0, 3);
  return m.month < 10 ? ` ${m.month} ` : `${m.month} `;
}

function truncate(s: string, width: number): string {
  if (displayWidth(s) <= width) return s;
  let out = '';
  for (const ch of s) {
    if (displayWidth(out + ch) > width - 1) break;
    out += ch;
  }
  return out + '…';
}

function monthText(m: TimelineMonth, locale: Locale): string {
  return locale === 'zh' ? m.label.zh : m.label.en;
}

export function renderTimelineChart(t: Timeline, options: TimelineChartOptions): string {
  const { locale } = options;
  const p = options.palette ?? NO_COLORS;
  const g = options.ascii ? ASCII : UNICODE;
  const showSections = options.sections ?? true;
  const out: string[] = [];
  const doc = t.scopes[0];
  const yearText = t.year !== undefined ? ` · ${TEXT.year[locale](t.year)}` : '';
  const name = options.file ?? doc?.title ?? '';
  out.push(p.bold(`${TEXT.heading[locale]}: ${name}${yearText}`));
  if (!doc || t.scopes.every((s) => s.entries.length === 0)) {
    out.push(TEXT.none[locale]);
    return out.join('\n') + '\n';
  }
  for (const scope of t.scopes) {
    out.push('');
    out.push(...renderScope(scope, locale, p, g, showSections));
  }
  out.push('');
  out.push(p.dim(TEXT.legend[locale](g)));
  return out.join('\n') + '\n';
}

function renderScope(scope: TimelineScope, locale: Locale, p: Palette, g: Glyphs, showSections: boolean): string[] {
  const lines: string[] = [];
  const months = scope.months;
  // the next-year marker row, when the columns run past December
  const firstNext = months.findIndex((m) => m.nextYear);
  if (firstNext >= 0) {
    const lead = ' '.repeat(TITLE_WIDTH + 1 + firstNext * (CELL + 1));
    lines.push(p.dim(lead + `↓ ${TEXT.nextYear[locale]}`));
  }
  const header = months.map((m) => padEnd(columnLabel(m, locale), CELL + 1)).join('').trimEnd() + (locale === 'zh' ? ' 月' : '');
  const title = scope.kind === 'document' ? `${TEXT.scope.document[locale]} ${scope.title}` : scope.title;
  lines.push(p.bold(padEnd(truncate(title, TITLE_WIDTH), TITLE_WIDTH)) + ' ' + p.dim(header));
  // coverage row
  const coverage = months
    .map((m) => {
      if (m.overlap) return p.yellow(g.overlap);
      if (m.entries.length) {
        const full = m.entries.some((i) => scope.entries[i]!.monthGranular);
        return p.green(full ? g.full : g.partial);
      }
      return m.missing ? p.red(g.missing) : p.dim(g.empty);
    })
    .join(' ');
  lines.push(' '.repeat(TITLE_WIDTH + 1) + coverage);
  if (showSections) {
    scope.entries.forEach((e) => {
      const label = truncate(`${e.line + 1} ${e.raw}`, TITLE_WIDTH - 2);
      const cells = months
        .map((m) => {
          if (e.from === undefined || e.to === undefined || m.index < e.from || m.index > e.to) return '   ';
          return e.monthGranular ? g.full : g.partial;
        })
        .join(' ');
      lines.push('  ' + padEnd(label, TITLE_WIDTH - 2) + ' ' + cells.trimEnd());
    });
  }
  const missing = scope.missing.map((i) => months.find((m) => m.index === i)).filter((m): m is TimelineMonth => !!m);
  const overlaps = scope.overlaps.map((i) => months.find((m) => m.index === i)).filter((m): m is TimelineMonth => !!m);
  const sep = locale === 'zh' ? '、' : ', ';
  const colon = locale === 'zh' ? '：' : ': ';
  if (missing.length) lines.push(p.red(`${TEXT.missing[locale]}${colon}${missing.map((m) => monthText(m, locale)).join(sep)}`));
  if (overlaps.length) lines.push(p.yellow(`${TEXT.overlap[locale]}${colon}${overlaps.map((m) => monthText(m, locale)).join(sep)}`));
  if (!missing.length && !overlaps.length && scope.entries.some((e) => e.monthGranular) && months.every((m) => m.entries.length)) {
    lines.push(p.green(TEXT.complete[locale]));
  }
  return lines;
}

/** The JSON the CLI prints for `--format json`. */
export function timelineChartData(t: Timeline, locale: Locale, file?: string): TimelineChartData {
  const data: TimelineChartData = { year: t.year ?? null, scopes: [] };
  if (file !== undefined) data.file = file;
  for (const scope of t.scopes) {
    const label = (index: number) => {
      const m = scope.months.find((x) => x.index === index);
      return m ? monthText(m, locale) : String(index);
    };
    data.scopes.push({
      kind: scope.kind,
      title: scope.title,
      line: scope.line + 1,
      endLine: scope.endLine + 1,
      schoolYear: scope.schoolYear,
      months: scope.months.map((m) => ({
        month: m.month,
        nextYear: m.nextYear,
        label: monthText(m, locale),
        sections: m.entries.length,
        missing: m.missing,
        overlap: m.overlap,
      })),
      sections: scope.entries.map((e) => {
        const months: string[] = [];
        if (e.from !== undefined && e.to !== undefined) for (let i = e.from; i <= e.to; i++) months.push(label(i));
        return { line: e.line + 1, column: e.start + 1, text: e.raw, kind: e.kind, title: e.title, months };
      }),
      missing: scope.missing.map(label),
      overlaps: scope.overlaps.map(label),
    });
  }
  return data;
}
