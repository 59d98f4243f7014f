// `npm run accuracy` lints the corpus in-process; this checks it gives what `plandoc lint --format json` prints,
// problem for problem (the CLI run from source with tsx, one job, so nothing needs building).
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { basename, join, resolve } from 'node:path';
import { corpusPresent, CORPUS_DIR, findingsFromReport, lintCorpus } from '../../scripts/accuracy/corpus.js';

const root = resolve(__dirname, '../..');
const present = corpusPresent();
if (!present && !process.env.CI) console.warn(`accuracy CLI parity skipped: no real corpus at ${CORPUS_DIR} (set PLANDOC_REAL_CORPUS)`);

describe.skipIf(!present && !process.env.CI)('the accuracy run lints the corpus as the CLI does', () => {
  it('gives the same problems as plandoc lint --format json', async () => {
    expect(present, `no real corpus at ${CORPUS_DIR} (CI has ../shared beside the clone)`).toBe(true);
    let out: string;
    try {
      out = execFileSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'server/src/cli/main.ts'), 'lint', '--format', 'json', '--jobs', '1', '--locale', 'en', join(CORPUS_DIR, 'docs')], { cwd: root, encoding: 'utf8', maxBuffer: 64 << 20, stdio: ['ignore', 'pipe', 'pipe'] });
    } catch (e) {
      out = (e as { stdout: string }).stdout; // exit code 1: problems were found
    }
    const show = (x: { file: string; line: number; column: number; rule: string; message: string }) => `${x.file}:${x.line}:${x.column} ${x.rule} ${x.message}`;
    const cli = findingsFromReport(JSON.parse(out));
    const ours = await lintCorpus();
    expect(ours.documents).toEqual(cli.documents.map((f) => basename(f)));
    expect(ours.findings.map(show)).toEqual(cli.findings.map(show));
    expect(ours.findings.length).toBeGreaterThan(0);
  });
});
