// Bundles the core façade with esbuild into a temp .mjs and imports it, so
// benchmarks measure the same code the CLI and server ship, without tsx.
import { build } from 'esbuild';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot, tempDir } from './paths.mjs';

let cached;

export async function loadCore() {
  if (cached) return cached;
  const outfile = join(tempDir('core'), 'linter.mjs');
  await build({
    entryPoints: [join(repoRoot, 'server/src/core/linter.ts')], outfile, bundle: true, platform: 'node', target: 'node20',
    format: 'esm', minify: process.env.PLANDOC_MINIFY !== '0', sourcemap: process.env.PLANDOC_SOURCEMAP === '1', logLevel: 'warning',
  });
  cached = await import(pathToFileURL(outfile).href);
  return cached;
}
