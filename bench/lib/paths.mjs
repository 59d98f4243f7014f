// Where the benchmarks find the repo, the regulations corpus and the seed.
import { existsSync, mkdtempSync, writeFileSync, readFileSync, readdirSync, statSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const seedPath = join(repoRoot, 'test/fixtures/seed.txt');

/** ../shared/corpus/regulations relative to the repo root (CI layout); PLANDOC_CORPUS overrides it. */
const corpusPath = () => process.env.PLANDOC_CORPUS ?? resolve(repoRoot, '../shared/corpus/regulations');

export function regulationsDir() {
  const dir = corpusPath();
  return existsSync(dir) ? dir : undefined;
}

export function skipMessage(what) {
  return `skipped ${what}: corpus not found at ${corpusPath()} (${process.env.PLANDOC_CORPUS ? 'from PLANDOC_CORPUS' : 'set PLANDOC_CORPUS to its path'})`;
}

/** Every .md/.txt file under dir, sorted, with its bytes. */
export function readCorpus(dir) {
  const files = [];
  const walk = (d) => {
    for (const name of readdirSync(d).sort()) {
      const p = join(d, name);
      const st = statSync(p);
      if (st.isDirectory()) walk(p);
      else if (/\.(md|txt)$/i.test(name)) files.push({ path: p, bytes: readFileSync(p) });
    }
  };
  walk(dir);
  return files;
}

export function totalBytes(files) {
  return files.reduce((s, f) => s + f.bytes.length, 0);
}

const tempDirs = [];
process.on('exit', () => {
  for (const d of tempDirs) rmSync(d, { recursive: true, force: true });
});

/** A temp dir removed when the process exits. */
export function tempDir(prefix) {
  const d = mkdtempSync(join(tmpdir(), `plandoc-bench-${prefix}-`));
  tempDirs.push(d);
  return d;
}

/** `copies` copies of the seed (500 × 48 KB ≈ 24 MB) in a temp dir. */
export function writeSeedCorpus(copies = 500, dir = tempDir('seed')) {
  const seed = readFileSync(seedPath);
  for (let i = 0; i < copies; i++) writeFileSync(join(dir, `seed-${String(i).padStart(4, '0')}.txt`), seed);
  return dir;
}
