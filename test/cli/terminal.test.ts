// In a real terminal (a pty from script(1)): colour by default, a progress bar on long runs that is erased
// before the summary. Piped output has neither (see commands.test.ts).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CLI, tempDir } from './helpers.js';

const SCRIPT = '/usr/bin/script';

function inTerminal(args: string[], cwd: string, env: Record<string, string> = {}): Promise<string> {
  const command = [process.execPath, CLI, ...args].map((a) => `'${a.replace(/'/g, `'\\''`)}'`).join(' ');
  const clean: NodeJS.ProcessEnv = { ...process.env, LANG: 'C', NO_COLOR: '', ...env };
  delete clean.CI;
  delete clean.FORCE_COLOR;
  return new Promise((resolve, reject) => {
    const child = spawn(SCRIPT, ['-qec', command, '/dev/null'], { cwd, env: clean, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.on('error', reject);
    child.on('close', () => resolve(out));
  });
}

describe.skipIf(!existsSync(SCRIPT))('in a terminal', () => {
  const { dir, cleanup } = tempDir();
  beforeAll(() => {
    mkdirSync(join(dir, 'many'));
    for (let i = 0; i < 120; i++) writeFileSync(join(dir, 'many', `p${String(i).padStart(3, '0')}.txt`), '一、总则\n三、附则\n');
  });
  afterAll(cleanup);

  it('draws a progress bar for a long run and erases it before the summary; colours the report', async () => {
    const out = await inTerminal(['lint', 'many', '--no-config', '--locale', 'en', '--jobs', '1'], dir);
    expect(out).toMatch(/\r\[█+░*\] \d+\/120/);
    expect(out).toContain('\r\x1b[2K');
    expect(out).toContain('\x1b[31m'); // red errors
    const summaryAt = out.indexOf('120 files checked');
    expect(summaryAt).toBeGreaterThan(0);
    // nothing of the bar between the last erase and the summary
    const tail = out.slice(out.lastIndexOf('\r\x1b[2K'), summaryAt);
    expect(tail).not.toContain('█');
  });

  it('NO_COLOR turns colour off even in a terminal', async () => {
    const out = await inTerminal(['lint', 'many/p000.txt', '--no-config'], dir, { NO_COLOR: '1' });
    expect(out).toContain('numbering-sequence');
    expect(out).not.toContain('\x1b[3');
  });
});
