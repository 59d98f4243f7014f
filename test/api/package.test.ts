// The published package: what the tarball holds, and that it works from a fresh folder (import and bins).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { REPO } from '../cli/helpers.js';
import { installGlobally, installInFreshFolder, PACKAGE_NAME, packRepository, type Packed } from './packed.js';

let packed: Packed;
let user: ReturnType<typeof installInFreshFolder>;
beforeAll(() => {
  packed = packRepository();
  user = installInFreshFolder(packed.tarball);
}, 180_000);
afterAll(() => {
  user?.cleanup();
  packed?.cleanup();
});

describe('the tarball', () => {
  it('ships dist/, schemas/, the docs and the legal files, and no sources', () => {
    const top = new Set(packed.files.map((f) => f.split('/')[0]));
    expect([...top].sort()).toEqual(['CHANGELOG.md', 'LICENSE', 'README.md', 'dist', 'docs', 'package.json', 'schemas']);
    for (const f of ['dist/cli.js', 'dist/server.js', 'dist/api/index.js', 'dist/api/index.d.ts', 'dist/api/types.d.ts', 'schemas/plandocrc.schema.json', 'docs/ci.md', 'docs/api.md', 'docs/mcp.md']) {
      expect(packed.files, f).toContain(f);
    }
    expect(packed.files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))).toEqual([]);
    // the extension's bundles belong in the .vsix
    expect(packed.files.filter((f) => f.endsWith('.cjs'))).toEqual([]);
  });

  it('every document the README links is in it', () => {
    const readme = execFileSync('tar', ['-xOzf', packed.tarball, 'package/README.md'], { encoding: 'utf8' });
    const links = [...readme.matchAll(/\]\(((?:docs|schemas)\/[^)#\s]+)/g)].map((m) => m[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(packed.files.some((f) => (link.endsWith('/') ? f.startsWith(link) : f === link)), link).toBe(true);
  });
});

describe('installed from the tarball into a fresh folder', () => {
  it(`import { lint } from '${PACKAGE_NAME}' reports numbering-sequence on 一、…三、`, () => {
    const script = join(user.dir, 'check.mjs');
    writeFileSync(script, [
      `import { lint, fix, outline, timeline } from '${PACKAGE_NAME}';`,
      `const r = lint('一、总则\\n三、措施\\n', { locale: 'en' });`,
      `console.log(JSON.stringify({ rules: r.problems.map((p) => p.rule), fixed: fix('一、总则\\n三、措施\\n').output,`,
      `  outline: outline('一、总则\\n').length, timeline: typeof timeline('三月份\\n').year }));`,
    ].join('\n'));
    const out = JSON.parse(execFileSync(process.execPath, [script], { cwd: user.dir, encoding: 'utf8' })) as Record<string, unknown>;
    expect(out).toEqual({ rules: ['numbering-sequence'], fixed: '一、总则\n二、措施\n', outline: 1, timeline: 'object' });
  });

  it('its types resolve for a TypeScript user (moduleResolution node16)', () => {
    writeFileSync(join(user.dir, 'use.ts'), [
      `import { lint, type LintProblem, type Options } from '${PACKAGE_NAME}';`,
      `const options: Options = { profile: 'gbt9704', locale: 'en', rules: { 'single-item-list': 'off' } };`,
      `const problems: LintProblem[] = lint('一、总则\\n', options).problems;`,
      `const line: number = problems[0]?.line ?? 0;`,
      `// @ts-expect-error: the profile is checked`,
      `lint('', { profile: 'strict' });`,
      `export { line };`,
    ].join('\n'));
    writeFileSync(join(user.dir, 'tsconfig.json'), JSON.stringify({ compilerOptions: { noEmit: true, strict: true, module: 'node16', moduleResolution: 'node16', target: 'es2022', types: [] }, files: ['use.ts'] }));
    const tsc = join(REPO, 'node_modules/typescript/bin/tsc');
    const r = spawnSync(process.execPath, [tsc, '-p', '.'], { cwd: user.dir, encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  it('plandoc mcp from the tarball serves MCP with the SDK bundled (it is not among the dependencies)', async () => {
    const { Client } = await import('@modelcontextprotocol/sdk/client/index.js');
    const { StdioClientTransport } = await import('@modelcontextprotocol/sdk/client/stdio.js');
    expect(existsSync(join(user.dir, 'node_modules/@modelcontextprotocol'))).toBe(false);
    writeFileSync(join(user.dir, 'plan.txt'), '一、总则\n三、措施\n');
    const client = new Client({ name: 'package-test', version: '1.0.0' });
    await client.connect(new StdioClientTransport({ command: user.bin('plandoc'), args: ['mcp'], cwd: user.dir, stderr: 'pipe' }));
    try {
      expect((await client.listTools()).tools.map((t) => t.name)).toContain('lint');
      const r = (await client.callTool({ name: 'lint', arguments: { path: 'plan.txt' } })) as { content: { text: string }[] };
      expect((JSON.parse(r.content[0]!.text) as { problems: { rule: string }[] }).problems.map((p) => p.rule)).toEqual(['numbering-sequence']);
    } finally {
      await client.close();
    }
  });

  it('npm install -g <tarball> puts working plandoc and plandoc-language-server on PATH', () => {
    const global = installGlobally(packed.tarball);
    try {
      const env = { ...process.env, PATH: `${global.binDir}:${process.env.PATH}`, LANG: 'C' };
      const lintRun = spawnSync('plandoc', ['lint', '--stdin', '--format', 'json', '--no-config'], { input: '一、总则\n三、措施\n', env, encoding: 'utf8' });
      expect(lintRun.status).toBe(1);
      expect((JSON.parse(lintRun.stdout) as { problems: { rule: string }[] }[])[0]!.problems.map((p) => p.rule)).toEqual(['numbering-sequence']);
      const server = spawnSync('plandoc-language-server', ['--version'], { env, encoding: 'utf8' });
      expect(server.status).toBe(0);
      expect(server.stdout).toMatch(/^plandoc-language-server \d+\.\d+\.\d+/);
      expect(spawnSync('plandoc-lint', ['--version'], { env, encoding: 'utf8' }).status).toBe(0);
    } finally {
      global.cleanup();
    }
  }, 180_000);
});
