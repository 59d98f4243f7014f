// Runs a command to completion and fails loudly when it fails, so a broken
// build is never timed as a fast one. Every process scenario (startup, CLI vs
// markdownlint-cli2) spawns through here, so ours, the peer's and the bare
// `node -e 0` baseline all start in the same environment.
import { spawn } from 'node:child_process';
import { repoRoot } from './paths.mjs';

/**
 * Variables removed from every measured child's environment, with the reason the report prints.
 * NODE_EXTRA_CA_CERTS makes node parse a certificate bundle at every start (about 80 ms here: a bare
 * `node -e 0` takes ~120 ms with it, ~40 ms without). Some sandboxes and corporate machines set it; it
 * times the machine's setup, not the tools, and none of the measured commands opens a TLS connection.
 */
export const REMOVED_ENV = {
  NODE_EXTRA_CA_CERTS: 'it makes every node process parse a certificate bundle at start (≈ 80 ms on the benchmark machine), which measures the machine\'s set-up rather than the tools; no measured command uses TLS',
};

/** The environment measured children run in: this process's, minus REMOVED_ENV, plus `extra`. */
export function benchEnv(extra = {}) {
  const env = { ...process.env, ...extra };
  for (const name of Object.keys(REMOVED_ENV)) delete env[name];
  return env;
}

/** A note for a scenario's report: which variables its child processes ran without, and why. */
export function envNote() {
  return Object.entries(REMOVED_ENV)
    .map(([name, why]) => `Child processes (PlanDoc, its peer and the bare-node baseline alike) run without \`${name}\`${process.env[name] ? ' (set in this run\'s environment)' : ''}: ${why}.`)
    .join(' ');
}

/** Resolves when the process exits with one of `okCodes`; rejects with its stderr otherwise. */
export function run(cmd, args, { cwd = repoRoot, okCodes = [0], env } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd, env: benchEnv(env), stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d) => { if (err.length < 4000) err += d; });
    child.on('error', reject);
    child.on('close', (code) => {
      if (okCodes.includes(code)) resolve(code);
      else reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}${err ? `:\n${err.trim()}` : ''}`));
    });
  });
}
