// plandoc outline FILE: the document's structure as a tree, or as JSON (--format json).
import { parseDocument } from '../../core/linter.js';
import type { DocumentModel, OutlineNode } from '../../core/model/types.js';
import type { CliArgs } from '../args.js';
import { COLORS, NO_COLORS, useColor } from '../color.js';
import { UsageError } from '../errors.js';
import { displayPath } from '../lintFile.js';
import { writeReport } from '../output.js';
import { readSingleDocument } from '../singleDocument.js';

export interface OutlineJsonNode {
  kind: OutlineNode['kind'];
  /** the marker, article number or heading prefix as written: 一、 （三） 第二条 ## */
  label: string;
  title: string;
  line: number;
  endLine: number;
  children: OutlineJsonNode[];
}

function labelOf(node: OutlineNode, model: DocumentModel): string {
  const text = model.lines[node.line]?.text ?? '';
  if (node.marker) return text.slice(node.marker.start, node.marker.textStart).trim();
  if (node.article) return node.article.raw;
  if (node.heading) return '#'.repeat(node.heading.depth);
  return '';
}

export function outlineJson(model: DocumentModel, node: OutlineNode = model.root): OutlineJsonNode[] {
  return node.children.map((child) => ({
    kind: child.kind,
    label: labelOf(child, model),
    title: child.title,
    line: child.line + 1,
    endLine: child.endLine + 1,
    children: outlineJson(model, child),
  }));
}

export function outlineTree(model: DocumentModel, file: string, dim: (s: string) => string): string {
  const out = [file];
  const walk = (nodes: OutlineJsonNode[], prefix: string) => {
    nodes.forEach((n, i) => {
      const last = i === nodes.length - 1;
      const label = n.kind === 'heading' || n.title.startsWith(n.label) ? n.title : `${n.label}${n.title}`;
      out.push(`${prefix}${last ? '└─ ' : '├─ '}${label || n.label} ${dim(`:${n.line}`)}`);
      walk(n.children, prefix + (last ? '   ' : '│  '));
    });
  };
  walk(outlineJson(model), '');
  return out.join('\n') + '\n';
}

export function outlineCommand(args: CliArgs, cwd: string): number {
  const format = args.format ?? 'tree';
  if (format !== 'tree' && format !== 'json') throw new UsageError({ zh: `outline 的格式只能是 tree 或 json，收到“${format}”`, en: `outline formats are tree and json, got "${format}"` });
  const { path, text, config } = readSingleDocument(args, cwd, 'outline');
  const model = parseDocument(text, config.levels);
  const file = displayPath(path, cwd);
  const report = format === 'json'
    ? JSON.stringify({ file, outline: outlineJson(model) }, null, 2) + '\n'
    : outlineTree(model, file, (useColor(process.stdout, args.color) && !args.outputFile ? COLORS : NO_COLORS).dim);
  writeReport(report, args.outputFile, cwd);
  return 0;
}
