// Bundles the core façade with esbuild into a temp .mjs and imports it, so
// benchmarks measure the same code the CLI and server ship, without tsx.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, tempDir } from './paths.mjs';

let cached;

export async function loadCore() {
  cached ??= await loadSource('server/src/core/linter.ts', {
    minify: process.env.PLANDOC_MINIFY !== '0', sourcemap: process.env.PLANDOC_SOURCEMAP === '1',
  });
  return cached;
}

/** One source module of the repository (a path from its root), bundled on its own and imported. */
export async function loadSource(entry, options = {}) {
  const name = entry.replace(/\.ts$/, '').replaceAll('/', '-');
  const outfile = join(tempDir(name), `${name}.mjs`);
  await build({ entryPoints: [join(repoRoot, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'esm', logLevel: 'warning', ...options });
  return import(pathToFileURL(outfile).href);
}
