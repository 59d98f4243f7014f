import { describe, expect, it } from 'vitest';
import { defaultConfig, lintText } from '../../server/src/core/linter.js';
import { fixRuleTitle, fixTitle, renumberTitle } from '../../server/src/lsp/actionTitles.js';
import { rules } from '../../server/src/core/rules/registry.js';

// Code action titles say what the action does to the text, in the writer's language, without rule ids.
function titlesOf(text: string, locale: 'zh' | 'en' = 'zh'): string[] {
  const { model, problems } = lintText(text, defaultConfig());
  return problems.filter((p) => p.fix).map((p) => fixTitle(model, p, locale));
}

describe('code action titles', () => {
  it('name the marker the fix writes', () => {
    expect(titlesOf('一、甲\n三、乙\n')).toContain('改为“二、”');
    expect(titlesOf('一、甲\n三、乙\n', 'en')).toContain('Change to “二、”');
    expect(titlesOf('一、总体\n（一）、提高认识\n（二）加强领导\n')).toContain('改为“（一）”');
  });

  it('name the numbers a renumbering gives, from the first item\'s 1', () => {
    const { model } = lintText('3、甲\n4、乙\n5、丙\n6、丁\n');
    expect(renumberTitle(model.markers, 'zh')).toBe('将本列表重新编号为1—4');
    const cn = lintText('三、甲\n四、乙\n').model;
    expect(renumberTitle(cn.markers, 'zh')).toBe('将本列表重新编号为一—二');
  });

  it('never show a rule id', () => {
    const ids = rules.map((r) => r.meta.id);
    const titles = [...titlesOf('一、甲\n三、乙\n（一）、丙\n1、a\n2. b\n'), fixRuleTitle(3, 'zh'), fixRuleTitle(3, 'en')];
    expect(titles.length).toBeGreaterThan(3);
    for (const title of titles) for (const id of ids) expect(title, title).not.toContain(id);
  });
});
