// The titles of the actions every problem gets (ruleActions.ts), in the document's language: a Chinese plan gets
// Chinese titles beside the server's Chinese fixes, whatever VS Code's display language. No vscode import, so the
// message catalogue test reads them.
export type ActionLocale = 'zh' | 'en';

export const RULE_ACTION_TITLES = {
  disableLine: { zh: '在本行禁用此规则', en: 'Disable this rule on this line' },
  disableFile: { zh: '在本文件禁用此规则', en: 'Disable this rule in this file' },
  readRule: { zh: '查看规则说明', en: 'Read about this rule' },
} as const;

export function ruleActionTitle(key: keyof typeof RULE_ACTION_TITLES, locale: ActionLocale): string {
  return RULE_ACTION_TITLES[key][locale];
}
