// The bundled server's entry point: --node-ipc (how VS Code starts it), --version, and a clear
// message when no transport is given.
import { expect, test } from 'vitest';
import { fork, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { SERVER_NODE_FLAGS } from '../../server/src/protocol.js';
import { createProtocolConnection, IPCMessageReader, IPCMessageWriter, InitializeRequest, ShutdownRequest, ExitNotification } from 'vscode-languageserver-protocol/node.js';
import { SERVER } from './client.js';

test('--node-ipc serves LSP over the IPC channel', async () => {
  // with the flags the VS Code client passes
  const child = fork(SERVER, ['--node-ipc'], { stdio: ['ignore', 'ignore', 'pipe', 'ipc'], execArgv: [...SERVER_NODE_FLAGS] });
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

test('the bin starts node with the same flags as the VS Code client, and node accepts them', () => {
  const shebang = readFileSync(SERVER, 'utf8').split('\n', 1)[0];
  expect(shebang).toBe(`#!/usr/bin/env -S node ${SERVER_NODE_FLAGS.join(' ')}`);
  const run = spawnSync('/usr/bin/env', ['-S', `${process.execPath} ${SERVER_NODE_FLAGS.join(' ')} ${SERVER} --version`], { encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
});
