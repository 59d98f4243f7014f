// Completion at the start of a line: the next marker of every level still open above
// the cursor (after （二） offer （三）), the next time section (after 三月份 offer 四月份),
// the next 章/条, and the first item one level down.
import { CompletionItemKind, type CompletionItem, type Position as LspPosition } from 'vscode-languageserver';
import type { DocumentModel, MarkerFamily, OutlineNode, TimeSection } from '../core/model/types.js';
import type { Locale } from '../core/types.js';
import { localize } from '../core/types.js';
import { CN_ORDINAL_CLASS } from '../core/syntax/numerals.js';
import { bumpNumeral, nextMarker, nextTimeExpression } from '../core/syntax/next.js';
import { markerSource, standardMarker } from '../core/syntax/markerText.js';
import { fromLspPosition, toLspRange } from './positions.js';
import { levelName } from './levels.js';

/** Indentation and Markdown wrapping before the content: spaces, U+3000, >, #, -, *, +. */
const LINE_LEAD = /^[\s\u3000\u00a0>#*+\-]*/u;
/** What may already be typed of a marker or a time heading when completion is asked for. */
const PARTIAL = new RegExp(`^(?:[（(]?[〇${CN_ORDINAL_CLASS}0-9０-９]{0,3}|第[〇${CN_ORDINAL_CLASS}0-9]{0,3}|[QqＱ上下]?)$`, 'u');

function nodesInOrder(root: OutlineNode): OutlineNode[] {
  const out: OutlineNode[] = [];
  const visit = (n: OutlineNode) => {
    if (n.kind !== 'document') out.push(n);
    n.children.forEach(visit);
  };
  visit(root);
  return out;
}

function lastBefore<T extends { line: number }>(items: T[], line: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  let found: T | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.line < line) {
      found = items[mid];
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The time heading as it would be written on the next line, keeping what followed the expression (三月份： → 四月份：). */
function nextTimeHeading(model: DocumentModel, section: TimeSection): string | undefined {
  const next = nextTimeExpression(section.expr);
  if (!next) return undefined;
  if (!section.standalone) return next;
  const text = model.lines[section.line]!.text;
  const trailing = /^[：:]/u.exec(text.slice(section.end));
  return next + (trailing ? trailing[0] : '');
}

interface Offer {
  label: string;
  detail: string;
  kind: CompletionItemKind;
}

export function completions(model: DocumentModel, lspPosition: LspPosition, locale: Locale, levels: readonly MarkerFamily[]): CompletionItem[] {
  const position = fromLspPosition(model, lspPosition);
  const line = model.lines[position.line];
  if (!line) return [];
  const before = line.text.slice(0, position.character);
  const lead = LINE_LEAD.exec(before)![0].length;
  const typed = before.slice(lead);
  if (!PARTIAL.test(typed)) return [];

  const offers: Offer[] = [];
  const t = (zh: string, en: string) => localize({ zh, en }, locale);
  const nodes = nodesInOrder(model.root);
  const last = lastBefore(nodes, position.line);
  let innermostMarkerLevel: number | undefined;
  let sawTime = false;
  for (let node: OutlineNode | null = last ?? null; node && node.kind !== 'document'; node = node.parent) {
    if (node.marker) {
      const m = node.marker;
      if (innermostMarkerLevel === undefined) innermostMarkerLevel = m.level;
      const written = markerSource(model.lines[m.line]!.text, m);
      offers.push({
        label: nextMarker(m),
        detail: t(`${localize(levelName(m.level), 'zh')}：接在 ${written} 之后`, `${localize(levelName(m.level), 'en')}: after ${written}`),
        kind: CompletionItemKind.EnumMember,
      });
      if (node.time) {
        const next = nextTimeExpression(node.time.expr);
        if (next) offers.push({ label: nextMarker(m) + next, detail: t(`接在 ${node.time.expr.raw} 之后`, `after ${node.time.expr.raw}`), kind: CompletionItemKind.Event });
        sawTime = true;
      }
    } else if (node.time) {
      const next = nextTimeHeading(model, node.time);
      if (next) offers.push({ label: next, detail: t(`时间段：接在 ${node.time.expr.raw} 之后`, `time section: after ${node.time.expr.raw}`), kind: CompletionItemKind.Event });
      sawTime = true;
    } else if (node.article && node.article.form === 'prefix' && node.article.kind !== 'fujian') {
      const next = bumpNumeral(node.article.raw);
      if (next) offers.push({ label: next, detail: t(`接在 ${node.article.raw} 之后`, `after ${node.article.raw}`), kind: CompletionItemKind.Module });
    }
  }
  if (!sawTime) {
    // a time section closed by items of its own: still offer the next one, but only inside the same 篇/章/heading
    let scopeStart = 0;
    for (let node: OutlineNode | null = last ?? null; node && node.kind !== 'document'; node = node.parent) {
      if (node.kind === 'article' || node.kind === 'heading') {
        scopeStart = node.line;
        break;
      }
    }
    const section = lastBefore(model.timeSections, position.line);
    const next = section && !section.marker && section.line >= scopeStart ? nextTimeHeading(model, section) : undefined;
    if (section && next) offers.push({ label: next, detail: t(`时间段：接在 ${section.expr.raw} 之后`, `time section: after ${section.expr.raw}`), kind: CompletionItemKind.Event });
  }
  // one level down: the first item below the innermost open item (or the top level when none is open)
  const childLevel = innermostMarkerLevel === undefined ? 0 : innermostMarkerLevel + 1;
  const childFamily = levels[childLevel];
  if (childFamily) {
    offers.push({
      label: standardMarker(childFamily, 1),
      detail: t(`${localize(levelName(childLevel), 'zh')}：新的下一级列表`, `${localize(levelName(childLevel), 'en')}: a new list one level down`),
      kind: CompletionItemKind.EnumMember,
    });
  }

  const range = toLspRange(model, { start: { line: position.line, character: lead }, end: position });
  const seen = new Set<string>();
  const items: CompletionItem[] = [];
  for (const offer of offers) {
    if (seen.has(offer.label)) continue;
    seen.add(offer.label);
    items.push({
      label: offer.label,
      kind: offer.kind,
      detail: offer.detail,
      sortText: String(items.length).padStart(3, '0'),
      filterText: offer.label,
      textEdit: { range, newText: offer.label },
    });
  }
  return items;
}
