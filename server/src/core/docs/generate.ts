// Rule documentation, the rules table and the config JSON schema, all generated
// from rule metadata so they cannot drift from the code (a test compares them).
import { rules } from '../rules/registry.js';
import type { Rule } from '../rules/types.js';
import { MARKER_FAMILIES } from '../model/types.js';

import { ruleDocPath, ruleDocUrl } from './url.js';

export { ruleDocPath };

export function renderRuleDoc(rule: Rule): string {
  const m = rule.meta;
  const options = Object.entries(m.options ?? {});
  const lines = [
    `<!-- generated from server/src/core/rules/${m.id}.ts by npm run docs; do not edit -->`,
    `# ${m.id}`,
    '',
    `**${m.description.zh}** — ${m.description.en}`,
    '',
    `| | |`,
    `|---|---|`,
    `| 默认级别 Default severity | \`${m.defaultSeverity}\` |`,
    `| 可自动修复 Fixable | ${m.fixable ? '是 yes' : '否 no'} |`,
    `| 修改建议 Suggestions | ${m.suggests ? '是 yes（逐条确认，不批量应用 offered one by one, never applied in bulk）' : '否 no'} |`,
    `| 标签 Tags | ${m.tags.join(', ')} |`,
    '',
    '## 说明',
    '',
    m.docs.zh,
    '',
    '## Description',
    '',
    m.docs.en,
    '',
    '## 错误示例 Wrong',
    '',
    '```text',
    m.docs.wrong,
    '```',
    '',
    '## 正确示例 Right',
    '',
    '```text',
    m.docs.right,
    '```',
    '',
  ];
  if (options.length) {
    lines.push('## 选项 Options', '', '| 选项 Option | 默认 Default | 说明 Description |', '|---|---|---|');
    for (const [name, spec] of options) lines.push(`| \`${name}\` | \`${JSON.stringify(spec.default)}\` | ${spec.description.zh} — ${spec.description.en} |`);
    lines.push('');
  }
  lines.push('## 配置 Configuration', '', '```json', JSON.stringify({ rules: { [m.id]: m.defaultSeverity } }, null, 2), '```', '');
  return lines.join('\n');
}

export function renderRulesTable(): string {
  const rows = ['| 规则 Rule | 说明 | Description | 默认 Default | 修复 Fix | 建议 Suggest |', '|---|---|---|---|---|---|'];
  for (const r of rules) {
    const m = r.meta;
    rows.push(`| [\`${m.id}\`](docs/rules/${m.id}.md) | ${m.description.zh} | ${m.description.en} | ${m.defaultSeverity} | ${m.fixable ? '✔' : ''} | ${m.suggests ? '💡' : ''} |`);
  }
  return rows.join('\n');
}

export function buildConfigSchema(): Record<string, unknown> {
  const severity = { enum: ['off', 'info', 'warning', 'error'] };
  const ruleProps: Record<string, unknown> = {};
  for (const r of rules) {
    const m = r.meta;
    const optionProps: Record<string, unknown> = {};
    for (const [name, spec] of Object.entries(m.options ?? {})) {
      optionProps[name] = { ...spec.schema, default: spec.default, description: `${spec.description.zh} — ${spec.description.en}` };
    }
    ruleProps[m.id] = {
      description: `${m.description.zh} — ${m.description.en} (default: ${m.defaultSeverity})`,
      markdownDescription: `${m.description.zh} — ${m.description.en}\n\n[docs](${ruleDocUrl(m.id)})`,
      default: m.defaultSeverity,
      oneOf: [
        severity,
        { type: 'array', prefixItems: [severity, { type: 'object', properties: optionProps, additionalProperties: false }], items: false, minItems: 1, maxItems: 2 },
      ],
    };
  }
  const rulesSchema = { type: 'object', properties: ruleProps, additionalProperties: false };
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: 'https://plandoc.dev/schemas/plandocrc.schema.json',
    title: 'PlanDoc configuration (.plandocrc.json)',
    type: 'object',
    additionalProperties: false,
    properties: {
      $schema: { type: 'string' },
      profile: { enum: ['common', 'gbt9704'], default: 'common', description: 'common：宽容常见写法（默认）；gbt9704：严格按 GB/T 9704-2012 与 GB/T 15834-2011 — common: tolerant of widespread practice (default); gbt9704: the standards, strictly' },
      levels: { type: 'array', items: { enum: [...MARKER_FAMILIES] }, uniqueItems: true, description: '序号层级顺序，从高到低 — marker families from the highest level to the lowest' },
      rules: rulesSchema,
      ignores: { type: 'array', items: { type: 'string' }, description: '不检查的文件（glob）— files to skip (globs)' },
      overrides: {
        type: 'array',
        items: {
          type: 'object',
          required: ['files'],
          additionalProperties: false,
          properties: {
            files: { oneOf: [{ type: 'string' }, { type: 'array', items: { type: 'string' } }] },
            profile: { enum: ['common', 'gbt9704'] },
            rules: rulesSchema,
          },
        },
      },
    },
  };
}

/** Every generated file: path → content. */
export function generatedFiles(): Map<string, string> {
  const files = new Map<string, string>();
  for (const r of rules) files.set(ruleDocPath(r.meta.id), renderRuleDoc(r));
  files.set('schemas/plandocrc.schema.json', JSON.stringify(buildConfigSchema(), null, 2) + '\n');
  return files;
}
