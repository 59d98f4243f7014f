// The extension's bundles (client/build.mjs): activation loads only dist/client.cjs, so it must stay
// free of the language client and of the editor features; those come from the sibling bundles.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { build, type Metafile } from 'esbuild';
import { beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- an untyped .mjs build script
import { clientBuilds, LAZY_CLIENT_MODULES } from '../../client/build.mjs';

const root = new URL('../../', import.meta.url).pathname;
const common = { bundle: true, platform: 'node', target: 'node20', mainFields: ['module', 'main'], minify: true, logLevel: 'silent', absWorkingDir: root };

interface Bundle {
  inputs: string[];
  imports: { path: string; kind: string; external?: boolean }[];
  bytes: number;
}

const bundles = new Map<string, Bundle>();

beforeAll(async () => {
  for (const options of clientBuilds(common) as { outfile: string }[]) {
    const result = await build({ ...options, write: false, metafile: true });
    const output = Object.values((result.metafile as Metafile).outputs)[0]!;
    bundles.set(options.outfile, { inputs: Object.keys(output.inputs), imports: output.imports, bytes: output.bytes });
  }
}, 60_000);

const fromPackage = (bundle: Bundle, name: string) => bundle.inputs.some((i) => i.includes(`node_modules/${name}/`));

describe('extension bundles', () => {
  it('keeps the language client and the editor features out of the activation bundle', () => {
    const main = bundles.get('dist/client.cjs')!;
    for (const heavy of ['vscode-languageclient', 'vscode-jsonrpc', 'vscode-languageserver-protocol']) expect(fromPackage(main, heavy), heavy).toBe(false);
    for (const feature of ['timelineView.ts', 'editCommands.ts', 'statusBar.ts', 'decorations.ts', 'languageClient.ts']) {
      expect(main.inputs.some((i) => i.endsWith(`client/src/${feature}`)), feature).toBe(false);
    }
    // detection reads markers, articles and month headings with the core's own readers (about 9 KB of the time
    // parser among them): still a small fraction of the language client's ~350 KB that stays out
    expect(main.bytes).toBeLessThan(32_000);
    for (const model of ['core/model/parse.ts', 'core/linter.ts']) expect(main.inputs.some((i) => i.endsWith(model)), model).toBe(false);
  });

  it('requires the other bundles as sibling files, not as second copies', () => {
    const main = bundles.get('dist/client.cjs')!;
    const siblings = main.imports.filter((i) => i.path.startsWith('./')).map((i) => i.path).sort();
    expect(siblings).toEqual(Object.values(LAZY_CLIENT_MODULES as Record<string, string>).map((f) => `./${f}`).sort());
    for (const i of main.imports.filter((x) => x.path.startsWith('./'))) expect(i.kind).toBe('require-call');
    const features = bundles.get('dist/features.cjs')!;
    expect(fromPackage(features, 'vscode-languageclient')).toBe(false);
    expect(features.inputs.some((i) => i.endsWith('client/src/timelineView.ts'))).toBe(true);
    expect(fromPackage(bundles.get('dist/languageClient.cjs')!, 'vscode-languageclient')).toBe(true);
  });

  it('gives every contributed command a handler', () => {
    const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { contributes: { commands: { command: string }[] } };
    const dir = join(root, 'client/src');
    const sources = readdirSync(dir).filter((f) => f.endsWith('.ts')).map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    const handled = new Set([...sources.matchAll(/commands\.register\('([\w.]+)'/g)].map((m) => m[1]));
    expect([...handled].sort()).toEqual(pkg.contributes.commands.map((c) => c.command).sort());
  });

  it('packages every bundle', () => {
    const ignore = readFileSync(join(root, '.vscodeignore'), 'utf8').split('\n').map((l) => l.trim());
    for (const outfile of bundles.keys()) expect(ignore, outfile).toContain(`!${outfile}`);
  });
});
