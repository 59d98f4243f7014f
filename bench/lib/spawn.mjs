// Runs a command to completion and fails loudly when it fails, so a broken
// build is never timed as a fast one.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/** Resolves when the process exits with one of `okCodes`; rejects with its stderr otherwise. */
export function run(cmd, args, { cwd = repoRoot, okCodes = [0], env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: env ? { ...process.env, ...env } : process.env, stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (okCodes.includes(code)) resolve(code);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}${err ? `:\n${err.trim()}` : ''}`));
    });
  });
}
