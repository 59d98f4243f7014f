// Packs the repository as npm publishes it (npm pack, from the dist/ that npm test has just built) and
// installs the tarball into a fresh folder, as a user would. Dependencies come from npm's cache when they are
// there, else from the registry. Used by the package, recipe and MCP tests.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPO } from '../cli/helpers.js';

export const PACKAGE_NAME = 'plandoc-lint';

export interface Packed {
  /** the .tgz */
  tarball: string;
  /** the paths inside the tarball (package/ stripped) */
  files: string[];
  cleanup: () => void;
}

const NPM = ['--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];

/** npm pack without its prepack build: dist/ must be built already (npm test builds it first). */
export function packRepository(): Packed {
  if (!existsSync(join(REPO, 'dist/api/index.js'))) throw new Error('dist/api/index.js is missing: run `node scripts/build.mjs` first');
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-pack-'));
  const out = execFileSync('npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', dir, ...NPM], { cwd: REPO, encoding: 'utf8' });
  const [info] = JSON.parse(out) as { filename: string; files: { path: string }[] }[];
  return { tarball: join(dir, info!.filename), files: info!.files.map((f) => f.path), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** A fresh folder with its own package.json and the tarball installed in it (npm install <tgz>). */
export function installInFreshFolder(tarball: string): { dir: string; bin: (name: string) => string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-user-'));
  writeFileSync(join(dir, 'package.json'), JSON.stringify({ name: 'user-project', private: true, type: 'module' }));
  execFileSync('npm', ['install', tarball, ...NPM], { cwd: dir, encoding: 'utf8' });
  return { dir, bin: (name) => join(dir, 'node_modules/.bin', name), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** npm install -g <tgz> into a private prefix: the bins land in prefix/bin, as on a user's PATH. */
export function installGlobally(tarball: string): { binDir: string; cleanup: () => void } {
  const prefix = mkdtempSync(join(tmpdir(), 'plandoc-global-'));
  mkdirSync(join(prefix, 'lib'), { recursive: true });
  execFileSync('npm', ['install', '-g', '--prefix', prefix, tarball, ...NPM], { encoding: 'utf8' });
  return { binDir: join(prefix, 'bin'), cleanup: () => rmSync(prefix, { recursive: true, force: true }) };
}
