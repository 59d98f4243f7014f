// One config file's text to a validated PlanDoc config, with no file system: config/load.ts reads the file from
// disk, the browser build (web/configStore.ts) gets its text from the extension host. Both report the same
// errors: the file, the key and the line.
import { parse as parseJsonc, printParseErrorCode, type ParseError } from 'jsonc-parser';
import type { UserConfig } from '../core/config/types.js';
import { validateUserConfig } from '../core/config/resolve.js';
import type { Localized } from '../core/types.js';
import { lineBeyondDepth, MAX_CONFIG_DEPTH } from './jsonDepth.js';
import { forbiddenKeysInText, strictConfigIssues } from './strictValidation.js';

export class ConfigError extends Error {
  constructor(readonly file: string, readonly key: string, readonly localized: Localized, readonly line?: number) {
    super(`${file}${line ? `:${line}` : ''}${key ? ` (${key})` : ''}: ${localized.en}`);
  }
  format(locale: 'zh' | 'en'): string {
    const where = `${this.file}${this.line ? `:${this.line}` : ''}`;
    const key = this.key ? (locale === 'zh' ? `，配置项 ${this.key}` : `, key ${this.key}`) : '';
    return locale === 'zh' ? `配置无效：${where}${key}：${this.localized.zh}` : `Invalid configuration: ${where}${key}: ${this.localized.en}`;
  }
}

export interface LoadedConfigFile {
  file: string;
  dir: string;
  config: UserConfig;
}

/** Parses and validates the text of `file` (a package.json contributes its "plandoc" key); throws ConfigError. */
export function parseConfigText(file: string, text: string): UserConfig {
  const deep = lineBeyondDepth(text);
  if (deep !== undefined) {
    throw new ConfigError(file, '', { zh: `嵌套超过 ${MAX_CONFIG_DEPTH} 层，不是有效的 PlanDoc 配置`, en: `Nested more than ${MAX_CONFIG_DEPTH} levels deep; this is not a PlanDoc configuration` }, deep);
  }
  const errors: ParseError[] = [];
  const parsed = parseJsonc(text, errors, { allowTrailingComma: true, disallowComments: false });
  if (errors.length) {
    const e = errors[0]!;
    const line = text.slice(0, e.offset).split('\n').length;
    throw new ConfigError(file, '', { zh: `JSON 语法错误：${printParseErrorCode(e.error)}`, en: `JSON syntax error: ${printParseErrorCode(e.error)}` }, line);
  }
  const isPackage = file.endsWith('package.json');
  // in package.json only the "plandoc" key is ours to judge
  const forbidden = forbiddenKeysInText(text).find((k) => !isPackage || k.key.startsWith('plandoc.'));
  if (forbidden) throw new ConfigError(file, forbidden.key, forbidden.message, forbidden.line);
  const value = isPackage ? (parsed as Record<string, unknown> | undefined)?.plandoc : parsed;
  const issues = [...validateUserConfig(value ?? {}), ...strictConfigIssues(value ?? {})];
  if (issues.length) {
    const first = issues[0]!;
    const key = isPackage ? `plandoc.${first.key}` : first.key;
    throw new ConfigError(file, key, first.message, lineOfKey(text, first.key));
  }
  return (value ?? {}) as UserConfig;
}

/** Best-effort line of the last segment of a key path, for the error message. */
function lineOfKey(text: string, key: string): number | undefined {
  const last = key.split(/[.[\]]/).filter(Boolean).pop();
  if (!last) return undefined;
  const at = text.indexOf(`"${last}"`);
  return at >= 0 ? text.slice(0, at).split('\n').length : undefined;
}
