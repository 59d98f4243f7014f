// The core's layers (docs/architecture.md): syntax reads the plan language, model builds the document on it,
// analysis and the list edits read the model, rules read all three, config resolves rules, docs describe them.
// No folder imports one above it, and the Chinese digits are spelled out in core/syntax only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(__dirname, '../..');
const CORE = join(ROOT, 'server/src/core');
const RANK: Record<string, number> = { syntax: 0, model: 1, analysis: 2, edit: 2, rules: 3, config: 4, docs: 5 };
/** The vocabulary every layer shares (ranges, problems, severities; the shape of a rule's settings): it imports only syntax. */
const BASE = new Set(['types.ts', 'config/types.ts'].map((f) => join(CORE, f)));
const isBase = (file: string) => BASE.has(file.replace(/\.js$/, '.ts'));

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') ? [path] : [];
  });
}

/** core-relative folder of a file ('' for the core's own top-level files such as types.ts and linter.ts) */
const folderOf = (file: string) => {
  const parts = relative(CORE, file).split('/');
  return parts.length > 1 ? parts[0]! : '';
};

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*'(\.[^']+)'/g)].map((m) => resolve(dirname(file), m[1]!));

/** The text without comments: examples in comments may spell numerals out. */
const code = (file: string) => readFileSync(file, 'utf8').replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

/** Four Chinese numeral characters in a row: a digit table, a character class or a numeral list. */
const SPELLED_DIGITS = /[〇零一二两三四五六七八九十百]{4,}/;

describe('core layers', () => {
  it('no core folder imports a folder above it, and the shared vocabulary imports only the syntax layer', () => {
    const wrong: string[] = [];
    for (const file of sources(CORE)) {
      const folder = folderOf(file);
      for (const target of importsOf(file)) {
        const rel = relative(CORE, target);
        if (rel.startsWith('..')) {
          wrong.push(`${relative(ROOT, file)} imports ${relative(ROOT, target)}, outside the core`);
          continue;
        }
        const to = folderOf(target);
        if (isBase(file)) {
          if (!isBase(target) && to !== 'syntax') wrong.push(`${relative(ROOT, file)} (shared vocabulary) imports ${rel}`);
          continue;
        }
        if (folder === '' || to === '' || folder === to || isBase(target)) continue;
        if (!(to in RANK) || !(folder in RANK)) wrong.push(`${relative(ROOT, file)}: folder ${folder} or ${to} has no layer`);
        else if (RANK[to]! > RANK[folder]!) wrong.push(`${relative(ROOT, file)} (${folder}) imports ${rel} (${to}, a layer above)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('the syntax layer imports nothing but itself and the core\'s types', () => {
    const outside = sources(join(CORE, 'syntax')).flatMap((file) =>
      importsOf(file).filter((t) => !t.startsWith(join(CORE, 'syntax')) && t !== join(CORE, 'types.js')).map((t) => `${relative(ROOT, file)} → ${relative(ROOT, t)}`));
    expect(outside).toEqual([]);
  });

  it('spells out the Chinese digits only in server/src/core/syntax', () => {
    const files = [...sources(join(ROOT, 'server/src')), ...sources(join(ROOT, 'client/src'))];
    const spelling = files.filter((f) => SPELLED_DIGITS.test(code(f))).map((f) => relative(ROOT, f));
    expect(spelling.length).toBeGreaterThan(0); // the syntax layer itself: the check sees them
    expect(spelling.filter((f) => !f.startsWith('server/src/core/syntax/'))).toEqual([]);
  });
});
