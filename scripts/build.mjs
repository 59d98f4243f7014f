// Bundles the CLI, the language server and the VS Code extension (client/build.mjs: CommonJS, in three bundles).
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { clientBuilds } from '../client/build.mjs';

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;

/**
 * Chunk names carry a content hash: drop the ones an earlier build left in dist/cli/, once they are a minute
 * old (a CLI process started just before this build may still be loading them).
 */
function removeStaleCliChunks(result) {
  const current = new Set(Object.keys(result.metafile.outputs).map((p) => resolve(p)));
  const dir = resolve('dist/cli');
  for (const name of existsSync(dir) ? readdirSync(dir) : []) {
    const path = join(dir, name);
    if (!current.has(path) && Date.now() - statSync(path).mtimeMs > 60_000) rmSync(path, { force: true });
  }
}

// mainFields: jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow; its ESM build bundles cleanly.
const common = { bundle: true, platform: 'node', target: 'node20', mainFields: ['module', 'main'], sourcemap: false, minify: process.env.PLANDOC_MINIFY !== '0', logLevel: 'warning' };

await Promise.all([
  // the CLI: dist/cli.js is a small entry (answers --version alone); commands, formatters and the linter load
  // on demand from chunks in dist/cli/, so starting a command reads only what it runs
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', format: 'esm', splitting: true, chunkNames: 'cli/[name]-[hash]',
    define: { PLANDOC_VERSION: JSON.stringify(packageVersion) }, metafile: true,
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } })
    .then(removeStaleCliChunks),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } }),
  // the extension: dist/client.cjs and the bundles it requires after activation (client/build.mjs)
  ...clientBuilds(common).map((options) => build(options)),
]);
