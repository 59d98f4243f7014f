// UI language: --locale, else LC_ALL / LC_MESSAGES / LANG / LANGUAGE (zh* → Chinese), else English
// (on Windows, which sets none of them, the system locale).
import type { Locale } from '../core/types.js';

export function detectLocale(env: NodeJS.ProcessEnv = process.env): Locale {
  for (const name of ['LC_ALL', 'LC_MESSAGES', 'LANG', 'LANGUAGE']) {
    const value = env[name];
    if (!value || value === 'C' || value === 'POSIX' || value.startsWith('C.')) continue;
    return value.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  }
  // Windows sets no LANG: ask the system there. Elsewhere skip Intl, whose first use costs tens of milliseconds.
  if (process.platform !== 'win32') return 'en';
  try {
    return Intl.DateTimeFormat().resolvedOptions().locale.toLowerCase().startsWith('zh') ? 'zh' : 'en';
  } catch {
    return 'en';
  }
}

export function parseLocale(value: string): Locale | undefined {
  const v = value.toLowerCase();
  if (v === 'zh' || v.startsWith('zh-') || v.startsWith('zh_')) return 'zh';
  if (v === 'en' || v.startsWith('en-') || v.startsWith('en_')) return 'en';
  return undefined;
}
