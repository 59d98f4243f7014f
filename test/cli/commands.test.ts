// The other commands: --version, --help in both languages, outline, timeline, rules and init.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfigFile } from '../../server/src/config/load.js';
import { rules } from '../../server/src/core/rules/registry.js';
import { FIXTURES, REPO, runCli, tempDir } from './helpers.js';

const ENC = join(FIXTURES, 'enc');

describe('--version and --help', () => {
  it('--version prints the package version', async () => {
    const { version } = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string };
    for (const flag of ['--version', '-v']) {
      const r = await runCli([flag]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(`${version}\n`);
    }
  });

  it('--help follows --locale, then LANG', async () => {
    const zh = await runCli(['--help', '--locale', 'zh']);
    expect(zh.stdout).toContain('用法：plandoc <命令> [选项]');
    const en = await runCli(['--help', '--locale', 'en']);
    expect(en.stdout).toContain('Usage: plandoc <command> [options]');
    expect((await runCli(['--help'], { env: { LANG: 'zh_CN.UTF-8' } })).stdout).toContain('用法');
    expect((await runCli(['--help'], { env: { LANG: 'en_US.UTF-8' } })).stdout).toContain('Usage');
    expect((await runCli(['--help'], { env: { LANG: 'en_US.UTF-8', LC_ALL: 'zh_CN.UTF-8' } })).stdout).toContain('用法');
  });

  it('help lint lists every lint option in both languages', async () => {
    for (const locale of ['zh', 'en']) {
      const r = await runCli(['help', 'lint', '--locale', locale]);
      for (const opt of ['--format', '--output-file', '--fix', '--fix-dry-run', '--max-warnings', '--quiet', '--rule', '--config', '--no-config', '--profile', '--stdin', '--stdin-filename', '--jobs', '--cache', '--shard', '--encoding', '--max-file-size']) {
        expect(r.stdout, `${locale} ${opt}`).toContain(opt);
      }
    }
  });
});

describe('outline', () => {
  it('prints the tree with line numbers', async () => {
    const r = await runCli(['outline', 'plan-utf8.txt', '--no-config'], { cwd: ENC });
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n').slice(0, 4)).toEqual(['plan-utf8.txt', '├─ 一、指导思想 :3', '│  ├─ （一）、坚持学习，提高认识 :4', '│  └─ （二）加强管理，落实责任 :5']);
  });

  it('JSON outline is the same for the GBK and UTF-16 twins', async () => {
    const json = async (f: string) => (JSON.parse((await runCli(['outline', f, '--format', 'json', '--no-config'], { cwd: ENC })).stdout) as { outline: unknown }).outline;
    const base = await json('plan-utf8.txt');
    expect(base).toMatchObject([{ kind: 'marker', label: '一、', line: 3, endLine: 5 }, { label: '二、', line: 6 }, { label: '四、', line: 9 }]);
    expect(await json('plan-gbk-crlf.txt')).toEqual(base);
    expect(await json('plan-utf16be-bom.txt')).toEqual(base);
  });

  it('a missing file exits 2 with its name', async () => {
    const r = await runCli(['outline', 'nope.txt', '--locale', 'en'], { cwd: ENC });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('nope.txt: The file does not exist');
  });
});

describe('timeline', () => {
  it('charts the months of a school calendar, and gives the same data as JSON', async () => {
    const chart = await runCli(['timeline', 'examples/学校行事历.md', '--locale', 'en']);
    expect(chart.code).toBe(0);
    expect(chart.stdout).toContain('Timeline: examples/学校行事历.md');
    const data = JSON.parse((await runCli(['timeline', 'examples/学校行事历.md', '--format', 'json', '--locale', 'en'])).stdout) as { file: string; scopes: { months: { label: string; missing: boolean }[] }[] };
    expect(data.file).toBe('examples/学校行事历.md');
    const missing = data.scopes[0]!.months.filter((m) => m.missing).map((m) => m.label);
    for (const label of missing) expect(chart.stdout).toContain(label);
  });
});

describe('rules', () => {
  it('the table lists every registered rule with its documentation link', async () => {
    const r = await runCli(['rules', '--locale', 'en']);
    expect(r.code).toBe(0);
    for (const rule of rules) {
      expect(r.stdout).toContain(rule.meta.id);
      expect(r.stdout).toContain(`docs/rules/${rule.meta.id}.md`);
      expect(r.stdout).toContain(rule.meta.description.en);
      expect(existsSync(join(REPO, 'docs/rules', `${rule.meta.id}.md`))).toBe(true);
    }
  });

  it('--format json gives id, severity, fixable, description and docs', async () => {
    const list = JSON.parse((await runCli(['rules', '--format', 'json', '--locale', 'zh'])).stdout) as { id: string; defaultSeverity: string; fixable: boolean; description: string }[];
    expect(list.map((r) => r.id)).toEqual(rules.map((r) => r.meta.id));
    expect(list[0]!.description).toBe(rules[0]!.meta.description.zh);
  });
});

describe('init', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);

  it('writes a commented .plandocrc.jsonc that the config loader accepts, listing every rule', async () => {
    const r = await runCli(['init', '--locale', 'zh', '--profile', 'gbt9704'], { cwd: dir });
    expect(r.code).toBe(0);
    const text = readFileSync(join(dir, '.plandocrc.jsonc'), 'utf8');
    expect(text).toMatch(/^\/\/ PlanDoc/);
    const loaded = loadConfigFile(join(dir, '.plandocrc.jsonc'));
    expect(loaded.config.profile).toBe('gbt9704');
    expect(Object.keys(loaded.config.rules ?? {})).toEqual(rules.map((x) => x.meta.id));
    // and a lint run under it works
    expect((await runCli(['lint', '.'], { cwd: dir })).code).toBe(0);
  });

  it('does not overwrite an existing file without --force', async () => {
    const r = await runCli(['init', '--locale', 'en'], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('already exists');
    expect((await runCli(['init', '--force'], { cwd: dir })).code).toBe(0);
  });
});

describe('colour', () => {
  it('is off when piped, on with --color, and NO_COLOR beats --color', async () => {
    const args = ['lint', 'plan.txt', '--no-config'];
    const cwd = join(FIXTURES, 'project');
    expect((await runCli(args, { cwd })).stdout).not.toContain('\x1b[');
    expect((await runCli([...args, '--color'], { cwd })).stdout).toContain('\x1b[31m');
    expect((await runCli([...args, '--color'], { cwd, env: { NO_COLOR: '1' } })).stdout).not.toContain('\x1b[');
  });
});
