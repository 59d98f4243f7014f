// plandoc mcp as an MCP client sees it: the official SDK's Client over stdio, spawning the built CLI in a
// project folder, listing the tools and calling each; paths outside that folder are refused.
import { mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fix, lint } from '../../server/src/api/index.js';
import { CLI, REPO, runCli, tempDir } from '../cli/helpers.js';

const SEED = readFileSync(join(REPO, 'test/fixtures/seed.txt'), 'utf8');
const GAP = '一、总则\n二、目标\n四、措施\n';
const outside = tempDir();
const project = tempDir();
let client: Client;

beforeAll(async () => {
  writeFileSync(join(outside.dir, 'secret.txt'), GAP);
  mkdirSync(join(project.dir, '制度'));
  writeFileSync(join(project.dir, '制度/seed.txt'), SEED);
  writeFileSync(join(project.dir, 'plan.txt'), GAP);
  writeFileSync(join(project.dir, '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'warning' } }));
  symlinkSync(join(outside.dir, 'secret.txt'), join(project.dir, 'link.txt'));
  client = new Client({ name: 'plandoc-test', version: '1.0.0' });
  await client.connect(new StdioClientTransport({ command: process.execPath, args: [CLI, 'mcp'], cwd: project.dir, stderr: 'pipe' }));
});
afterAll(async () => {
  await client?.close();
  project.cleanup();
  outside.cleanup();
});

type CallResult = { content: { type: string; text: string }[]; isError?: boolean };
async function call(name: string, args: Record<string, unknown>): Promise<CallResult> {
  return (await client.callTool({ name, arguments: args })) as CallResult;
}
async function callJson<T>(name: string, args: Record<string, unknown>): Promise<T> {
  const r = await call(name, args);
  expect(r.isError, r.content[0]?.text).toBeFalsy();
  return JSON.parse(r.content[0]!.text) as T;
}

describe('plandoc mcp', () => {
  it('answers initialize as plandoc and lists the five tools, described in Chinese and English', async () => {
    expect(client.getServerVersion()?.name).toBe('plandoc');
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['explain_rule', 'fix', 'lint', 'outline', 'timeline']);
    for (const t of tools) {
      expect(t.description, t.name).toMatch(/[\u4e00-\u9fff]{4}.*— [A-Z][a-z]+ /s);
      expect(t.annotations?.readOnlyHint, t.name).toBe(true);
    }
    const lintTool = tools.find((t) => t.name === 'lint')!;
    expect(Object.keys(lintTool.inputSchema.properties ?? {}).sort()).toEqual(['locale', 'path', 'profile', 'rules', 'text']);
  });

  it('lint: text takes the start folder\'s config; a path is read and reported like plandoc lint --format json', async () => {
    const text = await callJson<{ file: string; problems: { rule: string; severity: string }[] }>('lint', { text: GAP });
    expect(text.problems.map((p) => [p.rule, p.severity])).toEqual([['numbering-sequence', 'warning']]);
    const overridden = await callJson<{ problems: { severity: string }[] }>('lint', { text: GAP, rules: { 'numbering-sequence': 'error' }, locale: 'en' });
    expect(overridden.problems[0]!.severity).toBe('error');

    const file = await callJson<{ file: string; problems: unknown[] }>('lint', { path: '制度/seed.txt', locale: 'en' });
    const cli = await runCli(['lint', '制度/seed.txt', '--format', 'json', '--locale', 'en'], { cwd: project.dir });
    const [report] = JSON.parse(cli.stdout) as { file: string; problems: unknown[] }[];
    expect(file.file).toBe('制度/seed.txt');
    expect(file.problems).toEqual(report!.problems);
    expect(file.problems.length).toBeGreaterThan(3);
  });

  it('fix returns the fixed text and a diff, and leaves the file alone', async () => {
    const r = await callJson<{ output: string; diff: string; applied: number; problems: unknown[] }>('fix', { path: 'plan.txt' });
    expect(r.output).toBe(fix(GAP).output);
    expect(r.output).toBe('一、总则\n二、目标\n三、措施\n');
    expect(r.diff).toContain('-四、措施\n+三、措施');
    expect(r.applied).toBe(1);
    expect(readFileSync(join(project.dir, 'plan.txt'), 'utf8')).toBe(GAP);
  });

  it('outline and timeline equal the CLI JSON', async () => {
    const o = await callJson<{ outline: unknown }>('outline', { path: '制度/seed.txt' });
    const cliOutline = await runCli(['outline', '制度/seed.txt', '--format', 'json'], { cwd: project.dir });
    expect(o.outline).toEqual((JSON.parse(cliOutline.stdout) as { outline: unknown }).outline);
    const plan = '一、三月份\n二、四月份\n三、六月份\n';
    const t = await callJson<{ file: string; scopes: { missing: string[] }[] }>('timeline', { text: plan, locale: 'en' });
    writeFileSync(join(project.dir, 'months.txt'), plan);
    const cliTimeline = await runCli(['timeline', 'months.txt', '--format', 'json', '--locale', 'en'], { cwd: project.dir });
    const { file: _f, ...expected } = JSON.parse(cliTimeline.stdout) as Record<string, unknown>;
    const { file: _g, ...got } = t;
    expect(got).toEqual(expected);
  });

  it('explain_rule gives the rule\'s documentation; an unknown rule is a tool error listing the rules', async () => {
    const r = await callJson<{ id: string; fixable: boolean; documentation: string }>('explain_rule', { rule: 'numbering-sequence', locale: 'en' });
    expect(r.id).toBe('numbering-sequence');
    expect(r.fixable).toBe(true);
    expect(r.documentation).toBe(readFileSync(join(REPO, 'docs/rules/numbering-sequence.md'), 'utf8'));
    const unknown = await call('explain_rule', { rule: 'numbering' });
    expect(unknown.isError).toBe(true);
    expect(unknown.content[0]!.text).toContain('未知的规则“numbering”');
    expect(unknown.content[0]!.text).toContain('month-gap');
  });

  it('refuses paths outside the start folder, also through a symbolic link, with a clear tool error', async () => {
    for (const path of ['../' + outside.dir.split('/').pop() + '/secret.txt', join(outside.dir, 'secret.txt'), 'link.txt', '/etc/passwd']) {
      for (const tool of ['lint', 'fix', 'outline', 'timeline']) {
        const r = await call(tool, { path });
        expect(r.isError, `${tool} ${path}`).toBe(true);
        expect(r.content[0]!.text).toContain('只能读取起始目录');
        expect(r.content[0]!.text).toContain('only files inside the start folder');
      }
    }
  });

  it('says what is wrong with the input: both text and path, neither, a missing file, a bad rule setting', async () => {
    const both = await call('lint', { text: GAP, path: 'plan.txt' });
    expect(both.isError).toBe(true);
    expect(both.content[0]!.text).toContain('text');
    expect((await call('lint', {})).isError).toBe(true);
    const missing = await call('lint', { path: 'nope.txt' });
    expect(missing.isError).toBe(true);
    expect(missing.content[0]!.text).toContain('nope.txt：文件不存在');
    const badRule = await call('lint', { text: GAP, rules: { 'no-such-rule': 'off' } });
    expect(badRule.isError).toBe(true);
    expect(badRule.content[0]!.text).toContain('rules.no-such-rule');
    // the server is still serving after each of them
    expect((await callJson<{ problems: unknown[] }>('lint', { text: GAP, locale: 'en' })).problems).toEqual(lint(GAP, { locale: 'en', filePath: join(project.dir, 'x.txt') }).problems);
  });
});
