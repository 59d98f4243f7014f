// Bundles the CLI, the language server and the VS Code extension (client/build.mjs: CommonJS, in three bundles).
import { existsSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { build } from 'esbuild';
import { clientBuilds } from '../client/build.mjs';
import { emitApiDeclarations } from './api-types.mjs';
import { webBuilds } from './web-build.mjs';

const packageVersion = JSON.parse(readFileSync('package.json', 'utf8')).version;

/**
 * Drops what earlier builds left in dist/cli/ (code-split chunks of older layouts), once a minute old: a CLI
 * process started just before this build may still be loading them.
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
  // the CLI: dist/cli.js is a small entry that answers --version alone and otherwise imports dist/cli/run.js
  // (every command; measured no slower to start than code-split chunks, which cost a module resolution each)
  // or, in a worker thread, dist/cli/worker.js (the linter without the reporting)
  build({ ...common, entryPoints: { cli: 'server/src/cli/main.ts' }, outdir: 'dist', format: 'esm', metafile: true,
    define: { PLANDOC_VERSION: JSON.stringify(packageVersion) }, banner: { js: '#!/usr/bin/env node' },
    plugins: [{ name: 'cli-parts', setup(b) { b.onResolve({ filter: /^\.\/(run|worker)\.js$/ }, (a) => ({ path: `./cli/${a.path.slice(2)}`, external: true })); } }] }),
  build({ ...common, entryPoints: { 'cli/run': 'server/src/cli/run.ts', 'cli/worker': 'server/src/cli/worker.ts', 'cli/mcp': 'server/src/cli/commands/mcp.ts' }, outdir: 'dist', format: 'esm', metafile: true,
    // plandoc mcp is dist/cli/mcp.js: run.js imports it only for that command, so lint never loads the MCP SDK
    plugins: [{ name: 'cli-mcp', setup(b) { b.onResolve({ filter: /^\.\/commands\/mcp\.js$/ }, () => ({ path: './mcp.js', external: true })); } }],
    // bundled CommonJS code calls require(): created on first use, because the first createRequire() of a
    // process costs ~10 ms that a one-file lint never needs
    banner: { js: "import { createRequire as __cr } from 'module'; let __rq; const __lrq = () => (__rq ??= __cr(import.meta.url)); const require = Object.assign((id) => __lrq()(id), { resolve: (id, o) => __lrq().resolve(id, o) });" } })
    .then(removeStaleCliChunks),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', format: 'esm',
    // the flags are SERVER_NODE_FLAGS (server/src/protocol.ts; test/lsp/transport.test.ts keeps them equal)
    banner: { js: "#!/usr/bin/env -S node --max-semi-space-size=4\nimport { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } }),
  // the Node API (import { lint } from 'plandoc-lint'): dist/api/index.js and its .d.ts files
  build({ ...common, entryPoints: { 'api/index': 'server/src/api/index.ts' }, outdir: 'dist', format: 'esm',
    banner: { js: "import { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } }),
  // only the public modules: index.ts re-exports types.ts and errors.ts
  emitApiDeclarations('server/src/api', 'dist/api', ['index.ts', 'types.ts', 'errors.ts']),
  // the extension: dist/client.cjs and the bundles it requires after activation (client/build.mjs)
  ...clientBuilds(common).map((options) => build(options)),
  // the browser build: dist/web/client.js and the language server's Web Worker dist/web/server.js (scripts/web-build.mjs)
  ...webBuilds(common).map((options) => build(options)),
]);
