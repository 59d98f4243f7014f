// Bracketed items inside a line: a table of contents flattened onto one line by a
// docx or PDF preview, or a clause that lists its cases in the running text.
//
//   一、项目背景 4(一)、国家政策背景 4(二)、行业发展趋势 4(三)、区域发展需求 5   → (一) (二) (三)
//   有下列情形之一的：（一）未经批准的；（二）逾期不改的；                        → （一） （二）
//   教师基本功比赛(一)                                                            → nothing: no run
//   （1）班、（2）班                                                              → nothing: class names
//
// An item counts only inside a run: the same brackets numbered 1, 2, … one after
// another in the line, each after a clause break, a space or a page number. So a lone
// `比赛(一)` or `(试行)` is never an item. The line's own leading marker is not one of them.
import type { RawMarker } from './markers.js';
import { matchMarker } from './markers.js';
import { isAnyDigit, isSpace } from '../text/numerals.js';

/** Characters after which an item may begin inside a line (besides spaces and a page number's digits). */
const BREAKS = '：:；;。，,、）)';

const NONE: RawMarker[] = [];

export function findInlineItems(text: string, from: number): RawMarker[] {
  let found: RawMarker[] | undefined;
  let full = text.indexOf('（', from + 1);
  let half = text.indexOf('(', from + 1);
  while (full >= 0 || half >= 0) {
    const i = full < 0 ? half : half < 0 ? full : Math.min(full, half);
    if (i === full) full = text.indexOf('（', i + 1);
    else half = text.indexOf('(', i + 1);
    const prev = text.charCodeAt(i - 1);
    if (!(isSpace(prev) || isAnyDigit(prev) || BREAKS.includes(text[i - 1]!))) continue;
    const m = matchMarker(text, i);
    if (!m || (m.family !== 'cn-paren' && m.family !== 'arabic-paren')) continue;
    (found ??= []).push(m);
  }
  return found && found.length > 1 ? inRuns(found) : NONE;
}

/** Keeps the candidates that take part in a run 1, 2, … of their own brackets (a run restarts at 1, as a TOC does per chapter). */
function inRuns(candidates: RawMarker[]): RawMarker[] {
  const kept = new Set<RawMarker>();
  const last = new Map<string, RawMarker>();
  for (const m of candidates) {
    const key = `${m.family}${m.open}${m.close}`;
    const before = last.get(key);
    if (before && m.value === before.value + 1) {
      kept.add(before);
      kept.add(m);
    }
    if (m.value === 1 || (before && m.value === before.value + 1)) last.set(key, m);
  }
  return candidates.filter((m) => kept.has(m));
}
