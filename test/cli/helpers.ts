// Runs the built CLI (dist/cli.js) as a child process, as users and CI do.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const CLI = join(REPO, 'dist/cli.js');
export const FIXTURES = join(REPO, 'test/fixtures/cli');
export const CORPUS = resolve(REPO, '../shared/corpus/regulations');

if (!existsSync(CLI)) throw new Error('dist/cli.js is missing: run `node scripts/build.mjs` (npm test does it) before these tests');

export interface RunResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  stdoutBytes: Buffer;
}

export interface RunOptions {
  cwd?: string;
  env?: Record<string, string | undefined>;
  input?: string | Buffer;
  nodeArgs?: string[];
  /** kill the CLI after this long (a hang then fails the test instead of blocking the suite) */
  timeoutMs?: number;
}

/** Spawns `node dist/cli.js …args` and resolves when it exits (no timers: the exit event ends the wait). */
export function runCli(args: string[], options: RunOptions = {}): Promise<RunResult> {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', LANGUAGE: '', NO_COLOR: '', FORCE_COLOR: undefined, CI: undefined, PLANDOC_TEST_FAULT: undefined, ...options.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  return new Promise((resolvePromise, reject) => {
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), CLI, ...args], { cwd: options.cwd ?? REPO, env: env as NodeJS.ProcessEnv, stdio: ['pipe', 'pipe', 'pipe'], timeout: options.timeoutMs, killSignal: 'SIGKILL' });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      const stdoutBytes = Buffer.concat(out);
      resolvePromise({ code, signal, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    child.stdin.on('error', () => {}); // a CLI that stops reading at its size limit closes the pipe early
    child.stdin.end(options.input ?? '');
  });
}

/** A fresh temporary folder, optionally filled with a copy of a fixture folder; removed by the returned cleanup. */
export function tempDir(copyFrom?: string): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'plandoc-cli-'));
  if (copyFrom) cpSync(copyFrom, dir, { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Replaces machine-specific parts of a report (absolute paths, file URLs, the version) for snapshots. */
export function normalise(text: string, cwd: string, version: string): string {
  const fileUrl = new URL(`file://${cwd}/`).href;
  return text.split(fileUrl).join('file:///<cwd>/').split(cwd).join('<cwd>').split(`"${version}"`).join('"<version>"');
}
