// Outline features over the model's tree: hierarchical document symbols and folding ranges.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { DocumentModel, MarkerFamily, OutlineNode } from '../core/model/types.js';
import type { Locale } from '../core/types.js';
import { localize } from '../core/types.js';
import { toLspRange } from './positions.js';
import { levelName } from './levels.js';

// Kinds chosen for their icons in VS Code's Outline and breadcrumbs: parts and chapters read as
// modules and namespaces, the four 公文 levels as nested containers, time sections as events.
const MARKER_KIND: Record<MarkerFamily, SymbolKind> = {
  cn: SymbolKind.Class,
  'cn-paren': SymbolKind.Struct,
  arabic: SymbolKind.Field,
  'arabic-paren': SymbolKind.Property,
  circled: SymbolKind.EnumMember,
};

function symbolKind(node: OutlineNode): SymbolKind {
  switch (node.kind) {
    case 'article':
      switch (node.article?.kind) {
        case 'pian':
          return SymbolKind.Module;
        case 'zhang':
          return SymbolKind.Namespace;
        case 'jie':
          return SymbolKind.Package;
        case 'fujian':
          return SymbolKind.File;
        default:
          return SymbolKind.Method; // 第N条
      }
    case 'heading':
      return SymbolKind.Namespace;
    case 'time':
      return SymbolKind.Event;
    case 'marker':
      return node.time ? SymbolKind.Event : MARKER_KIND[node.marker!.family];
    default:
      return SymbolKind.File;
  }
}

function symbolName(model: DocumentModel, node: OutlineNode): string {
  const name = node.title.trim();
  if (name) return name;
  // VS Code rejects empty symbol names: fall back to the line itself
  const line = model.lines[node.line]!;
  return line.text.slice(line.contentStart).trim().slice(0, 40) || `#${node.line + 1}`;
}

function symbolDetail(node: OutlineNode, locale: Locale): string | undefined {
  if (node.marker) return localize(levelName(node.marker.level), locale);
  if (node.time) return node.time.expr.raw;
  if (node.heading) return '#'.repeat(node.heading.depth);
  return undefined;
}

function toSymbol(model: DocumentModel, node: OutlineNode, locale: Locale): DocumentSymbol {
  const line = model.lines[node.line]!;
  const last = model.lines[Math.max(node.endLine, node.line)] ?? line;
  const range = toLspRange(model, { start: { line: node.line, character: 0 }, end: { line: last.index, character: last.text.length } });
  const selStart = node.marker?.start ?? node.article?.start ?? node.time?.start ?? line.contentStart;
  const selectionRange = toLspRange(model, {
    start: { line: node.line, character: Math.min(selStart, line.text.length) },
    end: { line: node.line, character: line.text.length },
  });
  const symbol: DocumentSymbol = {
    name: symbolName(model, node),
    kind: symbolKind(node),
    range,
    selectionRange,
    children: node.children.map((child) => toSymbol(model, child, locale)),
  };
  const detail = symbolDetail(node, locale);
  if (detail) symbol.detail = detail;
  return symbol;
}

export function documentSymbols(model: DocumentModel, locale: Locale): DocumentSymbol[] {
  return model.root.children.map((node) => toSymbol(model, node, locale));
}

/** For clients without hierarchical symbols: the same tree flattened, each symbol naming its container. */
export function flatSymbols(symbols: DocumentSymbol[], uri: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container?: string) => {
    out.push({ name: symbol.name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container ? { containerName: container } : {}) });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  symbols.forEach((s) => visit(s));
  return out;
}

/** One fold per section that spans more than its own line; the fold keeps the section's first line visible. */
export function foldingRanges(model: DocumentModel): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  const visit = (node: OutlineNode) => {
    if (node.kind !== 'document' && node.endLine > node.line) {
      ranges.push({ startLine: node.line, endLine: node.endLine, kind: FoldingRangeKind.Region });
    }
    node.children.forEach(visit);
  };
  visit(model.root);
  return ranges;
}
