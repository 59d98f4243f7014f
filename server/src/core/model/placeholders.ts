// Unfilled template text left in a plan: 20xx, 二0xx, XX/××/ＸＸ/○○ for names, □ and U+FFFD, 【…】 slots.
import type { Placeholder } from './types.js';

const PATTERN = /(?:20|二[0〇零])[xX×Ｘｘ]{2}|[XＸ×]{2,3}|○○|[□\uFFFD]|【[^【】]{0,12}(?:名称|姓名|单位|时间|日期|地点|填写|内容|金额|数量|部门|学校|班级|年份|负责人)[^【】]{0,6}】/g;
const QUICK = /[xX×Ｘｘ○□\uFFFD【]/;

export function findPlaceholders(text: string, line: number, out: Placeholder[]): void {
  if (!QUICK.test(text)) return;
  PATTERN.lastIndex = 0;
  for (let m = PATTERN.exec(text); m; m = PATTERN.exec(text)) {
    const raw = m[0];
    const start = m.index;
    const kind: Placeholder['kind'] =
      raw === '□' || raw === '\uFFFD' ? 'lost-char' : raw[0] === '【' ? 'slot' : /^(20|二)/.test(raw) ? 'year' : 'name';
    if (kind === 'name' && isLatinContext(text, start, start + raw.length)) continue;
    out.push({ line, start, end: start + raw.length, kind, raw });
  }
}

/** XX inside a Latin word or code (XXL, 0xFF, XML) is not a placeholder. */
function isLatinContext(text: string, start: number, end: number): boolean {
  const before = text.charCodeAt(start - 1);
  const after = text.charCodeAt(end);
  const latin = (c: number) => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
  return latin(before) || latin(after);
}
