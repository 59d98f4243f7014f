// Ordinals inside running text: 一是…二是…, 第一，第二，…, 首先/其次/最后.
import type { InlineOrdinal } from './types.js';
import { parseCnNumeral } from '../text/numerals.js';

// Preceded by a line start or a clause break so 这一是 / 统一是 never count.
const SHI = /(^|[：:；;。，,、！？\s（(“"])([一二三四五六七八九十]{1,3})是/g;
const DI = /(^|[：:；;。，,、！？\s（(“"])第([一二三四五六七八九十]{1,3})[，,、：:]/g;
const SEQUENCE = /(^|[：:；;。，,、！？\s])(首先|其次|再次|最后)/g;
const SEQUENCE_VALUE: Record<string, number> = { '首先': 1, '其次': 2, '再次': 3, '最后': 99 };

export function findInlineOrdinals(text: string, from: number, line: number, out: InlineOrdinal[]): void {
  // cheap pre-checks keep the regexes off lines that cannot match
  if (text.indexOf('是', from) >= 0) collect(SHI, 'shi', text, from, line, out);
  if (text.indexOf('第', from) >= 0) collect(DI, 'di', text, from, line, out);
  if (text.indexOf('首先', from) >= 0 || text.indexOf('其次', from) >= 0) collect(SEQUENCE, 'sequence', text, from, line, out);
}

function collect(re: RegExp, style: InlineOrdinal['style'], text: string, from: number, line: number, out: InlineOrdinal[]): void {
  re.lastIndex = from;
  const found: InlineOrdinal[] = [];
  for (let m = re.exec(text); m; m = re.exec(text)) {
    if (m.index < from && m[1] !== '') continue;
    const start = m.index + m[1]!.length;
    const word = m[2]!;
    const value = style === 'sequence' ? SEQUENCE_VALUE[word]! : parseCnNumeral(word);
    if (!Number.isFinite(value)) continue;
    const end = start + (style === 'di' ? word.length + 1 : word.length + (style === 'shi' ? 1 : 0));
    found.push({ line, start, end, value, style, raw: text.slice(start, end) });
  }
  // keep document order when several styles occur on one line
  for (const f of found) out.push(f);
}
