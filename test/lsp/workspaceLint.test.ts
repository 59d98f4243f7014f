// Lint Workspace over real JSON-RPC: the server lists a folder's plan files as `plandoc lint` would (ignore files,
// node_modules, dot folders), and checks each from disk with the settings and config it would have if it were open.
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CancellationTokenSource } from 'vscode-languageserver-protocol';
import { LintFilesRequest, WorkspacePlanFilesRequest } from '../../server/src/protocol.js';
import { TestClient } from './client.js';

const PLAN = '2025年工作计划\n一、总则\n二、目标\n四、措施\n（一）、第一项\n（二）第二项\n';
const README = '# 安装\n\n1. 下载\n2. 解压\n3. 运行\n';

describe('plandoc/workspacePlanFiles and plandoc/lintFiles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-ws-'));
  const uri = (name: string) => pathToFileURL(join(dir, name)).href;
  const client = new TestClient({ settings: {} });

  beforeAll(async () => {
    for (const sub of ['docs', 'node_modules/pkg', '.hidden', 'build', 'quiet']) mkdirSync(join(dir, sub), { recursive: true });
    writeFileSync(join(dir, 'plan.txt'), PLAN);
    writeFileSync(join(dir, 'docs', 'plan.md'), `# ${PLAN}`);
    writeFileSync(join(dir, 'docs', 'README.md'), README);
    writeFileSync(join(dir, 'node_modules', 'pkg', 'plan.txt'), PLAN);
    writeFileSync(join(dir, '.hidden', 'plan.txt'), PLAN);
    writeFileSync(join(dir, 'build', 'plan.txt'), PLAN);
    writeFileSync(join(dir, '.gitignore'), 'build/\n');
    writeFileSync(join(dir, 'quiet', 'plan.txt'), PLAN);
    writeFileSync(join(dir, 'quiet', '.plandocrc.json'), JSON.stringify({ rules: { 'numbering-sequence': 'off' } }));
    writeFileSync(join(dir, 'skipped.txt'), PLAN);
    writeFileSync(join(dir, '.plandocrc.json'), JSON.stringify({ ignores: ['skipped.txt'] }));
    await client.initialize();
  });
  afterAll(async () => {
    await client.shutdown();
    rmSync(dir, { recursive: true, force: true });
  });

  test('the server says it answers them', () => {
    expect(client.initializeResult?.capabilities.experimental).toEqual({ plandocLintWorkspace: true });
  });

  test('lists the files plandoc lint would, leaving out ignore files, node_modules and dot folders', async () => {
    const { files } = await client.connection.sendRequest(WorkspacePlanFilesRequest, { folders: [pathToFileURL(dir).href] });
    expect(files).toEqual(['docs/README.md', 'docs/plan.md', 'plan.txt', 'quiet/plan.txt', 'skipped.txt'].map(uri));
  });

  test('checks plans from disk with their own config, and skips a README, ignored files and missing ones', async () => {
    const files = ['docs/README.md', 'docs/plan.md', 'plan.txt', 'quiet/plan.txt', 'skipped.txt', 'gone.txt'].map(uri);
    const { checked, skipped } = await client.connection.sendRequest(LintFilesRequest, { files });
    const codes = Object.fromEntries(checked.map((c) => [c.uri, [...new Set(c.diagnostics.map((d) => String(d.code)))].sort()]));
    expect(codes).toEqual({
      [uri('docs/plan.md')]: ['marker-punctuation', 'numbering-sequence'],
      [uri('plan.txt')]: ['marker-punctuation', 'numbering-sequence'],
      [uri('quiet/plan.txt')]: ['marker-punctuation'],
    });
    expect(skipped).toEqual(['docs/README.md', 'skipped.txt', 'gone.txt'].map(uri));
    // the same diagnostics an open document gets: the Chinese message, the range, the rule's page
    const opened = await client.open(uri('plan.txt'), PLAN);
    expect(checked.find((c) => c.uri === uri('plan.txt'))!.diagnostics).toEqual(opened);
  });

  test('a cancelled batch is answered with the cancellation error', async () => {
    const source = new CancellationTokenSource();
    const request = client.connection.sendRequest(LintFilesRequest, { files: Array.from({ length: 200 }, () => uri('plan.txt')) }, source.token);
    source.cancel();
    await expect(request).rejects.toMatchObject({ code: -32800 });
  });
});
