// The bundled server's entry point: --node-ipc (how VS Code starts it), --version, and a clear
// message when no transport is given.
import { expect, test } from 'vitest';
import { fork, spawnSync } from 'node:child_process';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, InitializeRequest, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node.js';
import { SERVER } from './client.js';

test('--node-ipc serves LSP over the IPC channel', async () => {
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const connection = createProtocolConnection(new IPCMessageReader(child), new IPCMessageWriter(child));
  connection.listen();
  const result = await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, capabilities: {}, locale: 'en' });
  expect(result.serverInfo?.name).toBe('plandoc-language-server');
  expect(result.capabilities.documentSymbolProvider).toBeTruthy();
  await connection.sendRequest(ShutdownRequest.type);
  await connection.sendNotification(ExitNotification.type);
  expect(await exited).toBe(0);
  connection.dispose();
});

test('--version prints the version; no transport is a usage error', () => {
  const version = spawnSync(process.execPath, [SERVER, '--version'], { encoding: 'utf8' });
  expect(version.status).toBe(0);
  expect(version.stdout).toMatch(/^plandoc-language-server \d+\.\d+\.\d+/);
  const bare = spawnSync(process.execPath, [SERVER], { encoding: 'utf8' });
  expect(bare.status).toBe(2);
  expect(bare.stderr).toContain('--stdio');
});
