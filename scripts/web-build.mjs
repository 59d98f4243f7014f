// esbuild options of the browser build (vscode.dev, github.dev), used by scripts/build.mjs:
//   dist/web/client.js   the extension for VS Code's web extension host (package.json "browser")
//   dist/web/server.js   the language server in a Web Worker (server/src/web/server.ts)
// Both are built for the browser platform, so any Node built-in left in their imports fails the build. The
// server's four Node-only modules are swapped for the browser versions in server/src/web/.
import { dirname, resolve } from 'node:path';

/** module the desktop server imports → its browser version */
const BROWSER_MODULES = {
  'server/src/config/load.ts': 'server/src/web/configStore.ts',
  'server/src/lsp/uri.ts': 'server/src/web/uri.ts',
  'server/src/lsp/idleCollector.ts': 'server/src/web/idleCollector.ts',
};

const swapNodeModules = {
  name: 'plandoc-browser-modules',
  setup(build) {
    const swaps = new Map(Object.entries(BROWSER_MODULES).map(([from, to]) => [resolve(from), resolve(to)]));
    build.onResolve({ filter: /^\.\.?\/.*\.js$/ }, (args) => {
      const target = resolve(dirname(args.importer), args.path.replace(/\.js$/, '.ts'));
      const swapped = swaps.get(target);
      return swapped ? { path: swapped } : undefined;
    });
    build.onResolve({ filter: /^node:perf_hooks$/ }, () => ({ path: resolve('server/src/web/perfHooks.ts') }));
  },
};

/**
 * @param {import('esbuild').BuildOptions} common options shared with the other builds
 * @returns {import('esbuild').BuildOptions[]}
 */
export function webBuilds(common) {
  const web = { ...common, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'] };
  return [
    // VS Code's web extension host loads the browser entry as CommonJS, with 'vscode' provided
    { ...web, entryPoints: ['client/src/web/extension.ts'], outfile: 'dist/web/client.js', format: 'cjs', external: ['vscode'] },
    { ...web, entryPoints: ['server/src/web/server.ts'], outfile: 'dist/web/server.js', format: 'iife', plugins: [swapNodeModules], inject: ['server/src/web/processShim.ts'] },
  ];
}
