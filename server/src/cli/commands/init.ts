// plandoc init: writes a commented .plandocrc.jsonc listing every rule at its default severity.
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { rules } from '../../core/rules/registry.js';
import type { Locale } from '../../core/types.js';
import type { CliArgs } from '../args.js';
import { CliError } from '../errors.js';

export const INIT_FILE = '.plandocrc.jsonc';

export function initConfigText(profile: string, locale: Locale): string {
  const zh = locale === 'zh';
  const ruleLines = rules.map((r, i) => {
    const comma = i < rules.length - 1 ? ',' : '';
    const fix = r.meta.fixable ? (zh ? '（可自动修复）' : ' (fixable)') : '';
    return `    // ${zh ? r.meta.description.zh : r.meta.description.en}${fix}\n    "${r.meta.id}": "${r.meta.defaultSeverity}"${comma}`;
  });
  return [
    zh ? '// PlanDoc 计划文档助手的配置。本文件允许注释（JSONC）。' : '// PlanDoc configuration. Comments are allowed (JSONC).',
    zh ? '// 它作用于本目录及其子目录中的文档；子目录中更近的配置文件优先。' : '// It applies to documents in this folder and below; a nearer config file in a subfolder wins.',
    zh ? '// 运行 plandoc rules 查看所有规则及其文档。' : '// Run plandoc rules for every rule and its documentation.',
    '{',
    '  "$schema": "./node_modules/plandoc-lint/schemas/plandocrc.schema.json",',
    zh ? '  // 规范档：common（默认，容忍常见写法）或 gbt9704（严格按 GB/T 9704-2012、GB/T 15834-2011）'
       : '  // Profile: common (default, tolerant of common practice) or gbt9704 (strictly by GB/T 9704-2012 and GB/T 15834-2011)',
    `  "profile": "${profile}",`,
    zh ? '  // 每条规则的级别："off" | "info" | "warning" | "error"，或 ["warning", { 选项 }]'
       : '  // Each rule\'s severity: "off" | "info" | "warning" | "error", or ["warning", { options }]',
    '  "rules": {',
    ...ruleLines,
    '  },',
    zh ? '  // 只对部分文件生效的设置' : '  // Settings for some files only',
    '  "overrides": [',
    '    // { "files": "规章制度/**/*.md", "profile": "gbt9704" }',
    '  ],',
    zh ? '  // 不检查的文件（glob，相对于本文件所在目录）；.gitignore 和 .plandocignore 也会生效'
       : '  // Files not to lint (globs relative to this file\'s folder); .gitignore and .plandocignore apply too',
    '  "ignores": ["node_modules/**", "dist/**"]',
    '}',
    '',
  ].join('\n');
}

export function initCommand(args: CliArgs, cwd: string, locale: Locale): number {
  const path = join(cwd, INIT_FILE);
  if (existsSync(path) && !args.force) {
    throw new CliError({ zh: `${INIT_FILE} 已存在，未覆盖（用 --force 覆盖）`, en: `${INIT_FILE} already exists and was left alone (use --force to overwrite)` });
  }
  try {
    writeFileSync(path, initConfigText(args.profile ?? 'common', locale));
  } catch (e) {
    throw new CliError({ zh: `无法写入 ${path}：${(e as Error).message}`, en: `Cannot write ${path}: ${(e as Error).message}` });
  }
  process.stdout.write(locale === 'zh' ? `已创建 ${INIT_FILE}\n` : `Created ${INIT_FILE}\n`);
  return 0;
}
