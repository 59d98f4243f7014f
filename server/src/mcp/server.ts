// `plandoc mcp`: PlanDoc's checks as Model Context Protocol tools (official SDK, stdio transport), for AI
// writing assistants that draft plans and 公文 and need a deterministic checker. Each tool is a thin call
// into the Node API (server/src/api). docs/mcp.md.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import { fix, lint, outline, ruleInfo, rules, timeline } from '../api/index.js';
import { PlanDocError } from '../api/errors.js';
import type { Locale, Options } from '../api/types.js';
import { renderRuleDoc } from '../core/docs/generate.js';
import { ruleById } from '../core/rules/registry.js';
import { VERSION } from '../cli/version.js';
import { packShared } from '../cli/sharedFixes.js';
import { DocumentSource, ToolInputError, type DocumentInput } from './documents.js';

const documentShape = {
  text: z.string().optional().describe('文档全文（与 path 二选一）— The document text (or give path)'),
  path: z.string().optional().describe('起始目录中的文件路径（与 text 二选一）— A file inside the folder the server was started in (or give text)'),
};
const localeShape = {
  locale: z.enum(['zh', 'en']).optional().describe('消息语言，默认 zh — Language of the messages (default zh)'),
};
const configShape = {
  profile: z.enum(['common', 'gbt9704']).optional().describe('规范档：common（默认）或 gbt9704（严格按国家标准）— Profile: common (default) or gbt9704 (the standards strictly)'),
  rules: z.record(z.string(), z.enum(['off', 'info', 'warning', 'error'])).optional().describe('调整规则级别，如 {"single-item-list": "off"} — Rule severities, e.g. {"single-item-list": "off"}'),
};

type DocumentArgs = DocumentInput & { locale?: Locale; profile?: Options['profile']; rules?: Record<string, 'off' | 'info' | 'warning' | 'error'> };

type ToolResult = { content: { type: 'text'; text: string }[]; isError?: boolean };

function json(value: unknown): ToolResult {
  return { content: [{ type: 'text', text: JSON.stringify(value, null, 2) }] };
}

/** Bad input is the caller's to fix: said as a tool error in both languages, never thrown at the protocol. */
function guarded(run: () => ToolResult): ToolResult {
  try {
    return run();
  } catch (e) {
    if (e instanceof ToolInputError) return { isError: true, content: [{ type: 'text', text: `${e.localized.zh}\n${e.localized.en}` }] };
    if (e instanceof PlanDocError) {
      const where = [e.file && `${e.file}${e.line ? `:${e.line}` : ''}`, e.key].filter(Boolean).join(' ');
      return { isError: true, content: [{ type: 'text', text: `${where ? `${where}: ` : ''}${e.messages.zh}\n${where ? `${where}: ` : ''}${e.messages.en}` }] };
    }
    throw e;
  }
}

export function createMcpServer(root: string): McpServer {
  const documents = new DocumentSource(root);
  const server = new McpServer({ name: 'plandoc', version: VERSION });

  const options = (a: DocumentArgs, filePath: string): Options => ({ locale: a.locale, profile: a.profile, rules: a.rules, filePath });

  server.registerTool('lint', {
    title: 'PlanDoc lint 检查',
    description: '检查中文计划类文档（工作计划、实施方案、规章制度……）的编号、序号标点、层级、占位符和月份安排，返回问题列表（行列从 1 起）。'
      + '起始目录中的 .plandocrc.json 配置同样生效。— Lints a Chinese plan document (numbering 一、（一）1.（1）①, marker punctuation, '
      + 'heading levels, placeholders such as 20xx, month plans) and returns its problems with 1-based lines and columns; '
      + 'the .plandocrc.json config of the start folder applies.',
    inputSchema: { ...documentShape, ...configShape, ...localeShape },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (a) => guarded(() => {
    const doc = documents.load(a);
    const r = lint(doc.text, options(a, doc.filePath));
    // a fix shared by a list's problems is written once, as in plandoc lint --format json (cli/sharedFixes.ts)
    return json({ file: doc.display, ...r, problems: packShared(r.problems) });
  }));

  server.registerTool('fix', {
    title: 'PlanDoc fix 修复',
    description: '自动修复可确定的问题（重新编号、序号标点与全半角），只改动序号字符，返回修复后的全文和 diff；不写入文件。'
      + '— Fixes what can be fixed for certain (renumbering, marker punctuation and width), changing only marker characters; '
      + 'returns the fixed text, a unified diff and the problems left. Never writes a file.',
    inputSchema: { ...documentShape, ...configShape, ...localeShape },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (a) => guarded(() => {
    const doc = documents.load(a);
    const r = fix(doc.text, options(a, doc.filePath));
    return json({ file: doc.display, output: r.output, applied: r.applied, diff: r.diff, changes: r.changes, problems: packShared(r.problems) });
  }));

  server.registerTool('outline', {
    title: 'PlanDoc outline 大纲',
    description: '文档的大纲树：序号、篇章条和时间段的层级结构。— The document\'s outline: its markers, articles (篇/章/条) and time sections as a tree.',
    inputSchema: { ...documentShape },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (a) => guarded(() => {
    const doc = documents.load(a);
    return json({ file: doc.display, outline: outline(doc.text, { filePath: doc.filePath }) });
  }));

  server.registerTool('timeline', {
    title: 'PlanDoc timeline 时间覆盖',
    description: '计划覆盖了哪些月份：每个月对应的时间段，缺少的月份和重复安排的月份。— Which months the plan covers: the sections of each month, the months missing and the months planned twice.',
    inputSchema: { ...documentShape, ...localeShape },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (a) => guarded(() => {
    const doc = documents.load(a);
    return json({ file: doc.display, ...timeline(doc.text, { filePath: doc.filePath, locale: a.locale }) });
  }));

  server.registerTool('explain_rule', {
    title: 'PlanDoc explain_rule 规则说明',
    description: '说明一条规则：检查什么、为什么、默认级别、能否自动修复、选项，以及错误和正确的示例。— Explains a rule: what it checks and why, '
      + 'its default severity, whether it is fixable, its options, and examples of wrong and right.',
    inputSchema: { rule: z.string().describe('规则 id，如 numbering-sequence — The rule id, e.g. numbering-sequence'), ...localeShape },
    annotations: { readOnlyHint: true, openWorldHint: false },
  }, async (a) => guarded(() => {
    const rule = ruleById(a.rule);
    if (!rule) {
      const known = rules().map((r) => r.id).join(', ');
      throw new ToolInputError({ zh: `未知的规则“${a.rule}”。可用的规则：${known}`, en: `Unknown rule "${a.rule}". The rules are: ${known}` });
    }
    return json({ ...ruleInfo(a.rule, a.locale ?? 'zh'), documentation: renderRuleDoc(rule) });
  }));

  return server;
}

/** Serves MCP on stdin/stdout until the client closes stdin. */
export async function serveMcpOverStdio(root: string): Promise<void> {
  const server = createMcpServer(root);
  const transport = new StdioServerTransport();
  const closed = new Promise<void>((done) => {
    transport.onclose = () => done();
    process.stdin.once('end', () => void server.close());
  });
  await server.connect(transport);
  await closed;
}
