// Entry of dist/web/server.js: the PlanDoc language server in a Web Worker (vscode.dev, github.dev), speaking
// LSP over postMessage. The same server as dist/server.js (server/src/server.ts); scripts/web-build.mjs swaps
// its four Node-only modules for ./configStore.ts, ./uri.ts, ./idleCollector.ts and ./perfHooks.ts.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, FileChangeType, ProposedFeatures, type Connection } from 'vscode-languageserver/browser.js';
import { startServer } from '../server.js';
import { setConfigFiles } from './configStore.js';
import { CONFIG_FILES_NOTIFICATION, type ConfigFileText, type ConfigFilesParams } from './protocol.js';

/** the worker's global scope (the project's type check has no DOM library: typed loosely) */
declare const self: never;

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(self), new BrowserMessageWriter(self));

/**
 * The connection startServer sees: config files given in initializationOptions are stored before it
 * initialises, and each later plandoc/configFiles notification is stored, then announced to it as changed
 * config files (as the file watcher does on the desktop), so every open document is checked again.
 */
function withConfigFiles(base: Connection): Connection {
  let configChanged: ((params: { changes: { uri: string; type: FileChangeType }[] }) => void) | undefined;
  let known: ConfigFileText[] = [];
  const wrapped = Object.create(base) as Connection;
  wrapped.onInitialize = (handler) => base.onInitialize((params, token, progress) => {
    const files = (params.initializationOptions as { configFiles?: ConfigFileText[] } | undefined)?.configFiles;
    if (Array.isArray(files)) setConfigFiles((known = files));
    return handler(params, token, progress);
  });
  wrapped.onDidChangeWatchedFiles = (handler) => {
    configChanged = handler;
    return base.onDidChangeWatchedFiles(handler);
  };
  base.onNotification(CONFIG_FILES_NOTIFICATION, ({ files }: ConfigFilesParams) => {
    const uris = new Set([...known, ...files].map((f) => f.uri));
    setConfigFiles((known = files));
    configChanged?.({ changes: [...uris].map((uri) => ({ uri, type: FileChangeType.Changed })) });
  });
  return wrapped;
}

startServer(withConfigFiles(connection));
