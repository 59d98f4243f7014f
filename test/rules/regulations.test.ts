// The 682 regulations of ../shared/corpus/regulations: every file lints without a crash, and every
// numbering, hierarchy or article finding is a real defect of the text, reviewed and listed here.
import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { lintText } from '../../server/src/core/linter.js';
import { defaultConfig } from '../../server/src/core/config/resolve.js';

const CORPUS = process.env.PLANDOC_CORPUS ?? resolve(__dirname, '../../../shared/corpus/regulations');
const STRUCTURE_RULES = new Set([
  'numbering-sequence', 'numbering-restart', 'heading-hierarchy', 'single-item-list', 'article-sequence', 'inline-sequence',
]);

/** file:line rule → why the finding is right. */
const REVIEWED: Record<string, string> = {
  '关于爱国卫生运动委员会及其办事机构若干问题的规定(1980-05-09).md:15 numbering-sequence':
    'the first section heading 爱卫会的性质和任务 (line 11) lost its 一、, so the list starts at ## 二、',
  '企业法人登记管理条例(2019-03-02).md:147 article-sequence': 'no 第九章 heading: 第八章 公示和证照管理 is followed by 第十章 监督管理',
  '建设工程抗震管理条例(2021-07-19).md:109 article-sequence': 'the 第三章 heading is missing: 第二章 is followed by 第四章 (the 条 run on without a gap)',
  '烈士褒扬条例(2019-08-01).md:65 article-sequence': 'the 第二章 heading is missing: 第一章 总则 is followed by 第三章',
  '烟草专卖法实施条例(2021-11-10).md:163 article-sequence': 'the 第七章 heading is missing: 第六章 is followed by 第八章',
  '私募投资基金监督管理条例(2023-07-03).md:347 article-sequence': 'the 第六章 heading is missing: 第五章 监督管理 is followed by 第七章 附则',
  '证券公司监督管理条例(2014-07-29).md:267 article-sequence': 'the 第四章 heading is missing: 第三章 组织机构 is followed by 第五章',
};

describe('regulations corpus', () => {
  const files = existsSync(CORPUS) ? readdirSync(CORPUS).filter((f) => f.endsWith('.md')).sort() : [];

  it(`is found at ${CORPUS} (set PLANDOC_CORPUS to move it)`, () => {
    expect(files.length, `the regulations corpus should be at ${CORPUS}: set PLANDOC_CORPUS to its path`).toBe(682);
  });

  it('every file lints without a crash, and the structure findings are exactly the reviewed real defects', () => {
    const found: string[] = [];
    for (const f of files) {
      const { problems } = lintText(readFileSync(join(CORPUS, f), 'utf8'), defaultConfig('common'));
      for (const p of problems) if (STRUCTURE_RULES.has(p.ruleId)) found.push(`${f}:${p.range.start.line + 1} ${p.ruleId}`);
    }
    expect(found.sort()).toEqual(Object.keys(REVIEWED).sort());
  });

  it('under gbt9704, heading-hierarchy reports the old texts that skip a level or open with （一）, and only those', () => {
    const found: string[] = [];
    for (const f of files) {
      const { problems } = lintText(readFileSync(join(CORPUS, f), 'utf8'), defaultConfig('gbt9704'));
      for (const p of problems) if (p.ruleId === 'heading-hierarchy') found.push(`${f}:${p.range.start.line + 1}`);
    }
    expect(found.sort()).toEqual(STRICT_HIERARCHY.sort());
  });
});

/** Strict-profile findings: 1． straight under 二、 (skipping （一）), and texts whose first list is (一). */
const STRICT_HIERARCHY = [
  '保护海底电缆规定(1973-05-30).md:5', // the text opens with (一) and has no 一、
  ...[15, 23, 35, 55, 65, 77, 87].map((l) => `关于实行专业技术职务聘任制度的规定(1986-02-18).md:${l}`), // 1． under 二、…十一、
  '关于爱国卫生运动委员会及其办事机构若干问题的规定(1980-05-09).md:17', // １． under 二、
  '国务院关于在我国统一实行法定计量单位的命令(1984-02-27).md:23', // (1) under 四、
  '矿产资源法实施细则(1994-03-26).md:315', // the 附件 opens with (一)
];
