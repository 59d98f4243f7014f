// Titles of the code actions, stating what the action does to the text
// (改为“二、”, 将本列表重新编号为1—4) rather than repeating the problem,
// and never naming a rule id: the writer reads Chinese, not identifiers.
import type { DocumentModel, Marker } from '../core/model/types.js';
import type { Locale, Localized, Problem } from '../core/types.js';
import { localize } from '../core/types.js';
import { markerSource, numeralLike, standardMarker } from '../core/syntax/markerText.js';

const quoted = (text: string, _locale?: Locale) => `“${text}”`;

/** The marker on `line` as it reads after `newText` replaces columns [start, end) of that line. */
function markerAfterEdit(model: DocumentModel, marker: Marker, start: number, end: number, newText: string): string {
  const line = model.lines[marker.line]!.text;
  const after = line.slice(0, start) + newText + line.slice(end);
  const markerEnd = marker.end + newText.length - (end - start);
  return after.slice(marker.start, Math.max(markerEnd, marker.start)).replace(/[\s\u3000\u00a0]+$/u, '');
}

/** “改为“（一）””, “删去“、””, or, for a fix of several places, how many it changes. */
export function fixTitle(model: DocumentModel, problem: Problem, locale: Locale): string {
  const edits = problem.fix?.edits ?? [];
  const t = (l: Localized) => localize(l, locale);
  if (edits.length === 1) {
    const e = edits[0]!;
    const oneLine = e.range.start.line === e.range.end.line;
    const marker = oneLine ? model.markerAt[e.range.start.line] : undefined;
    if (marker && e.range.start.character >= marker.start && e.range.end.character <= marker.end + 1) {
      const result = markerAfterEdit(model, marker, e.range.start.character, e.range.end.character, e.newText);
      if (result) return t({ zh: `改为${quoted(result, 'zh')}`, en: `Change to ${quoted(result, 'en')}` });
    }
    if (oneLine) {
      const old = model.lines[e.range.start.line]!.text.slice(e.range.start.character, e.range.end.character);
      if (e.newText === '' && old.trim()) return t({ zh: `删去${quoted(old, 'zh')}`, en: `Delete ${quoted(old, 'en')}` });
      if (e.newText.trim()) {
        return old.trim()
          ? t({ zh: `将${quoted(old, 'zh')}改为${quoted(e.newText, 'zh')}`, en: `Change ${quoted(old, 'en')} to ${quoted(e.newText, 'en')}` })
          : t({ zh: `插入${quoted(e.newText, 'zh')}`, en: `Insert ${quoted(e.newText, 'en')}` });
      }
    }
  }
  return t({ zh: `修改此处的${edits.length}个序号`, en: `Rewrite the ${edits.length} markers here` });
}

export function fixRuleTitle(count: number, locale: Locale): string {
  return localize({ zh: `修复本文档中全部${count}处同类问题`, en: `Fix all ${count} problems of this kind in this document` }, locale);
}

/** 将本列表重新编号为1—4 (the list is renumbered from its first item's 1). */
export function renumberTitle(items: readonly Marker[], locale: Locale): string {
  const first = items[0]!;
  // a glyph list (①②③) is named by its numbers: 1—4
  const numeral = (value: number) => (first.glyph ? String(value) : numeralLike(first, value)!);
  const range = `${numeral(1)}—${numeral(items.length)}`;
  return localize({ zh: `将本列表重新编号为${range}`, en: `Renumber this list ${range}` }, locale);
}

/** 将本列表的序号改为标准写法“1.” */
export function standardStyleTitle(model: DocumentModel, first: Marker, locale: Locale): string {
  const from = markerSource(model.lines[first.line]!.text, first);
  const to = standardMarker(first.family, first.value);
  return localize({
    zh: `将本列表的序号由${quoted(from, 'zh')}改为标准写法${quoted(to, 'zh')}`,
    en: `Write this list's markers in the standard form: ${quoted(from, 'en')} → ${quoted(to, 'en')}`,
  }, locale);
}

export function fixAllTitle(locale: Locale): string {
  return localize({ zh: '修复本文档中全部可自动修复的问题', en: 'Fix every problem PlanDoc can fix in this document' }, locale);
}
