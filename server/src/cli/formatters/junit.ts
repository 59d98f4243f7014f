// JUnit XML: one testcase per file, failing when the file has problems (each listed in the failure body).
import { localize } from '../../core/types.js';
import type { Formatter } from './types.js';
import { xmlEscape } from './xml.js';

const RANK = { info: 0, warning: 1, error: 2 } as const;

export const junit: Formatter = (results, ctx) => {
  const failures = results.filter((r) => r.problems.length).length;
  const out = [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<testsuites name="plandoc" tests="${results.length}" failures="${failures}" errors="0">`,
    `  <testsuite name="plandoc" tests="${results.length}" failures="${failures}" errors="0">`,
  ];
  for (const r of results) {
    const name = xmlEscape(ctx.display(r.path));
    if (!r.problems.length) {
      out.push(`    <testcase name="${name}" classname="${name}"/>`);
      continue;
    }
    const worst = r.problems.reduce((w, p) => (RANK[p.severity] > RANK[w] ? p.severity : w), r.problems[0]!.severity);
    const summary = ctx.locale === 'zh' ? `${r.problems.length} 个问题` : `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`;
    const body = r.problems.map((p) => `${p.line}:${p.column} ${p.severity} ${localize(p.message, ctx.locale)} (${p.rule})`).join('\n');
    out.push(`    <testcase name="${name}" classname="${name}">`);
    out.push(`      <failure message="${xmlEscape(summary)}" type="${worst}">${xmlEscape(body)}</failure>`);
    out.push('    </testcase>');
  }
  out.push('  </testsuite>', '</testsuites>');
  return out.join('\n') + '\n';
};
