// The annotated real corpus (../shared/corpus/real): where it is, its annotation, and its documents linted the way
// `plandoc lint --format json` lints them (no config file on the way up: the default profile, common).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';

export const CORPUS_DIR = process.env.PLANDOC_REAL_CORPUS ?? resolve(fileURLToPath(new URL('.', import.meta.url)), '../../../shared/corpus/real');

export interface Defect { file: string; line: number; rules: string[]; note: string }
export interface Trap { file: string; line: number; note: string }
export interface Annotation { sequenceRules: string[]; defects: Defect[]; clean: string[]; traps: Trap[] }

/** One problem as the JSON report gives it, with the text of its line (for verdict keys). */
export interface Finding { file: string; rule: string; line: number; message: string; messageZh: string; lineText: string }

export function corpusPresent(dir = CORPUS_DIR): boolean {
  return existsSync(join(dir, 'expect.json')) && existsSync(join(dir, 'docs'));
}

export function readAnnotation(dir = CORPUS_DIR): Annotation {
  const raw = JSON.parse(readFileSync(join(dir, 'expect.json'), 'utf8'));
  const name = (f: string) => basename(f);
  return {
    sequenceRules: raw._sequence_rules ?? [],
    defects: raw.defects.map((d: Defect) => ({ ...d, file: name(d.file) })),
    clean: raw.clean.map(name),
    traps: raw.traps.map((t: Trap) => ({ ...t, file: name(t.file) })),
  };
}

export function lintCorpus(dir = CORPUS_DIR): { documents: string[]; findings: Finding[] } {
  const docs = join(dir, 'docs');
  const documents = readdirSync(docs).filter((f) => /\.(txt|md)$/.test(f)).sort();
  const findings: Finding[] = [];
  for (const file of documents) {
    const text = readFileSync(join(docs, file), 'utf8');
    const lines = text.split(/\r\n|\r|\n/);
    for (const p of lintText(text, defaultConfig('common')).problems) {
      const line = p.range.start.line + 1;
      findings.push({ file, rule: p.ruleId, line, message: p.message.en, messageZh: p.message.zh, lineText: (lines[line - 1] ?? '').trim() });
    }
  }
  return { documents, findings };
}
