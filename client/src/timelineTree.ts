// Turns the server's timeline (plandoc/timeline) into the rows of the
// 月份安排 / Months view: scope (document, 篇, 章) → month → sections. Months
// with nothing planned that follow each other share one row (四月至十二月 无安排),
// so a plan with one 三月份 section is three rows, not twelve.
// Pure, so the tree shape is unit-testable without VS Code.
import type { TimelineResult } from '../../server/src/protocol.js';

export type UiLocale = 'zh' | 'en';

export type TimelineNodeKind = 'scope' | 'month' | 'section';

export interface TimelineNode {
  id: string;
  kind: TimelineNodeKind;
  label: string;
  description: string;
  tooltip: string;
  /** codicon id */
  icon: string;
  /** theme colour id for the icon, if any */
  color?: string;
  /** where a click goes */
  target?: { line: number; start: number; end: number };
  expanded: boolean;
  children: TimelineNode[];
}

type Scope = NonNullable<TimelineResult>['scopes'][number];
type Month = Scope['months'][number];

const TEXT = {
  zh: {
    document: '全文', covered: (n: number, total: number) => `覆盖 ${n}/${total} 个月`, missing: '缺', overlap: '重叠',
    none: '无安排', range: (from: string, to: string) => `${from}至${to}`, missingMonth: '此月没有安排（计划范围内缺失）', overlapMonth: '此月被同级的多个时间段重复覆盖',
    months: (list: string) => list, schoolYear: '学年',
  },
  en: {
    document: 'Whole document', covered: (n: number, total: number) => `${n}/${total} months covered`, missing: 'missing', overlap: 'overlap',
    none: 'nothing planned', range: (from: string, to: string) => `${from} – ${to}`, missingMonth: 'No section covers this month (a gap inside the plan)', overlapMonth: 'Sections at the same level cover this month twice',
    months: (list: string) => list, schoolYear: 'school year',
  },
} as const;

function monthName(m: Month, locale: UiLocale): string {
  return m.label[locale];
}

export function buildTimelineTree(result: TimelineResult | null | undefined, locale: UiLocale): TimelineNode[] {
  if (!result) return [];
  const t = TEXT[locale];
  // a document whose only scope is the document itself, with no sections, has no timeline to show
  if (result.scopes.every((s) => s.entries.length === 0)) return [];
  return result.scopes.map((scope, scopeIndex) => {
    const scopeId = `s${scopeIndex}:${scope.line}`;
    const monthsByIndex = new Map(scope.months.map((m) => [m.index, m]));
    const covered = scope.months.filter((m) => m.entries.length > 0).length;
    const problems: string[] = [];
    if (scope.missing.length) problems.push(`${t.missing} ${scope.missing.map((i) => monthsByIndex.get(i)?.label[locale] ?? String(i)).join('、')}`);
    if (scope.overlaps.length) problems.push(`${t.overlap} ${scope.overlaps.map((i) => monthsByIndex.get(i)?.label[locale] ?? String(i)).join('、')}`);
    const label = scope.kind === 'document' ? `${t.document}${scope.title ? ' · ' + scope.title : ''}` : scope.title;
    const rows: TimelineNode[] = [];
    let idle: Month[] = [];
    const closeIdle = () => {
      if (idle.length > 1) {
        const first = idle[0]!;
        const last = idle[idle.length - 1]!;
        rows.push({
          id: `${scopeId}/m${first.index}-${last.index}`, kind: 'month', label: t.range(monthName(first, locale), monthName(last, locale)),
          description: t.none, tooltip: t.none, icon: 'circle-large-outline', expanded: false, children: [],
        });
      } else if (idle.length === 1) rows.push(monthRow(idle[0]!));
      idle = [];
    };
    const monthRow = (m: Month): TimelineNode => {
      const entries = m.entries.map((i) => scope.entries[i]!);
      const first = entries[0];
      const sections: TimelineNode[] = entries.map((e, k) => ({
        id: `${scopeId}/m${m.index}/e${k}:${e.line}`,
        kind: 'section',
        label: e.raw,
        description: e.title === e.raw ? '' : e.title,
        tooltip: `${e.title} (${locale === 'zh' ? '第' + (e.line + 1) + '行' : 'line ' + (e.line + 1)})`,
        icon: 'symbol-event',
        target: { line: e.line, start: e.start, end: e.end },
        expanded: false,
        children: [],
      }));
      const node: TimelineNode = {
        id: `${scopeId}/m${m.index}`,
        kind: 'month',
        label: monthName(m, locale),
        description: entries.length ? [...new Set(entries.map((e) => e.raw))].join(' · ') : m.missing ? t.missing : t.none,
        tooltip: m.missing ? t.missingMonth : m.overlap ? t.overlapMonth : entries.map((e) => e.title).join('\n'),
        icon: m.overlap ? 'error' : m.missing ? 'warning' : entries.length ? 'pass' : 'circle-large-outline',
        expanded: false,
        children: sections,
      };
      if (m.overlap) node.color = 'problemsErrorIcon.foreground';
      else if (m.missing) node.color = 'problemsWarningIcon.foreground';
      else if (entries.length) node.color = 'testing.iconPassed';
      if (first) node.target = { line: first.line, start: first.start, end: first.end };
      return node;
    };
    for (const m of scope.months) {
      if (m.entries.length === 0 && !m.missing && !m.overlap) idle.push(m);
      else {
        closeIdle();
        rows.push(monthRow(m));
      }
    }
    closeIdle();
    const months = rows;
    const description = [t.covered(covered, scope.months.length), ...problems, ...(scope.schoolYear ? [t.schoolYear] : [])].join(' · ');
    const node: TimelineNode = {
      id: scopeId,
      kind: 'scope',
      label,
      description,
      tooltip: `${label}\n${description}`,
      icon: scope.missing.length || scope.overlaps.length ? 'warning' : 'calendar',
      target: { line: scope.line, start: 0, end: 0 },
      expanded: scope.kind !== 'document' || result.scopes.length === 1,
      children: months,
    };
    return node;
  });
}
