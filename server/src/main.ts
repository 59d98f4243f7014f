// Entry point of dist/server.js (`plandoc-language-server`): `--stdio` (Neovim, Emacs, Helix …)
// or `--node-ipc` (VS Code). The transport flags are read by createConnection itself.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { SERVER_VERSION } from './lsp/version.js';

const args = process.argv.slice(2);
if (args.includes('--help') || args.includes('-h')) {
  process.stdout.write('Usage: plandoc-language-server --stdio | --node-ipc | --socket=<port>\nThe PlanDoc language server for Chinese plan documents (计划文档).\n');
  process.exit(0);
}
if (args.includes('--version') || args.includes('-v')) {
  process.stdout.write(`plandoc-language-server ${SERVER_VERSION}\n`);
  process.exit(0);
}
if (!args.some((a) => a === '--stdio' || a === '--node-ipc' || a.startsWith('--socket') || a.startsWith('--pipe') || a.startsWith('--clientProcessId'))) {
  process.stderr.write('plandoc-language-server: choose a transport: --stdio (most editors) or --node-ipc (VS Code).\n');
  process.exit(2);
}

const connection = createConnection(ProposedFeatures.all);
// never let a stray exception kill the editor's server: log it to stderr (the client's log), keep serving
process.on('uncaughtException', (error) => process.stderr.write(`plandoc-language-server: ${error?.stack ?? error}\n`));
process.on('unhandledRejection', (error) => process.stderr.write(`plandoc-language-server: ${(error as Error)?.stack ?? error}\n`));
startServer(connection);
