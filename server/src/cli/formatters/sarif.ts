// SARIF 2.1.0 for GitHub code scanning and other viewers. Columns are UTF-16 code units, as SARIF's default
// columnKind says; endColumn is exclusive, exactly like our 1-based endColumn. Results stream first; the
// tool section follows them and describes only the rules that were reported (ruleIndex in order of first use).
import { pathToFileURL } from 'node:url';
import { localize } from '../../core/types.js';
import type { CliProblem } from '../results.js';
import type { Formatter } from './types.js';
import { ruleDocUrl } from '../../core/docs/url.js';
import { bytesOfPath, hasRawBytes } from '../../io/bytePath.js';
import { relative, sep } from 'node:path';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SLOT = '\u0000slot\u0000';
const RESULT_INDENT = '        ';

export const sarif: Formatter = (ctx) => {
  const metaById = new Map(ctx.rules.map((r) => [r.id, r]));
  const used: string[] = [];
  const usedIndex = new Map<string, number>();
  const base = pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/');
  const skeleton = (results: unknown[], rules: unknown[]) => ({
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        results,
        tool: { driver: { name: 'plandoc', semanticVersion: ctx.version, version: ctx.version, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        columnKind: 'utf16CodeUnits',
      },
    ],
  });
  const slot = JSON.stringify(SLOT);
  const headText = JSON.stringify(skeleton([SLOT], []), null, 2);
  const head = headText.slice(0, headText.indexOf(slot)).replace(/\s*$/, '');
  let count = 0;

  const location = (path: string) => {
    const shown = ctx.display(path);
    const inside = !shown.startsWith('/') && !/^[A-Za-z]:/.test(shown);
    if (!inside) return { uri: hasRawBytes(path) ? `file://${percentEncoded(bytesOfPath(path))}` : pathToFileURL(path).href };
    // a name that is not UTF-8: its bytes, percent-encoded (the shown \xNN form would name another file)
    const uri = hasRawBytes(path) ? percentEncoded(bytesOfPath(relative(ctx.cwd, path).split(sep).join('/'))) : encodeURI(shown);
    return { uri, uriBaseId: '%SRCROOT%' };
  };
  const indexOf = (rule: string) => {
    let i = usedIndex.get(rule);
    if (i === undefined) {
      i = used.push(rule) - 1;
      usedIndex.set(rule, i);
    }
    return i;
  };
  // a fix shared by several problems (one list's renumbering) goes on the first of their results only; the
  // others say which result holds it (properties.fixSameAs, an index into runs[0].results): written on each,
  // 1,000 problems sharing a fix of 20,000 edits made 20 million replacements (sharedFixes.ts)
  const result = (path: string, p: CliProblem, fixSameAs: number | undefined) => ({
    ruleId: p.rule,
    ruleIndex: indexOf(p.rule),
    level: LEVEL[p.severity],
    message: { text: localize(p.message, ctx.locale) },
    locations: [{ physicalLocation: { artifactLocation: location(path), region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } }],
    // only certain fixes: a viewer may apply SARIF fixes without asking, so suggestions stay out
    ...(p.fix && fixSameAs === undefined ? {
      fixes: [{
        description: { text: localize({ zh: '自动修复', en: 'Automatic fix' }, ctx.locale) },
        artifactChanges: [{
          artifactLocation: location(path),
          replacements: p.fix.edits.map((e) => ({
            deletedRegion: { startLine: e.line, startColumn: e.column, endLine: e.endLine, endColumn: e.endColumn },
            insertedContent: { text: e.text },
          })),
        }],
      }],
    } : {}),
    ...(p.fix && fixSameAs !== undefined ? { properties: { fixSameAs } } : {}),
  });
  const ruleDescriptor = (id: string) => {
    const r = metaById.get(id);
    return {
      id,
      name: id,
      ...(r ? { shortDescription: { text: localize(r.description, ctx.locale) }, defaultConfiguration: { level: LEVEL[r.defaultSeverity] }, properties: { tags: r.tags, fixable: r.fixable } } : {}),
      helpUri: ruleDocUrl(id),
    };
  };

  return {
    begin: () => head,
    file(r) {
      const fixAt = new Map<unknown, number>();
      return r.problems
        .map((p) => {
          const at = count++;
          const sameAs = p.fix ? fixAt.get(p.fix.edits) : undefined;
          if (p.fix && sameAs === undefined) fixAt.set(p.fix.edits, at);
          return `${at ? ',' : ''}\n${RESULT_INDENT}${JSON.stringify(result(r.path, p, sameAs), null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)}`;
        })
        .join('');
    },
    end() {
      const text = JSON.stringify(skeleton([SLOT], used.map(ruleDescriptor)), null, 2);
      const tail = text.slice(text.indexOf(slot) + slot.length).replace(/^\s*/, '');
      return `${count ? `\n${RESULT_INDENT.slice(2)}` : ''}${tail}\n`;
    },
  };
};

/** A path's bytes as a URI path: unreserved characters and / as they are, every other byte %XX. */
function percentEncoded(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += /[A-Za-z0-9\-._~/]/.test(String.fromCharCode(b)) && b < 0x80 ? String.fromCharCode(b) : `%${b.toString(16).toUpperCase().padStart(2, '0')}`;
  return out;
}
