// The annotated real corpus (../shared/corpus/real, or $PLANDOC_REAL_CORPUS): where it is, its annotation, and its
// documents linted exactly as `plandoc lint --format json <docs>` lints them. It runs the CLI's own pieces from source
// (file discovery with the ignore files, the nearest config file or the default profile, decoding, FileLinter), so
// the findings are the CLI's problem for problem; test/accuracy/cli-parity.test.ts checks that against the CLI.
import { existsSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileConfigResolver, type ConfigOptions } from '../../server/src/cli/configFor.js';
import { DEFAULT_EXTENSIONS, discoverFiles } from '../../server/src/cli/discover.js';
import { FileLinter } from '../../server/src/cli/lintFile.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../server/src/io/readDocument.js';

export const CORPUS_DIR = resolve(process.env.PLANDOC_REAL_CORPUS || resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpus/real'));

export interface Defect { file: string; line: number; rules: string[]; note: string }
export interface Trap { file: string; line: number; note: string }
export interface Annotation { sequenceRules: string[]; defects: Defect[]; clean: string[]; traps: Trap[] }

/** One problem as the JSON report gives it (file by name, 1-based line and column), with the text of its line. */
export interface Finding { file: string; rule: string; line: number; column: number; message: string; messageZh: string; lineText: string }

export function corpusPresent(dir = CORPUS_DIR): boolean {
  return existsSync(join(dir, 'expect.json')) && existsSync(join(dir, 'docs'));
}

/** Documents are named by file name, as score.py matches them. */
const name = (f: string) => basename(String(f).replace(/\\/g, '/'));

export function readAnnotation(dir = CORPUS_DIR): Annotation {
  const raw = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8'));
  return {
    sequenceRules: raw._sequence_rules ?? [],
    defects: (raw.defects ?? []).map((d: Defect) => ({ ...d, file: name(d.file) })),
    clean: (raw.clean ?? []).map(name),
    traps: (raw.traps ?? []).map((t: Trap) => ({ ...t, file: name(t.file) })),
  };
}

export async function lintCorpus(dir = CORPUS_DIR): Promise<{ documents: string[]; findings: Finding[] }> {
  const docs = join(dir, 'docs');
  // the options `plandoc lint --format json <docs>` runs with: no flags, so config files are looked up per file
  const config: ConfigOptions = { noConfig: false, rules: {} };
  const resolver = new FileConfigResolver(config);
  const found = await discoverFiles([docs], { cwd: process.cwd(), extensions: DEFAULT_EXTENSIONS, useIgnoreFiles: true, isIgnoredByConfig: (f) => resolver.isIgnoredByConfig(f) });
  const linter = new FileLinter({ cwd: process.cwd(), locale: 'en', mode: 'lint', maxBytes: DEFAULT_MAX_FILE_BYTES, config, useCache: false });
  const documents: string[] = [];
  const findings: Finding[] = [];
  for (const [index, path] of found.files.entries()) {
    const { result } = linter.lintPath({ index, path });
    if (result.status !== 'linted' || result.error) throw new Error(`accuracy: ${path} was not linted (${result.status}${result.error ? `: ${result.error.message.en}` : ''})`);
    const file = name(path);
    documents.push(file);
    const lines = readFileSync(path, 'utf8').split(/\r\n|\r|\n/);
    for (const p of result.problems) findings.push(toFinding(file, p.rule, p.line, p.column, p.message.en, p.message.zh, lines));
  }
  return { documents, findings };
}

/**
 * The findings of a saved `plandoc lint --format json` report (to score one without linting, e.g. to compare with
 * score.py). The report gives one message, in its locale; it stands for both languages here.
 */
export function findingsFromReport(report: unknown, dir = CORPUS_DIR): { documents: string[]; findings: Finding[] } {
  const entries = (Array.isArray(report) ? report : ((report as { files?: unknown[] })?.files ?? [])) as { file?: string; problems?: { rule?: string; line?: number; column?: number; message?: string }[] }[];
  const documents: string[] = [];
  const findings: Finding[] = [];
  for (const entry of entries) {
    const file = name(entry.file ?? '');
    documents.push(file);
    const path = join(dir, 'docs', file);
    const lines = existsSync(path) ? readFileSync(path, 'utf8').split(/\r\n|\r|\n/) : [];
    for (const p of entry.problems ?? []) findings.push(toFinding(file, p.rule ?? '?', Number(p.line) || 0, Number(p.column) || 0, p.message ?? '', p.message ?? '', lines));
  }
  return { documents, findings };
}

function toFinding(file: string, rule: string, line: number, column: number, message: string, messageZh: string, lines: string[]): Finding {
  return { file, rule, line, column, message, messageZh, lineText: (lines[line - 1] ?? '').trim() };
}
