// The Node API (server/src/api) in-process: the CLI's JSON shapes, options over config, and clear errors.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fix, lint, outline, PlanDocError, ruleInfo, rules, timeline, version } from '../../server/src/api/index.js';
import { REPO, runCli, tempDir } from '../cli/helpers.js';

const SEED = join(REPO, 'test/fixtures/seed.txt');
const seed = readFileSync(SEED, 'utf8');
const GAP = '一、总则\n二、目标\n四、措施\n';

function thrown(f: () => unknown): PlanDocError {
  try {
    f();
  } catch (e) {
    expect(e).toBeInstanceOf(PlanDocError);
    return e as PlanDocError;
  }
  throw new Error('expected a PlanDocError');
}

describe('lint', () => {
  it('reports numbering-sequence on 一、二、四、 in the JSON report shape', () => {
    const r = lint(GAP, { locale: 'en' });
    expect(r.problems).toEqual([
      {
        rule: 'numbering-sequence', severity: 'error', line: 3, column: 1, endLine: 3, endColumn: 3, message: expect.stringContaining('四、'), fixable: true,
        fix: { edits: [{ line: 3, column: 1, endLine: 3, endColumn: 2, text: '三' }] },
      },
    ]);
    expect([r.errorCount, r.warningCount, r.infoCount, r.fixableCount]).toEqual([1, 0, 0, 1]);
  });

  it('gives the seed the same problems as plandoc lint --format json', async () => {
    for (const locale of ['zh', 'en'] as const) {
      const cli = await runCli(['lint', SEED, '--format', 'json', '--no-config', '--locale', locale]);
      const [report] = JSON.parse(cli.stdout) as { problems: unknown[] }[];
      expect(report!.problems.length).toBeGreaterThan(0);
      expect(lint(seed, { locale }).problems).toEqual(report!.problems);
    }
  });

  it('messages follow locale, Chinese by default', () => {
    const zh = lint(GAP).problems[0]!.message;
    const en = lint(GAP, { locale: 'en' }).problems[0]!.message;
    expect(zh).toMatch(/[\u4e00-\u9fff]{4}/);
    expect(en).toMatch(/^[\x20-\x7e\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]+$/);
    expect(zh).not.toBe(en);
  });

  it('profile and rules apply as --profile and --rule do', () => {
    const list = '1、甲\n2、乙\n';
    expect(lint(list).problems).toEqual([]);
    expect(lint(list, { profile: 'gbt9704' }).problems.length).toBeGreaterThan(0);
    expect(lint(GAP, { rules: { 'numbering-sequence': 'off' } }).problems).toEqual([]);
    expect(lint(GAP, { rules: { 'numbering-sequence': 'warning' } }).problems[0]!.severity).toBe('warning');
  });

  it('rejects an unknown rule, profile or a non-string text with a PlanDocError naming the key', () => {
    expect(thrown(() => lint(GAP, { rules: { 'no-such-rule': 'off' } })).key).toBe('rules.no-such-rule');
    expect(thrown(() => lint(GAP, { profile: 'strict' as never })).key).toBe('profile');
    expect(thrown(() => lint(42 as never)).message).toContain('must be a string');
  });
});

describe('config from filePath, a path or an object', () => {
  const { dir, cleanup } = tempDir();
  afterAll(cleanup);
  mkdirSync(join(dir, '制度'));
  writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'warning' }, overrides: [{ files: '制度/**', rules: { 'numbering-sequence': 'info' } }] }));

  it('filePath selects the nearest config file and its overrides', () => {
    const top = lint(GAP, { filePath: join(dir, 'plan.txt') });
    expect(top.problems[0]!.severity).toBe('warning');
    expect(top.configFile).toBe(join(dir, '.plandocrc.json'));
    expect(lint(GAP, { filePath: join(dir, '制度/a.txt') }).problems[0]!.severity).toBe('info');
    // without a filePath no config file is read
    expect(lint(GAP).problems[0]!.severity).toBe('error');
  });

  it('options.rules win over the config file; config: false reads none', () => {
    expect(lint(GAP, { filePath: join(dir, 'plan.txt'), rules: { 'numbering-sequence': 'error' } }).problems[0]!.severity).toBe('error');
    expect(lint(GAP, { filePath: join(dir, 'plan.txt'), config: false }).problems[0]!.severity).toBe('error');
  });

  it('an inline config object has its overrides matched against filePath, relative to cwd', () => {
    const config = { overrides: [{ files: 'drafts/**', rules: { 'numbering-sequence': 'off' as const } }] };
    expect(lint(GAP, { config, cwd: dir, filePath: join(dir, 'drafts/x.txt') }).problems).toEqual([]);
    expect(lint(GAP, { config, cwd: dir, filePath: join(dir, 'final/x.txt') }).problems).toHaveLength(1);
    // the inline object replaces the config file found from filePath
    expect(lint(GAP, { config: {}, filePath: join(dir, 'plan.txt') }).problems[0]!.severity).toBe('error');
  });

  it('a broken config says where: file, line and key', () => {
    writeFileSync(join(dir, 'bad.json'), '{\n  "rules": {\n    "numbering-sequence": "loud"\n  }\n}\n');
    const e = thrown(() => lint(GAP, { config: join(dir, 'bad.json') }));
    expect([e.file, e.line, e.key]).toEqual([join(dir, 'bad.json'), 3, 'rules.numbering-sequence']);
    expect(e.messages.zh).toMatch(/[\u4e00-\u9fff]/);
    const inline = thrown(() => lint(GAP, { config: { profile: 'loose' } as never }));
    expect([inline.file, inline.key]).toEqual(['options.config', 'profile']);
  });
});

describe('fix', () => {
  it('returns the fixed text, the changed lines, a diff and what is left', () => {
    const r = fix(GAP);
    expect(r.output).toBe('一、总则\n二、目标\n三、措施\n');
    expect(r.applied).toBe(1);
    expect(r.changes).toEqual([{ line: 3, before: '四、措施', after: '三、措施' }]);
    expect(r.diff).toContain('-四、措施\n+三、措施');
    expect(r.problems).toEqual([]);
  });

  it('matches plandoc lint --fix on the seed and keeps a BOM and CRLF', async () => {
    const cli = await runCli(['lint', '--stdin', '--fix', '--no-config'], { input: seed });
    expect(fix(seed).output).toBe(cli.stdout);
    const crlf = '\uFEFF' + GAP.replace(/\n/g, '\r\n');
    expect(fix(crlf).output).toBe('\uFEFF一、总则\r\n二、目标\r\n三、措施\r\n');
  });

  it('changes nothing in a clean text', () => {
    const r = fix('一、总则\n二、目标\n');
    expect([r.output, r.applied, r.changes, r.diff]).toEqual(['一、总则\n二、目标\n', 0, [], '']);
  });
});

describe('outline, timeline, rules', () => {
  it('outline and timeline equal the CLI JSON for the seed', async () => {
    const o = await runCli(['outline', SEED, '--format', 'json', '--no-config']);
    expect(outline(seed)).toEqual((JSON.parse(o.stdout) as { outline: unknown }).outline);
    const t = await runCli(['timeline', SEED, '--format', 'json', '--no-config', '--locale', 'en']);
    const { file: _f, ...data } = JSON.parse(t.stdout) as Record<string, unknown>;
    expect(timeline(seed, { locale: 'en' })).toEqual(data);
  });

  it('rules lists every rule plandoc rules lists, with documentation links', async () => {
    const r = await runCli(['rules', '--format', 'json', '--locale', 'en']);
    const cli = JSON.parse(r.stdout) as { id: string; docs: string; description: string }[];
    expect(rules('en').map((x) => [x.id, x.docs, x.description])).toEqual(cli.map((x) => [x.id, x.docs, x.description]));
    expect(ruleInfo('month-gap')!.options.map((o) => o.name)).toContain('fullYear');
    expect(ruleInfo('nope')).toBeUndefined();
  });

  it('version is the package version', () => {
    expect(version).toBe((JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version);
  });
});
