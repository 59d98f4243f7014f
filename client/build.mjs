// esbuild options of the VS Code extension (used by scripts/build.mjs and test/client/bundle.test.ts).
// The extension is three CommonJS bundles (VS Code loads extensions with require()):
//   dist/client.cjs          what activate() needs: the validation policy and a shell per command (~10 KB)
//   dist/features.cjs        list editing, timeline view, status bar, command handlers (~30 KB)
//   dist/languageClient.cjs  vscode-languageclient and the protocol packages (~350 KB)
// client.cjs requires the other two, in that order, right after activate() has returned
// (client/src/extension.ts). Every `import('./features.js')` or `import('./languageClient.js')` in
// client/src becomes `require('./features.cjs')` / `require('./languageClient.cjs')`, so no bundle
// holds a second copy of another.

/** The modules built into bundles of their own, loaded on first use: source name → file in dist/. */
export const LAZY_CLIENT_MODULES = { features: 'features.cjs', languageClient: 'languageClient.cjs' };

/** Marks `./features.js` and `./languageClient.js` (imported from client/src) as the external sibling bundles. */
const lazySiblings = {
  name: 'plandoc-lazy-client-modules',
  setup(build) {
    const names = Object.keys(LAZY_CLIENT_MODULES).join('|');
    build.onResolve({ filter: new RegExp(`^\\./(${names})\\.js$`) }, (args) => {
      const name = /^\.\/(\w+)\.js$/.exec(args.path)[1];
      return { path: `./${LAZY_CLIENT_MODULES[name]}`, external: true };
    });
  },
};

/**
 * @param {import('esbuild').BuildOptions} common options shared with the server and CLI builds
 * @returns {import('esbuild').BuildOptions[]}
 */
export function clientBuilds(common) {
  // dynamic-import false: import() becomes require(), which VS Code's extension host hooks to provide
  // the 'vscode' module (a real import() of the sibling bundle would bypass that hook)
  const client = { ...common, format: 'cjs', external: ['vscode'], plugins: [lazySiblings], supported: { 'dynamic-import': false } };
  return [
    // the first line of the bundle takes the time the extension's own activation report starts from
    { ...client, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.cjs', banner: { js: '"use strict";var __plandocLoadStart = performance.now();' } },
    ...Object.entries(LAZY_CLIENT_MODULES).map(([name, file]) => ({ ...client, entryPoints: [`client/src/${name}.ts`], outfile: `dist/${file}` })),
  ];
}
