// Is this plain-text or Markdown document a Chinese plan? The VS Code client
// asks before it syncs a .txt/.md document to the language server, so a plan
// gets diagnostics with no setup and an ordinary note gets none.
// Self-contained and cheap (a bounded scan with early exit) because it runs on
// every open and, for documents not yet validated, on edits. See docs/detection.md.

export interface PlanDetection {
  isPlan: boolean;
  /** lines that begin with a Chinese-plan marker (counted up to the limit) */
  markerLines: number;
  /** true when two markers of one style are consecutive (1 then 2): evidence of a list, not a stray number */
  hasSequence: boolean;
}

/** Lines scanned at most; a plan shows its structure long before this. */
export const DETECT_MAX_LINES = 5000;
/** Marker lines needed to call a document a plan. */
export const DETECT_MIN_MARKERS = 3;

const CN = '[〇零一二两三四五六七八九十]{1,3}';
const HAN = '[\\u3400-\\u4dbf\\u4e00-\\u9fff“‘《「【]';
const WRAPPER = /^(?:[ \t\u3000\u00a0]|#{1,6}[ \t]|[-*+][ \t]|>[ \t]?)*/;

/** [style, regex]: the marker must be followed by Chinese text, so English `1. Install` lists do not count. */
const PATTERNS: [string, RegExp][] = [
  ['cn', new RegExp(`^(${CN})[、．.](?![是月日年季周])\\s*${HAN}`)],
  ['cn-paren', new RegExp(`^[（(](${CN})[）)][、．.]?\\s*${HAN}`)],
  ['arabic', new RegExp(`^([0-9０-９]{1,2})[、．.，](?![0-9０-９])\\s*${HAN}`)],
  ['arabic-paren', new RegExp(`^[（(]([0-9０-９]{1,2})[）)](?![班级届])\\s*${HAN}`)],
  ['circled', new RegExp(`^([\\u2460-\\u2473])\\s*${HAN}`)],
  ['article', new RegExp(`^第(${CN}|[0-9]{1,3})[篇章节条]`)],
  ['article-suffix', new RegExp(`篇(${CN})\\s*$`)],
  ['month', new RegExp(`^(${CN}|[0-9]{1,2})月份?(?:[至到—\\-～~]\\s*(?:${CN}|[0-9]{1,2})月份?)?\\s*[：:]?\\s*$`)],
];

const CN_VALUE: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

function numeralValue(s: string): number {
  if (/^[0-9０-９]+$/.test(s)) return Number(s.replace(/[０-９]/g, (d) => String(d.charCodeAt(0) - 0xff10)));
  if (s.length === 1 && s in CN_VALUE) return CN_VALUE[s]!;
  if (s.length === 1 && s >= '\u2460' && s <= '\u2473') return s.charCodeAt(0) - 0x2460 + 1;
  const ten = s.indexOf('十');
  if (ten < 0) return NaN;
  const tens = ten === 0 ? 1 : CN_VALUE[s[0]!] ?? NaN;
  const ones = s.length > ten + 1 ? CN_VALUE[s[ten + 1]!] ?? NaN : 0;
  return tens * 10 + ones;
}

/**
 * A document is a plan when, within its first DETECT_MAX_LINES lines, at least
 * DETECT_MIN_MARKERS lines begin with a Chinese ordinal marker, article heading
 * or month heading, and at least one style shows two consecutive values.
 */
export function detectPlan(text: string): PlanDetection {
  let markerLines = 0;
  let hasSequence = false;
  const lastValue = new Map<string, number>();
  let lineStart = 0;
  for (let n = 0; n < DETECT_MAX_LINES && lineStart <= text.length; n++) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    // long lines are prose; only their start matters
    const line = text.slice(lineStart, Math.min(lineEnd, lineStart + 200));
    lineStart = lineEnd + 1;
    const content = line.slice(WRAPPER.exec(line)![0].length);
    if (content === '' || content.charCodeAt(0) < 0x28) continue;
    for (const [style, re] of PATTERNS) {
      const m = re.exec(content);
      if (!m) continue;
      markerLines++;
      const value = numeralValue(m[1]!);
      if (lastValue.get(style) === value - 1) hasSequence = true;
      lastValue.set(style, value);
      break;
    }
    if (markerLines >= DETECT_MIN_MARKERS && hasSequence) return { isPlan: true, markerLines, hasSequence };
  }
  return { isPlan: false, markerLines, hasSequence };
}

/** Shorthand for detectPlan(text).isPlan. */
export function isPlanText(text: string): boolean {
  return detectPlan(text).isPlan;
}
