// Every output format on one fixture project, compared with committed expected files (paths normalised),
// plus the structural promises each format makes to its consumers.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, REPO, normalise, runCli } from './helpers.js';

const PROJECT = join(FIXTURES, 'project');
const VERSION = (JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { version: string }).version;
const FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle'] as const;
const EXT = { stylish: 'txt', json: 'json', sarif: 'sarif', github: 'txt', junit: 'xml', checkstyle: 'xml' } as const;

async function report(format: string, locale = 'en') {
  const r = await runCli(['lint', '.', '--format', format, '--locale', locale, '--no-config'], { cwd: PROJECT });
  return { ...r, text: normalise(r.stdout, PROJECT, VERSION) };
}

describe('output formats', () => {
  for (const format of FORMATS) {
    it(`${format} matches its expected report and exits 1 (the project has errors)`, async () => {
      const r = await report(format);
      expect(r.code).toBe(1);
      await expect(r.text).toMatchFileSnapshot(join(FIXTURES, 'expected', `project.${format}.${EXT[format]}`));
    });
  }

  it('stylish in Chinese', async () => {
    const r = await report('stylish', 'zh');
    await expect(r.text).toMatchFileSnapshot(join(FIXTURES, 'expected', 'project.stylish.zh.txt'));
    expect(r.text).toContain('错误');
    expect(r.text).toContain('已检查4个文件');
  });

  it('json: one entry per linted file with 1-based positions, files in path order', async () => {
    const r = await report('json');
    const files = JSON.parse(r.stdout) as { file: string; problems: Record<string, unknown>[] }[];
    expect(files.map((f) => f.file)).toEqual(['clean.md', 'notice.txt', 'plan.txt', '制度/warn-only.plan']);
    expect(files[0]!.problems).toEqual([]);
    const gap = files[2]!.problems.find((p) => p.rule === 'numbering-sequence')!;
    expect(Object.keys(gap).sort()).toEqual(['column', 'endColumn', 'endLine', 'fix', 'fixable', 'line', 'message', 'rule', 'severity']);
    expect(gap).toMatchObject({ severity: 'error', line: 8, column: 1, fixable: true, fix: { edits: [{ line: 8, column: 1, endLine: 8, endColumn: 2, text: '2' }] } });
    // machine formats keep stdout parseable: the summary goes to stderr
    expect(r.stderr).toContain('4 files checked');
  });

  it('github: workflow commands with file, line, col and the rule as title', async () => {
    const r = await report('github');
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(9);
    for (const l of lines) expect(l).toMatch(/^::(error|warning|notice) file=[^,]+,line=\d+,endLine=\d+,col=\d+,endColumn=\d+,title=[a-z-]+::.+$/);
    expect(lines).toContain('::error file=plan.txt,line=8,endLine=8,col=1,endColumn=3,title=numbering-sequence::Gap in numbering: 1. is followed by 3., 1 missing');
  });

  it('junit: one testcase per file, failures for files with problems', async () => {
    const r = await report('junit');
    expect(r.stdout.match(/<testcase /g)).toHaveLength(4);
    expect(r.stdout.match(/<failure /g)).toHaveLength(3);
    expect(r.stdout).toContain('<testsuites name="plandoc" tests="4" failures="3" errors="0">');
  });

  it('checkstyle: a file element per file and an error element per problem', async () => {
    const r = await report('checkstyle');
    expect(r.stdout.match(/<file /g)).toHaveLength(4);
    expect(r.stdout.match(/<error /g)).toHaveLength(9);
    expect(r.stdout).toContain('source="plandoc.numbering-sequence"');
  });

  it('--quiet keeps errors only; --output-file writes the report there', async () => {
    const r = await runCli(['lint', '.', '--format', 'json', '--quiet', '--no-config'], { cwd: PROJECT });
    const problems = (JSON.parse(r.stdout) as { problems: { severity: string }[] }[]).flatMap((f) => f.problems);
    expect(problems.map((p) => p.severity)).toEqual(['error', 'error']);
  });
});
