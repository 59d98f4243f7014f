import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { defaultConfig, lintText } from '../../server/src/core/linter.js';
import { PROFILES } from '../../server/src/core/config/resolve.js';
import { rules } from '../../server/src/core/rules/registry.js';
import type { Localized } from '../../server/src/core/types.js';
import { fixAllTitle, fixRuleTitle, fixTitle, renumberTitle, standardStyleTitle } from '../../server/src/lsp/actionTitles.js';
import { RULE_ACTION_TITLES } from '../../client/src/ruleActionTitles.js';
import { summaryLines } from '../../server/src/cli/summary.js';
import { emptyTotals } from '../../server/src/cli/results.js';

// The Chinese the extension shows must read like a careful 公文 editor wrote it:
// every message in both languages, quotes “”, no Western spaces around Chinese, no double colon.
const root = new URL('../../', import.meta.url);
const json = (p: string) => JSON.parse(readFileSync(new URL(p, root), 'utf8')) as Record<string, string>;

const CJK = '\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef“”';
const SPACE_NEXT_TO_CJK = new RegExp(`[${CJK}] | [${CJK}]`);

/** What is wrong with a Chinese message, or [] when nothing is. */
function styleFaults(zh: string): string[] {
  const faults: string[] = [];
  if (/[：:].*[：:]/.test(zh.replace(/`[^`]*`/g, ''))) faults.push('two colons');
  if (SPACE_NEXT_TO_CJK.test(zh.replace(/`[^`]*`/g, '`'))) faults.push('an ASCII space next to a Chinese character');
  if (/[「」『』"]/.test(zh.replace(/`[^`]*`/g, ''))) faults.push('quotes other than “”');
  return faults;
}

describe('message catalogue', () => {
  it('finds the faults it is meant to find', () => {
    expect(styleFaults('汉字数字序号 一 后应用顿号：缺少顿号')).toEqual(['an ASCII space next to a Chinese character']);
    expect(styleFaults('缺少五月：「四月份」与「六月份」之间：没有安排')).toEqual(['two colons', 'quotes other than “”']);
    expect(styleFaults('改为“二、”')).toEqual([]);
  });

  it('has every UI string in both languages, the Chinese in good style', () => {
    for (const [zhFile, enFile] of [['l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.json'], ['package.nls.zh-cn.json', 'package.nls.json']] as const) {
      const zh = json(zhFile);
      const en = json(enFile);
      expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
      for (const [key, text] of Object.entries(zh)) {
        expect(en[key], `${enFile}: ${key}`).toBeTruthy();
        expect(styleFaults(text), `${zhFile}: ${key}: ${text}`).toEqual([]);
      }
    }
  });

  it('writes code action titles in both languages, the Chinese in good style', () => {
    const { model, problems } = lintText('一、甲\n三、乙\n（一）、丙\n（二）丁\n1、a\n2. b\n3[ c\n', defaultConfig());
    const titles = problems.filter((p) => p.fix).map((p) => ({ zh: fixTitle(model, p, 'zh'), en: fixTitle(model, p, 'en') }));
    titles.push({ zh: fixRuleTitle(3, 'zh'), en: fixRuleTitle(3, 'en') });
    titles.push({ zh: renumberTitle(model.markers, 'zh'), en: renumberTitle(model.markers, 'en') });
    titles.push({ zh: standardStyleTitle(model, model.markers[4]!, 'zh'), en: standardStyleTitle(model, model.markers[4]!, 'en') });
    titles.push({ zh: fixAllTitle('zh'), en: fixAllTitle('en') });
    expect(titles.length).toBeGreaterThan(5);
    for (const { zh, en } of titles) {
      expect(en).not.toBe(zh);
      expect(styleFaults(zh), zh).toEqual([]);
    }
  });

  it('titles the disable and rule-page actions in both languages, the Chinese in good style', () => {
    for (const title of Object.values(RULE_ACTION_TITLES)) {
      for (const n of [1, 2]) {
        expect(title.en(n)).not.toBe(title.zh(n));
        expect(styleFaults(title.zh(n)), title.zh(n)).toEqual([]);
      }
    }
  });

  it('writes the CLI summary in good Chinese', () => {
    const t = { ...emptyTotals(), files: 6, failed: 1, errors: 2, warnings: 3, infos: 1, fixableErrors: 1, fixableWarnings: 2, withSuggestions: 1, skipped: 1 };
    const lines = [...summaryLines(t, 'zh', { fixMode: false, dryRun: false }), ...summaryLines({ ...t, fixed: 3, filesFixed: 2 }, 'zh', { fixMode: true, dryRun: true })];
    for (const line of lines) expect(styleFaults(line.replace(/^[✔✖] /, '').trim()), line).toEqual([]);
  });

  it('writes every rule message, fix title, suggestion title and related message in both languages, the Chinese in good style', () => {
    const seen = new Map<string, { where: string; text: Localized }>();
    const add = (where: string, text: Localized | undefined) => {
      if (text && !seen.has(text.zh)) seen.set(text.zh, { where, text });
    };
    for (const file of planDocuments()) {
      const text = readFileSync(file, 'utf8');
      for (const profile of PROFILES) {
        for (const fullYear of [false, true]) {
          const config = defaultConfig(profile);
          for (const r of Object.values(config.rules)) if (r.severity === 'off') r.severity = 'warning';
          config.rules['month-gap']!.options.fullYear = fullYear;
          for (const p of lintText(text, config).problems) {
            const where = `${p.ruleId} in ${relative(fileURLToPath(root), file)}`;
            add(where, p.message);
            add(`${where} (fix title)`, p.fix?.title);
            for (const s of p.suggestions ?? []) add(`${where} (suggestion title)`, s.title);
            for (const r of p.related ?? []) add(`${where} (related)`, r.message);
          }
        }
      }
    }
    // past the cap a rule's problems end in one "and N more" problem: lint with a cap of 1 to see it
    const capped = lintText('一、甲\n三、乙\n五、丙\n', defaultConfig(), 1).problems.find((p) => /more problems/.test(p.message.en))!;
    expect(capped).toBeDefined();
    add(`${capped.ruleId} (problem cap)`, capped.message);
    // every rule says something on the documents, so the catalogue is the rules' own
    expect(new Set([...seen.values()].map((s) => s.where.split(' ')[0]))).toEqual(new Set(rules.map((r) => r.meta.id)));
    const faulty: string[] = [];
    for (const { where, text } of seen.values()) {
      if (!text.en || text.en === text.zh) faulty.push(`${where}: no English for ${text.zh}`);
      const faults = styleFaults(text.zh);
      if (faults.length) faulty.push(`${where}: ${faults.join(', ')}: ${text.zh}`);
    }
    expect(faulty).toEqual([]);
  });

  it('describes every rule and option in both languages, the Chinese in good style', () => {
    const faulty: string[] = [];
    const check = (where: string, text: Localized) => {
      if (!text.en || text.en === text.zh) faulty.push(`${where}: no English`);
      const faults = styleFaults(text.zh);
      if (faults.length) faulty.push(`${where}: ${faults.join(', ')}: ${text.zh}`);
    };
    for (const r of rules) {
      check(r.meta.id, r.meta.description);
      for (const [name, o] of Object.entries(r.meta.options ?? {})) check(`${r.meta.id}.${name}`, o.description);
      // the docs page is prose of several sentences: one colon per sentence
      const docs = r.meta.docs;
      if (!docs.en || docs.en === docs.zh) faulty.push(`${r.meta.id} docs: no English`);
      for (const sentence of docs.zh.split(/(?<=[。！？])/)) {
        const faults = styleFaults(sentence);
        if (faults.length) faulty.push(`${r.meta.id} docs: ${faults.join(', ')}: ${sentence}`);
      }
    }
    expect(faulty).toEqual([]);
  });
});

/** The plan documents the tests, the examples and the real corpus hold (.txt, .md, .plan). */
function planDocuments(): string[] {
  const files: string[] = [];
  const walk = (dir: string) => {
    if (!existsSync(dir)) return;
    for (const name of readdirSync(dir).sort()) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (/\.(txt|md|plan)$/.test(name)) files.push(path);
    }
  };
  const base = fileURLToPath(root);
  walk(join(base, 'test/fixtures'));
  walk(join(base, 'examples'));
  walk(join(base, '../shared/corpus/real/docs'));
  return files;
}
