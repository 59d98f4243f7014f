import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { defaultConfig, lintText } from '../../server/src/core/linter.js';
import { fixAllTitle, fixRuleTitle, fixTitle, renumberTitle, standardStyleTitle } from '../../server/src/lsp/actionTitles.js';

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
});
