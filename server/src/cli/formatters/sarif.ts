// SARIF 2.1.0 for GitHub code scanning and other viewers. Columns are UTF-16 code units, as SARIF's default
// columnKind says; endColumn is exclusive, exactly like our 1-based endColumn. Results stream between a
// header and a footer cut from the serialised log skeleton.
import { pathToFileURL } from 'node:url';
import { localize } from '../../core/types.js';
import type { CliProblem } from '../results.js';
import type { Formatter } from './types.js';
import { ruleDocUrl } from '../ruleDocs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;
const SLOT = '\u0000results\u0000';
const RESULT_INDENT = '        ';

export const sarif: Formatter = (ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const base = pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/');
  const skeleton = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plandoc',
            semanticVersion: ctx.version,
            version: ctx.version,
            rules: ctx.rules.map((r) => ({
              id: r.id,
              name: r.id,
              shortDescription: { text: localize(r.description, ctx.locale) },
              helpUri: ruleDocUrl(r.id),
              defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
              properties: { tags: r.tags, fixable: r.fixable },
            })),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        columnKind: 'utf16CodeUnits',
        results: [SLOT],
      },
    ],
  };
  const text = JSON.stringify(skeleton, null, 2);
  const at = text.indexOf(JSON.stringify(SLOT));
  const head = text.slice(0, at).replace(/\s*$/, '');
  const tail = text.slice(at + JSON.stringify(SLOT).length).replace(/^\s*/, '');
  let count = 0;

  const location = (path: string) => {
    const shown = ctx.display(path);
    const inside = !shown.startsWith('/') && !/^[A-Za-z]:/.test(shown);
    return inside ? { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(path).href };
  };
  const result = (path: string, p: CliProblem) => ({
    ruleId: p.rule,
    ...(ruleIndex.has(p.rule) ? { ruleIndex: ruleIndex.get(p.rule) } : {}),
    level: LEVEL[p.severity],
    message: { text: localize(p.message, ctx.locale) },
    locations: [{ physicalLocation: { artifactLocation: location(path), region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn } } }],
  });

  return {
    begin: () => head,
    file(r) {
      return r.problems
        .map((p) => `${count++ ? ',' : ''}\n${RESULT_INDENT}${JSON.stringify(result(r.path, p), null, 2).replace(/\n/g, `\n${RESULT_INDENT}`)}`)
        .join('');
    },
    end: () => `${count ? `\n${RESULT_INDENT.slice(2)}` : ''}${tail}\n`,
  };
};
