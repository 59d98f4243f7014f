// Hover on a marker (or a 篇/章/条 or a time heading): its level, its path from the
// top of the document (篇二 › 二、 › （三）) and what the standards say about that level.
import { MarkupKind, type Hover, type Position as LspPosition } from 'vscode-languageserver';
import type { DocumentModel, OutlineNode } from '../core/model/types.js';
import type { Locale } from '../core/types.js';
import { localize } from '../core/types.js';
import { markerSource } from '../core/syntax/markerText.js';
import { fromLspPosition, toLspRange } from './positions.js';
import { FAMILY_WORDING, STANDARD_WORDING, levelName } from './levels.js';

/** The outline node whose own line is `line` (the deepest one when a marker and its time share a line). */
function nodeOnLine(root: OutlineNode, line: number): OutlineNode | undefined {
  let node: OutlineNode | undefined;
  let children = root.children;
  for (;;) {
    // children are in document order: the last one starting at or before the line contains it
    let candidate: OutlineNode | undefined;
    for (const child of children) {
      if (child.line <= line) candidate = child;
      else break;
    }
    if (!candidate || candidate.endLine < line) return node?.line === line ? node : undefined;
    node = candidate;
    if (node.line === line) return node;
    children = node.children;
  }
}

/** A short label of a node for the path: the marker as written, 篇二, 第三章, 三月份, or a heading's text. */
function pathLabel(model: DocumentModel, node: OutlineNode): string {
  if (node.marker) return markerSource(model.lines[node.line]!.text, node.marker);
  if (node.article) return node.article.raw;
  if (node.time) return node.time.expr.raw;
  const title = node.title.trim();
  return title.length > 16 ? `${title.slice(0, 16)}…` : title;
}

export function hover(model: DocumentModel, lspPosition: LspPosition, locale: Locale): Hover | null {
  const position = fromLspPosition(model, lspPosition);
  const node = nodeOnLine(model.root, position.line);
  if (!node) return null;
  const span = node.marker
    ? { start: node.marker.start, end: node.marker.start + markerSource(model.lines[node.line]!.text, node.marker).length }
    : node.article
      ? { start: node.article.start, end: node.article.end }
      : node.time
        ? { start: node.time.start, end: node.time.end }
        : undefined;
  if (!span || position.character < span.start || position.character > span.end) return null;

  const path: string[] = [];
  for (let n: OutlineNode | null = node; n && n.kind !== 'document'; n = n.parent) path.unshift(pathLabel(model, n));
  const t = (zh: string, en: string) => localize({ zh, en }, locale);
  const lines: string[] = [];
  if (node.marker) {
    const m = node.marker;
    lines.push(`**${t('序号', 'Marker')} ${markerSource(model.lines[node.line]!.text, m)}** — ${localize(levelName(m.level), locale)}${t(`，第${m.value}项`, `, item ${m.value}`)}`);
  } else if (node.article) {
    lines.push(`**${node.article.raw}**`);
  } else if (node.time) {
    lines.push(`**${node.time.expr.raw}** — ${t('时间段', 'time section')}`);
  }
  lines.push('', `${t('位置：', 'Path: ')}${path.join(' › ')}`);
  if (node.marker) {
    lines.push('', localize(STANDARD_WORDING, locale), '', localize(FAMILY_WORDING[node.marker.family], locale));
  }
  return {
    contents: { kind: MarkupKind.Markdown, value: lines.join('\n') },
    range: toLspRange(model, { start: { line: node.line, character: span.start }, end: { line: node.line, character: span.end } }),
  };
}
