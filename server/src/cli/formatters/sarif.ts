// SARIF 2.1.0 for GitHub code scanning and other viewers. Columns are UTF-16 code units, as SARIF's default
// columnKind says; endColumn is exclusive, exactly like our 1-based endColumn.
import { pathToFileURL } from 'node:url';
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';
import { ruleDocUrl } from '../ruleDocs.js';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export const sarif: Formatter = (results, ctx) => {
  const ruleIndex = new Map(ctx.rules.map((r, i) => [r.id, i]));
  const base = pathToFileURL(ctx.cwd).href.replace(/\/?$/, '/');
  const location = (path: string) => {
    const shown = ctx.display(path);
    const inside = !shown.startsWith('/') && !/^[A-Za-z]:/.test(shown);
    return inside ? { uri: encodeURI(shown), uriBaseId: '%SRCROOT%' } : { uri: pathToFileURL(path).href };
  };
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'plandoc',
            semanticVersion: ctx.version,
            version: ctx.version,
            rules: ctx.rules.map((r) => {
              const help = ruleDocUrl(r.id);
              return {
                id: r.id,
                name: r.id,
                shortDescription: { text: localize(r.description, ctx.locale) },
                ...(help.startsWith('http') ? { helpUri: help } : {}),
                defaultConfiguration: { level: LEVEL[r.defaultSeverity] },
                properties: { tags: r.tags, fixable: r.fixable },
              };
            }),
          },
        },
        originalUriBaseIds: { '%SRCROOT%': { uri: base } },
        columnKind: 'utf16CodeUnits',
        results: results.flatMap((r) =>
          r.problems.map((p) => ({
            ruleId: p.rule,
            ...(ruleIndex.has(p.rule) ? { ruleIndex: ruleIndex.get(p.rule) } : {}),
            level: LEVEL[p.severity],
            message: { text: localize(p.message, ctx.locale) },
            locations: [
              {
                physicalLocation: {
                  artifactLocation: location(r.path),
                  region: { startLine: p.line, startColumn: p.column, endLine: p.endLine, endColumn: p.endColumn },
                },
              },
            ],
          })),
        ),
      },
    ],
  };
  return JSON.stringify(log, null, 2) + '\n';
};
