import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The extension manifest: everything it points at exists, every command is
// reachable and localised, and the rule settings match the generated schema.
const root = new URL('../../', import.meta.url);
const read = (p: string) => readFileSync(new URL(p, root), 'utf8');
const pkg = JSON.parse(read('package.json'));
const c = pkg.contributes;

describe('package.json contributes', () => {
  it('points at files that exist', () => {
    const paths = [
      pkg.main, pkg.icon,
      ...c.languages.filter((l: { configuration?: string }) => l.configuration).map((l: { configuration: string }) => l.configuration),
      ...c.grammars.map((g: { path: string }) => g.path),
      ...c.snippets.map((s: { path: string }) => s.path),
      ...c.jsonValidation.map((j: { url: string }) => j.url),
    ].filter((p: string) => !p.startsWith('./dist/'));
    for (const p of paths) expect(existsSync(new URL(p, root)), p).toBe(true);
  });

  it('gives every command the PlanDoc category and a localised title', () => {
    const required = ['renumberList', 'renumberDocument', 'fixAll', 'insertNextItem', 'promoteItem', 'demoteItem', 'showTimeline', 'openRuleDocumentation', 'toggleValidation'];
    const ids = c.commands.map((x: { command: string }) => x.command);
    for (const r of required) expect(ids).toContain(`plandoc.${r}`);
    for (const cmd of c.commands) {
      expect(cmd.category).toBe('PlanDoc');
      expect(cmd.title).toMatch(/^%.+%$/);
    }
  });

  it('binds Enter, Tab and Shift+Tab only in checked documents, and only to declared commands', () => {
    const ids = new Set(c.commands.map((x: { command: string }) => x.command));
    const keys = Object.fromEntries(c.keybindings.map((k: { key: string; command: string; when: string }) => [k.key, k]));
    expect(keys.enter.command).toBe('plandoc.onEnterKey');
    expect(keys.tab.command).toBe('plandoc.onTabKey');
    expect(keys['shift+tab'].command).toBe('plandoc.onShiftTabKey');
    // outside items the keys stay VS Code's own
    expect(keys.enter.when).toContain('plandoc.cursorInItemText');
    expect(keys.tab.when).toContain('plandoc.cursorAtItemStart');
    expect(keys['shift+tab'].when).toContain('plandoc.cursorAtItemStart');
    for (const k of c.keybindings) {
      expect(ids.has(k.command), k.command).toBe(true);
      expect(k.when).toContain('plandoc.listEditing');
      if (k.key !== 'ctrl+alt+enter') expect(k.when).toContain('!suggestWidgetVisible');
    }
  });

  it('offers every rule of the generated schema in the plandoc.rules setting', () => {
    const schema = JSON.parse(read('schemas/plandocrc.schema.json'));
    const setting = c.configuration.properties['plandoc.rules'].properties;
    expect(Object.keys(setting).sort()).toEqual(Object.keys(schema.properties.rules.properties).sort());
    execFileSync(process.execPath, [new URL('client/scripts/sync-rule-settings.mjs', root).pathname, '--check']);
  });

  it('declares the four settings the language server reads, with zh/en descriptions', () => {
    for (const key of ['plandoc.profile', 'plandoc.rules', 'plandoc.run', 'plandoc.validate']) {
      expect(c.configuration.properties[key]?.markdownDescription, key).toMatch(/^%.+%$/);
    }
    expect(c.configuration.properties['plandoc.run'].enum).toEqual(['onType', 'onSave']);
  });

  it('contributes snippets for every plan skeleton', () => {
    const snippets = JSON.parse(read('snippets/plandoc.code-snippets')) as Record<string, { prefix: string[]; body: string[] }>;
    for (const name of ['年度工作计划', '季度安排', '学期行事历', '实施方案', '活动方案', '工作总结', '规章制度', '公文层次']) {
      expect(snippets[name], name).toBeDefined();
      expect(snippets[name]!.prefix).toContain(name);
    }
    const annual = snippets['年度工作计划']!.body.join('\n');
    for (const m of ['一月份', '六月份', '十二月份', '指导思想', '工作目标', '主要任务', '保障措施']) expect(annual).toContain(m);
    expect(snippets['学期行事历']!.body.join('\n')).toContain('第20周');
    expect(snippets['规章制度']!.body.join('\n')).toMatch(/第一章[\s\S]*第一条/);
  });

  it('packages only an allowlist', () => {
    const ignore = read('.vscodeignore').split('\n').map((l) => l.trim());
    expect(ignore).toContain('**');
    for (const entry of ['!dist/client.cjs', '!dist/features.cjs', '!dist/languageClient.cjs', '!dist/server.js', '!README.md', '!CHANGELOG.md', '!LICENSE', '!images/icon.png', '!language-configuration.json']) {
      expect(ignore).toContain(entry);
    }
    for (const f of ['LICENSE', 'CHANGELOG.md', 'images/icon.png']) expect(existsSync(new URL(f, root)), f).toBe(true);
  });
});

describe('package.json capabilities.untrustedWorkspaces', () => {
  const props: Record<string, { type?: string }> = c.configuration.properties
    ?? Object.assign({}, ...c.configuration.map((x: { properties: object }) => x.properties));
  const u = pkg.capabilities.untrustedWorkspaces;

  it('is limited, and restricts only declared settings', () => {
    expect(u.supported).toBe('limited');
    expect(u.restrictedConfigurations.length).toBeGreaterThan(0);
    for (const k of u.restrictedConfigurations) expect(Object.keys(props), k).toContain(k);
  });

  it('restricts the settings that widen what is read or copy document text out', () => {
    // validate: "*" would make the server read every document of any language;
    // trace.server: verbose copies document text into the Output log
    expect(u.restrictedConfigurations).toEqual(expect.arrayContaining(['plandoc.validate', 'plandoc.trace.server']));
    // any future setting naming a path, a command, a program or a plugin must be restricted too
    const word = /(?:^|\.)(?:path|file|dir|command|exec|program|plugin|module|script|node)|(?:Path|File|Dir|Command|Exec|Program|Plugin|Module|Script|Node)/;
    const risky = Object.keys(props).map((k) => k.replace(/^plandoc\./, '')).filter((k) => word.test(k)).map((k) => `plandoc.${k}`);
    expect(word.test('configFile') && word.test('server.path') && !word.test('profile')).toBe(true);
    for (const k of risky) expect(u.restrictedConfigurations, k).toContain(k);
  });

  it('explains itself in Chinese and English, naming every restricted setting in both', () => {
    const [zh, en] = u.description.split(' — ');
    expect(zh).toMatch(/[\u4e00-\u9fff]/);
    expect(en).toMatch(/^[\x20-\x7e]+$/);
    expect(zh).not.toMatch(/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef] | [\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/);
    expect(zh).not.toMatch(/["']/);
    for (const k of u.restrictedConfigurations) {
      expect(zh).toContain(`“${k}”`);
      expect(en).toContain(k);
    }
  });
});
