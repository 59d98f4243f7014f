import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// Every runtime string passed to vscode.l10n.t() and every %key% in package.json
// must have an English and a Chinese translation.
const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const json = (p: string) => JSON.parse(read(p)) as Record<string, string>;

function runtimeStrings(): Set<string> {
  const found = new Set<string>();
  for (const f of readdirSync(new URL('client/src/', root), { recursive: true }) as string[]) {
    if (!f.endsWith('.ts')) continue;
    for (const m of read(`client/src/${f}`).matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) found.add(m[1]!);
  }
  return found;
}

describe('localisation', () => {
  it('translates every runtime string into Chinese', () => {
    const strings = runtimeStrings();
    expect(strings.size).toBeGreaterThan(10);
    const zh = json('l10n/bundle.l10n.zh-cn.json');
    const en = json('l10n/bundle.l10n.json');
    for (const s of strings) {
      expect(zh[s], s).toBeTruthy();
      expect(en[s], s).toBe(s);
      // placeholders survive translation
      for (const p of s.match(/\{\d\}/g) ?? []) expect(zh[s]).toContain(p);
    }
  });

  it('has both languages for every %key% of package.json', () => {
    const keys = [...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]!);
    expect(keys.length).toBeGreaterThan(20);
    const en = json('package.nls.json');
    const zh = json('package.nls.zh-cn.json');
    for (const k of keys) {
      expect(en[k], k).toBeTruthy();
      expect(zh[k], k).toBeTruthy();
      expect(/[\u4e00-\u9fff]/.test(zh[k]!), `${k} is Chinese`).toBe(true);
    }
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
});
