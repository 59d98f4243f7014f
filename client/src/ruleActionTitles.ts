// The titles of the actions every problem gets (ruleActions.ts), in the document's language: a Chinese plan gets
// Chinese titles beside the server's Chinese fixes, whatever VS Code's display language. Several rules reported on
// one line share one action each (the titles say how many), so the menu never lists two identical entries.
// No vscode import, so the message catalogue test reads them.
export type ActionLocale = 'zh' | 'en';

type Title = (count: number) => string;

export const RULE_ACTION_TITLES: Record<'disableLine' | 'disableFile' | 'readRule', Record<ActionLocale, Title>> = {
  disableLine: {
    zh: (n) => (n > 1 ? `在本行禁用这${n}条规则` : '在本行禁用此规则'),
    en: (n) => (n > 1 ? `Disable these ${n} rules on this line` : 'Disable this rule on this line'),
  },
  disableFile: {
    zh: (n) => (n > 1 ? `在本文件禁用这${n}条规则` : '在本文件禁用此规则'),
    en: (n) => (n > 1 ? `Disable these ${n} rules in this file` : 'Disable this rule in this file'),
  },
  readRule: {
    zh: (n) => (n > 1 ? `查看这${n}条规则的说明` : '查看规则说明'),
    en: (n) => (n > 1 ? `Read about these ${n} rules` : 'Read about this rule'),
  },
};

export function ruleActionTitle(key: keyof typeof RULE_ACTION_TITLES, locale: ActionLocale, count = 1): string {
  return RULE_ACTION_TITLES[key][locale](count);
}
