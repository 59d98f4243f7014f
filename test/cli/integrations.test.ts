// The CI integrations run what they say: the composite action's lint script (executed with bash as a runner
// would) and the pre-commit hooks' entries (with file names appended, as pre-commit does).
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { load } from 'js-yaml';
import { afterAll, describe, expect, it } from 'vitest';
import { CLI, FIXTURES, REPO, runCli, tempDir } from './helpers.js';

interface ActionStep { id?: string; run?: string; env?: Record<string, string>; uses?: string }
interface Action { inputs: Record<string, { default?: string }>; runs: { using: string; steps: ActionStep[] } }
interface Hook { id: string; entry: string; files: string; language: string }

const action = load(readFileSync(join(REPO, 'action.yml'), 'utf8')) as Action;
const hooks = load(readFileSync(join(REPO, '.pre-commit-hooks.yaml'), 'utf8')) as Hook[];

function bash(script: string, env: Record<string, string>, cwd: string): Promise<{ code: number | null; stdout: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-e', '-c', script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout }));
  });
}

describe('GitHub composite action', () => {
  const { dir, cleanup } = tempDir(join(FIXTURES, 'project'));
  afterAll(cleanup);
  const lint = action.runs.steps.find((s) => s.id === 'lint')!;

  it('is a composite action whose lint step runs the built CLI', () => {
    expect(action.runs.using).toBe('composite');
    expect(lint.run).toContain('dist/cli.js');
  });

  it('the lint step annotates, writes SARIF, sets exit-code and fails on errors', async () => {
    const output = join(dir, 'github-output');
    writeFileSync(output, '');
    const env: Record<string, string> = {
      GITHUB_ACTION_PATH: REPO,
      GITHUB_OUTPUT: output,
      PLANDOC_PATHS: 'plan.txt clean.md',
      PLANDOC_ARGS: '--no-config',
      PLANDOC_LOCALE: 'en',
      PLANDOC_SARIF: 'out/plandoc.sarif',
    };
    const r = await bash(lint.run!, env, dir);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('::error file=plan.txt,line=8,');
    expect(readFileSync(output, 'utf8')).toBe('exit-code=1\n');
    const sarif = JSON.parse(readFileSync(join(dir, 'out/plandoc.sarif'), 'utf8')) as { runs: { results: unknown[] }[] };
    expect(sarif.runs[0]!.results).toHaveLength(3);
  });

  it('every input the step reads is declared', () => {
    for (const name of ['paths', 'args', 'locale', 'sarif-file']) expect(action.inputs[name], name).toBeDefined();
    expect(action.inputs.paths!.default).toBe('.');
  });
});

describe('pre-commit hooks', () => {
  const { dir, cleanup } = tempDir(join(FIXTURES, 'project'));
  afterAll(cleanup);

  it('declares plandoc and plandoc-fix for .txt .md .plan files', () => {
    expect(hooks.map((h) => h.id)).toEqual(['plandoc', 'plandoc-fix']);
    const files = new RegExp(hooks[0]!.files);
    expect(['a.txt', 'b.md', 'c.plan'].every((f) => files.test(f))).toBe(true);
    expect(files.test('d.rst')).toBe(false);
  });

  for (const hook of hooks) {
    it(`${hook.id}: its entry runs with the staged file names appended`, async () => {
      const [command, ...args] = hook.entry.split(/\s+/);
      expect(command).toBe('plandoc');
      const r = await runCli([...args, 'plan.txt', '制度/warn-only.plan', '--no-config'], { cwd: dir });
      if (hook.id === 'plandoc') {
        expect(r.code).toBe(1); // plan.txt has errors: the commit is stopped
      } else {
        expect(r.code).toBe(0); // everything fixable was fixed
        expect(readFileSync(join(dir, 'plan.txt'), 'utf8')).toBe(readFileSync(join(FIXTURES, 'enc', 'plan-utf8.fixed.txt'), 'utf8'));
      }
    });
  }

  it('the package bin that the hooks call is dist/cli.js', () => {
    const pkg = JSON.parse(readFileSync(join(REPO, 'package.json'), 'utf8')) as { bin: Record<string, string> };
    expect(join(REPO, pkg.bin.plandoc!)).toBe(CLI);
  });
});
