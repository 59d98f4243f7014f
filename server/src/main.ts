// Entry point of dist/server.js (`plandoc-language-server`): `--stdio` (Neovim, Emacs, Helix …)
// or `--node-ipc` (VS Code). The transport flags are read by createConnection itself.
import { createConnection, LSPErrorCodes, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type ConnectionStrategy, type Message, type RequestMessage, type ResponseMessage } from 'vscode-languageserver/node.js';
import { startServer } from './server.js';
import { nodeWorkspaceDisk } from './lsp/workspaceDisk.js';
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

/** A request cancelled while still queued is answered at once and never run (1,000 of them delayed diagnostics by 31 s). */
const strategy: ConnectionStrategy = {
  cancelUndispatched: (message: Message): ResponseMessage => ({
    jsonrpc: '2.0', id: (message as RequestMessage).id, error: { code: LSPErrorCodes.RequestCancelled, message: 'cancelled before it was handled' },
  }),
};

function stdioConnection() {
  const reader = new StreamMessageReader(process.stdin);
  // a message without a valid Content-Length leaves the stream unreadable from there on: the server would sit
  // alive but deaf. Say why and exit, so the editor sees the server stop and can restart it.
  reader.onError((error) => {
    if (!/Content-Length/i.test(error?.message ?? '')) return;
    process.stderr.write(`plandoc-language-server: unreadable message header, closing the connection: ${error.message.split('\n')[0]}\n`);
    process.exit(1);
  });
  return createConnection(ProposedFeatures.all, reader, new StreamMessageWriter(process.stdout), strategy);
}

const connection = args.includes('--stdio') ? stdioConnection() : createConnection(ProposedFeatures.all, strategy);
// never let a stray exception kill the editor's server: log it to stderr (the client's log), keep serving
process.on('uncaughtException', (error) => process.stderr.write(`plandoc-language-server: ${error?.stack ?? error}\n`));
process.on('unhandledRejection', (error) => process.stderr.write(`plandoc-language-server: ${(error as Error)?.stack ?? error}\n`));
startServer(connection, { disk: nodeWorkspaceDisk });
