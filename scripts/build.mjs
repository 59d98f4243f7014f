// Bundles the CLI, the language server and the VS Code extension (client/build.mjs: CommonJS, in three bundles).
import { build } from 'esbuild';
import { clientBuilds } from '../client/build.mjs';

// mainFields: jsonc-parser's "main" is a UMD build whose require('./impl/…') calls esbuild cannot follow; its ESM build bundles cleanly.
const common = { bundle: true, platform: 'node', target: 'node20', mainFields: ['module', 'main'], sourcemap: false, minify: process.env.PLANDOC_MINIFY !== '0', logLevel: 'warning' };

await Promise.all([
  build({ ...common, entryPoints: ['server/src/cli/main.ts'], outfile: 'dist/cli.js', format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } }),
  build({ ...common, entryPoints: ['server/src/main.ts'], outfile: 'dist/server.js', format: 'esm',
    banner: { js: "#!/usr/bin/env node\nimport { createRequire as __cr } from 'module'; const require = __cr(import.meta.url);" } }),
  // the extension: dist/client.cjs and the bundles it requires after activation (client/build.mjs)
  ...clientBuilds(common).map((options) => build(options)),
]);
