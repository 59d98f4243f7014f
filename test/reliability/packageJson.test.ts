// The CLI's config search says which package.json files it passed over (config/load.ts tells of them from its own walk,
// cli/configFor.ts names each once): looked at with stat only, along the path findConfigFile walks (up to the config found, or the repository root).
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { FileConfigResolver } from '../../server/src/cli/configFor.js';
import { MAX_PACKAGE_JSON_BYTES } from '../../server/src/config/load.js';

const root = mkdtempSync(join(tmpdir(), 'plandoc-pkg-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
const options = { noConfig: false, rules: {} };

describe('package.json files the config search passes over', () => {
  it('a FIFO below, /dev/zero above: both named once, in search order, for every file under them', () => {
    const repo = join(root, 'a');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'sub'));
    execFileSync('mkfifo', [join(repo, 'sub', 'package.json')]);
    symlinkSync('/dev/zero', join(repo, 'package.json'));
    const resolver = new FileConfigResolver(options);
    for (const f of ['sub/x.txt', 'sub/y.txt', 'z.txt']) expect(resolver.sourceFor(join(repo, f))).toBeUndefined();
    expect(resolver.unreadPackageJson).toEqual([
      { path: join(repo, 'sub', 'package.json'), kind: 'fifo' },
      { path: join(repo, 'package.json'), kind: 'device' },
    ]);
  });

  it('one over the size limit is named; none above the repository root or above the config found', () => {
    const outer = join(root, 'b');
    const repo = join(outer, 'repo');
    mkdirSync(join(repo, '.git'), { recursive: true });
    mkdirSync(join(repo, 'docs'));
    writeFileSync(join(repo, 'docs', 'package.json'), Buffer.alloc(MAX_PACKAGE_JSON_BYTES + 1, 0x20));
    mkdirSync(join(outer, 'package.json')); // above the repository root: never consulted
    const resolver = new FileConfigResolver(options);
    resolver.sourceFor(join(repo, 'docs', 'plan.txt'));
    expect(resolver.unreadPackageJson).toEqual([{ path: join(repo, 'docs', 'package.json'), kind: 'too-large' }]);

    const withConfig = join(root, 'c');
    mkdirSync(join(withConfig, '.git'), { recursive: true });
    writeFileSync(join(withConfig, '.plandocrc.json'), '{}');
    mkdirSync(join(withConfig, 'package.json')); // the .plandocrc.json beside it wins: not consulted
    const other = new FileConfigResolver(options);
    expect(other.sourceFor(join(withConfig, 'plan.txt'))?.file).toBe(join(withConfig, '.plandocrc.json'));
    expect(other.unreadPackageJson).toEqual([]);
  });
});
