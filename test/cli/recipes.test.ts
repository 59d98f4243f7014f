// docs/ci.md's recipes do what they say: every `npx --yes plandoc-lint …` line in it runs, as written, in a
// project where the packed tarball is installed (npx then takes the local bin, no registry); and the CI
// conveniences --since REF and --print-config FILE, on real git repositories.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { installInFreshFolder, PACKAGE_NAME, packRepository, type Packed } from '../api/packed.js';
import { FIXTURES, REPO, runCli, tempDir } from './helpers.js';

const CI_MD = readFileSync(join(REPO, 'docs/ci.md'), 'utf8');
const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { name: string; version: string; bin: Record<string, string> };

/** The command lines of the recipes: `npx --yes plandoc-lint …` inside code blocks, YAML list syntax removed. */
function recipeCommands(markdown: string): string[] {
  const blocks = [...markdown.matchAll(/```\w*\n([\s\S]*?)```/g)].map((m) => m[1]!);
  return blocks.flatMap((b) => b.split('\n'))
    .map((line) => line.replace(/^\s*(?:- run: |- )?/, '').trim())
    .filter((line) => line.startsWith(`npx --yes ${PACKAGE_NAME} `));
}

function git(cwd: string, ...args: string[]): string {
  return execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args], { cwd, encoding: 'utf8' });
}

/** A copy of the CLI project fixture as a git repository, with main committed and origin/main pointing at it. */
function gitProject(): { dir: string; cleanup: () => void } {
  const t = tempDir(join(FIXTURES, 'project'));
  git(t.dir, 'init', '-q', '-b', 'main');
  writeFileSync(join(t.dir, '.gitignore'), 'node_modules/\n*.xml\n*.sarif\n*.json\n');
  git(t.dir, 'add', '.');
  git(t.dir, 'commit', '-q', '-m', 'base');
  git(t.dir, 'update-ref', 'refs/remotes/origin/main', 'HEAD');
  return t;
}

describe('docs/ci.md recipes against the packed tarball', () => {
  let packed: Packed;
  let project: { dir: string; cleanup: () => void };
  const commands = recipeCommands(CI_MD);

  beforeAll(() => {
    packed = packRepository();
    project = gitProject();
    // install into the project itself, as `npm install --save-dev plandoc-lint` would
    const user = installInFreshFolder(packed.tarball);
    cpSync(join(user.dir, 'node_modules'), join(project.dir, 'node_modules'), { recursive: true, verbatimSymlinks: true });
    user.cleanup();
    // a change on the branch: one new plan with an error, the rest as on origin/main
    writeFileSync(join(project.dir, '新计划.txt'), '一、总则\n三、措施\n');
  }, 180_000);
  afterAll(() => {
    project?.cleanup();
    packed?.cleanup();
  });

  it('uses the package name and covers every format and convenience it documents', () => {
    expect(pkg.name).toBe(PACKAGE_NAME);
    expect(pkg.bin[PACKAGE_NAME]).toBe(pkg.bin.plandoc); // npx plandoc-lint runs the CLI
    expect(CI_MD).not.toMatch(/npx (--yes )?plandoc lint/);
    const joined = commands.join('\n');
    for (const needle of ['--format github', '--shard', '--cache', '--since', '--format junit', '--format checkstyle', '--format sarif', '--format json', '--print-config']) {
      expect(joined, needle).toContain(needle);
    }
  });

  it('every recipe runs as written (GitHub expressions filled in) and does its job', () => {
    for (const recipe of commands) {
      const line = recipe.replace('${{ matrix.shard }}', '1').replace('${{ github.base_ref }}', 'main').replace('制度/考勤制度.md', '制度/warn-only.plan');
      // npx finds the package installed in the project: offline, it may not ask the registry
      const r = spawnSync('bash', ['-c', line], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, LANG: 'C', npm_config_offline: 'true' } });
      const where = `${line}\n${r.stderr}`;
      if (line.includes('--print-config')) {
        expect(r.status, where).toBe(0);
        expect((JSON.parse(r.stdout) as { file: string }).file).toBe('制度/warn-only.plan');
        continue;
      }
      // plan.txt and 新计划.txt have errors: every lint recipe fails the job, none with a usage or I/O failure
      expect(r.status, where).toBe(1);
      if (line.includes('--format github')) expect(r.stdout, where).toMatch(/^::error file=/m);
      if (line.includes('--since')) expect(r.stdout.match(/^::\w+ file=([^,]+)/gm)!.every((a) => a.includes('新计划.txt')), where).toBe(true);
      const output = /--output-file (\S+)/.exec(line)?.[1] ?? /> (\S+)/.exec(line)?.[1];
      if (output) {
        const text = readFileSync(join(project.dir, output), 'utf8');
        if (output.endsWith('.xml')) expect(text, where).toMatch(/^<\?xml/);
        else expect(JSON.parse(text), where).toBeTruthy();
        rmSync(join(project.dir, output));
      }
    }
  });

  it('the pre-commit "repo: local" recipe installs this package and calls its bin', () => {
    const block = /```yaml\n(repos:\n  - repo: local[\s\S]*?)```/.exec(CI_MD)![1]!;
    const hook = (load(block) as { repos: { hooks: { entry: string; language: string; additional_dependencies: string[]; files: string }[] }[] }).repos[0]!.hooks[0]!;
    expect(hook.language).toBe('node');
    expect(hook.additional_dependencies).toEqual([`${PACKAGE_NAME}@${pkg.version}`]);
    expect(hook.entry.split(' ')[0]!).toBe('plandoc');
    expect(new RegExp(hook.files).test('a.plan')).toBe(true);
    const r = spawnSync('bash', ['-c', `${hook.entry} plan.txt 制度/warn-only.plan`], { cwd: project.dir, encoding: 'utf8', env: { ...process.env, PATH: `${join(project.dir, 'node_modules/.bin')}:${process.env.PATH}` } });
    expect(r.status, r.stderr).toBe(1);
  });
});

describe('plandoc lint --since REF', () => {
  const { dir, cleanup } = gitProject();
  afterAll(cleanup);
  const lintedFiles = async (...args: string[]) => {
    const r = await runCli(['lint', '--format', 'json', '--no-config', ...args], { cwd: dir });
    return { code: r.code, stderr: r.stderr, files: r.code === 2 ? [] : (JSON.parse(r.stdout) as { file: string }[]).map((f) => f.file) };
  };

  it('lints the files committed, changed or added since the ref, and no others', async () => {
    expect((await lintedFiles('--since', 'main')).files).toEqual([]);
    mkdirSync(join(dir, '新'), { recursive: true });
    writeFileSync(join(dir, '新/计划.md'), '一、总则\n');
    writeFileSync(join(dir, 'clean.md'), readFileSync(join(dir, 'clean.md'), 'utf8') + '\n补充一段。\n');
    git(dir, 'add', 'clean.md');
    git(dir, 'commit', '-q', '-m', 'edit clean.md');
    writeFileSync(join(dir, 'notice.txt'), readFileSync(join(dir, 'notice.txt'), 'utf8') + '\n未提交的修改。\n');
    rmSync(join(dir, '制度/warn-only.plan'));
    expect((await lintedFiles('--since', 'origin/main')).files).toEqual(['clean.md', 'notice.txt', '新/计划.md']);
    // the paths still select: only changed files under them
    expect((await lintedFiles('--since', 'origin/main', '新')).files).toEqual(['新/计划.md']);
    // since the last commit: the working tree's changes only
    expect((await lintedFiles('--since', 'HEAD')).files).toEqual(['notice.txt', '新/计划.md']);
    // the same from a subfolder
    const sub = await runCli(['lint', '--format', 'json', '--no-config', '--since', 'origin/main', '.'], { cwd: join(dir, '新') });
    expect((JSON.parse(sub.stdout) as { file: string }[]).map((f) => f.file)).toEqual(['计划.md']);
  });

  it('an unknown ref or a folder outside git is exit code 2 with what to do', async () => {
    const bad = await lintedFiles('--since', 'origin/nope', '--locale', 'zh');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('找不到 git 引用“origin/nope”');
    expect(bad.stderr).toContain('fetch-depth: 0');
    const plain = tempDir(join(FIXTURES, 'project'));
    try {
      const r = await runCli(['lint', '--since', 'main', '--locale', 'en'], { cwd: plain.dir, env: { GIT_CEILING_DIRECTORIES: plain.dir } });
      expect(r.code).toBe(2);
      expect(r.stderr).toContain('--since needs a git repository');
    } finally {
      plain.cleanup();
    }
    const stdin = await runCli(['lint', '--stdin', '--since', 'main']);
    expect(stdin.code).toBe(2);
  });
});

describe('the composite action\'s since input', () => {
  const { dir, cleanup } = gitProject();
  afterAll(cleanup);

  it('lints only the files changed since that ref', () => {
    const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; runs: { steps: { id?: string; run?: string }[] } };
    expect(action.inputs.since).toBeDefined();
    writeFileSync(join(dir, '新计划.txt'), '一、总则\n三、措施\n');
    const output = join(dir, '.github-output');
    const env = { ...process.env, GITHUB_ACTION_PATH: REPO, GITHUB_OUTPUT: output, PLANDOC_PATHS: '.', PLANDOC_ARGS: '--no-config', PLANDOC_LOCALE: 'en', PLANDOC_SARIF: '', PLANDOC_SINCE: 'origin/main' };
    const r = spawnSync('bash', ['-e', '-c', action.runs.steps.find((s) => s.id === 'lint')!.run!], { cwd: dir, env, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(1);
    const annotated = new Set([...r.stdout.matchAll(/^::\w+ file=([^,]+)/gm)].map((m) => m[1]));
    expect([...annotated]).toEqual(['新计划.txt']);
    // without the input every file with problems is annotated
    const all = spawnSync('bash', ['-e', '-c', action.runs.steps.find((s) => s.id === 'lint')!.run!], { cwd: dir, env: { ...env, PLANDOC_SINCE: '' }, encoding: 'utf8' });
    expect(new Set([...all.stdout.matchAll(/^::\w+ file=([^,]+)/gm)].map((m) => m[1])).size).toBeGreaterThan(1);
  });
});

describe('plandoc lint --print-config FILE', () => {
  const { dir, cleanup } = tempDir(join(FIXTURES, 'project'));
  afterAll(cleanup);
  writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({
    profile: 'common',
    rules: { 'marker-punctuation': 'error', 'month-gap': ['warning', { fullYear: true }] },
    overrides: [{ files: '制度/**', profile: 'gbt9704', rules: { 'numbering-sequence': 'warning' } }, { files: '*.md', rules: { 'placeholder': 'off' } }],
    ignores: ['drafts/**'],
  }));
  type Printed = { file: string; configFile: string | null; ignored: boolean; profile: { value: string; from: string }; rules: Record<string, { severity: string; options: Record<string, unknown>; from: string }> };
  const print = async (file: string, ...args: string[]) => {
    const r = await runCli(['lint', '--print-config', file, ...args], { cwd: dir });
    expect(r.code, r.stderr).toBe(0);
    return JSON.parse(r.stdout) as Printed;
  };

  it('says where the profile and each rule setting came from', async () => {
    const top = await print('plan.txt');
    expect([top.configFile, top.ignored, top.profile]).toEqual(['.plandocrc.json', false, { value: 'common', from: '.plandocrc.json profile' }]);
    expect(top.rules['marker-punctuation']).toEqual({ severity: 'error', options: {}, from: '.plandocrc.json rules' });
    expect(top.rules['month-gap']!.options.fullYear).toBe(true);
    expect(top.rules['numbering-sequence']).toMatchObject({ severity: 'error', from: 'default' });
    const inner = await print('制度/warn-only.plan', '--rule', 'month-gap=off');
    expect(inner.profile).toEqual({ value: 'gbt9704', from: '.plandocrc.json overrides[0].profile' });
    expect(inner.rules['numbering-sequence']).toMatchObject({ severity: 'warning', from: '.plandocrc.json overrides[0].rules' });
    expect(inner.rules['month-gap']).toMatchObject({ severity: 'off', from: '--rule' });
    expect((await print('clean.md', '--profile', 'gbt9704')).profile).toEqual({ value: 'gbt9704', from: '--profile' });
    expect((await print('clean.md')).rules.placeholder).toMatchObject({ severity: 'off', from: '.plandocrc.json overrides[1].rules' });
    expect((await print('drafts/a.txt')).ignored).toBe(true);
    expect((await print('plan.txt', '--no-config')).configFile).toBeNull();
  });

  it('prints what a lint run of that file applies', async () => {
    const printed = await print('制度/warn-only.plan');
    const r = await runCli(['lint', '制度/warn-only.plan', '--format', 'json'], { cwd: dir });
    const [report] = JSON.parse(r.stdout) as { problems: { rule: string; severity: string }[] }[];
    expect(report!.problems.length).toBeGreaterThan(0);
    for (const p of report!.problems) expect(printed.rules[p.rule]!.severity, p.rule).toBe(p.severity);
  });
});
