// Config files that are not regular files, in the language server (issue 15): a package.json (read for its
// "plandoc" key) or a .plandocrc.json that is a FIFO, a link to /dev/zero or a folder. The server must keep
// publishing diagnostics and answering; a .plandocrc.json it cannot read is reported, a package.json passed
// over. Each case ends on an answer or a diagnostic, never on a sleep; /dev/zero is never read (the loader
// opens regular files only), so memory stays bounded.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { DocumentSymbolRequest } from 'vscode-languageserver-protocol/node.js';
import { TestClient } from '../lsp/client.js';

const DOC = '一、总则\n三、附则\n';
let client: TestClient | undefined;
afterEach(async () => {
  await client?.shutdown().catch(() => undefined);
  client = undefined;
});

type Make = (path: string) => void;
const fifo: Make = (p) => execFileSync('mkfifo', [p]);
const zero: Make = (p) => symlinkSync('/dev/zero', p);
const folder: Make = (p) => mkdirSync(p);

async function openWith(name: string, make: Make): Promise<{ diagnostics: number; answered: boolean; messages: string[] }> {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-server-config-'));
  try {
    mkdirSync(join(dir, '.git'));
    writeFileSync(join(dir, 'plan.txt'), DOC);
    make(join(dir, name));
    client = new TestClient();
    await client.initialize();
    const uri = pathToFileURL(join(dir, 'plan.txt')).href;
    const diagnostics = await client.open(uri, DOC);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    return { diagnostics: diagnostics.length, answered: Array.isArray(symbols), messages: client.messages };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('language server: config files that are not regular files', () => {
  for (const [what, make] of [['a FIFO', fifo], ['linked to /dev/zero', zero], ['a folder', folder]] as const) {
    it(`package.json ${what}: passed over, diagnostics published, requests answered`, async () => {
      const r = await openWith('package.json', make);
      expect(r.diagnostics).toBeGreaterThan(0); // the gap 一、 → 三、 under the default config
      expect(r.answered).toBe(true);
    });

    it(`.plandocrc.json ${what}: reported as an invalid config, the defaults apply, the server keeps answering`, async () => {
      const r = await openWith('.plandocrc.json', make);
      expect(r.diagnostics).toBeGreaterThan(0);
      expect(r.answered).toBe(true);
      expect(r.messages.some((m) => m.includes('.plandocrc.json'))).toBe(true);
    });
  }
});
