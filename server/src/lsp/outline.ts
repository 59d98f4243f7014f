// Outline features over the model's tree: hierarchical document symbols and folding ranges.
// A symbol's name is what the line says (（一）三月份：启动阶段 keeps its stage name); it has no
// detail, since the Outline's indentation already shows the level and a detail repeating the
// time heading would show it twice. In Markdown, VS Code's own outline lists the headings;
// symbols of a second provider would make a second tree (and a breadcrumb level), so PlanDoc
// provides symbols only for a Markdown plan without headings, where Markdown's outline is empty.
import { FoldingRangeKind, SymbolKind, type DocumentSymbol, type FoldingRange, type SymbolInformation } from 'vscode-languageserver';
import type { DocumentModel, MarkerFamily, OutlineNode } from '../core/model/types.js';
import type { Locale } from '../core/types.js';
import { toLspRange } from './positions.js';

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

/** Longest symbol name; the rest of a long line is body text. */
const NAME_MAX_LENGTH = 40;

function symbolName(model: DocumentModel, node: OutlineNode): string {
  if (node.kind === 'marker' && node.time && node.marker) {
    // a time item names its stage: （一）三月份：启动阶段, not （一）三月份
    const text = model.lines[node.line]!.text.slice(node.marker.start).trim();
    const sentence = text.split(/[。；;]/)[0]!.replace(/[：:，,]\s*$/, '');
    if (sentence) return sentence.length > NAME_MAX_LENGTH ? sentence.slice(0, NAME_MAX_LENGTH) + '…' : sentence;
  }
  const name = node.title.trim();
  if (name) return name;
  // VS Code rejects empty symbol names: fall back to the line itself
  const line = model.lines[node.line]!;
  return line.text.slice(line.contentStart).trim().slice(0, 40) || `#${node.line + 1}`;
}

function toSymbol(model: DocumentModel, node: OutlineNode): DocumentSymbol {
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
    children: node.children.map((child) => toSymbol(model, child)),
  };
  return symbol;
}

function hasHeading(node: OutlineNode): boolean {
  return node.kind === 'heading' || node.children.some(hasHeading);
}

export interface SymbolOptions {
  /** the document is Markdown: VS Code's Markdown outline already shows its headings */
  markdown?: boolean;
}

/** The outline's symbols. `_locale` is kept for callers: names are the document's own words, in no UI language. */
export function documentSymbols(model: DocumentModel, _locale: Locale, options: SymbolOptions = {}): DocumentSymbol[] {
  if (options.markdown && hasHeading(model.root)) return [];
  return model.root.children.map((node) => toSymbol(model, node));
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
