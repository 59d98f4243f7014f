// Checks a config file's content beyond its shape (core/config validates that): keys that would reach
// Object.prototype, option values outside the rule's schema, rule arrays longer than [severity, options], and
// unknown keys inside overrides. These were accepted silently (issue 15), so a typo changed nothing and said
// nothing.
import { parseTree, type Node } from 'jsonc-parser';
import { ruleById } from '../core/rules/registry.js';
import type { Localized } from '../core/types.js';

export interface StrictIssue {
  key: string;
  message: Localized;
}

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);
const OVERRIDE_KEYS = new Set(['files', 'rules', 'profile']);

/**
 * `__proto__` and its kin, found in the text: a parser assigning `obj["__proto__"] = …` sets the object's
 * prototype instead of a key, so the parsed value no longer shows it. Returns the key path and its line.
 */
export function forbiddenKeysInText(text: string): (StrictIssue & { line: number })[] {
  const out: (StrictIssue & { line: number })[] = [];
  const root = parseTree(text, [], { allowTrailingComma: true, disallowComments: false });
  const walk = (node: Node | undefined, path: string) => {
    if (!node?.children) return;
    node.children.forEach((child, index) => {
      if (node.type === 'array') walk(child, `${path}[${index}]`);
      else if (child.type === 'property') {
        const [keyNode, valueNode] = child.children ?? [];
        const key = String(keyNode?.value ?? '');
        const here = path ? `${path}.${key}` : key;
        if (FORBIDDEN_KEYS.has(key)) {
          out.push({ key: here, line: text.slice(0, child.offset).split('\n').length, message: { zh: `不允许使用键名“${key}”`, en: `The key "${key}" is not allowed` } });
        } else walk(valueNode, here);
      } else walk(child, path);
    });
  };
  walk(root, '');
  return out;
}

export function strictConfigIssues(value: unknown): StrictIssue[] {
  const issues: StrictIssue[] = [];
  findForbiddenKeys(value, '', issues, 0);
  if (!isObject(value)) return issues;
  checkRules(value.rules, 'rules', issues);
  if (Array.isArray(value.overrides)) {
    value.overrides.forEach((o, i) => {
      if (!isObject(o)) return;
      for (const k of Object.keys(o)) {
        if (!OVERRIDE_KEYS.has(k)) issues.push({ key: `overrides[${i}].${k}`, message: { zh: `overrides 中未知的配置项“${k}”（可用：files、rules、profile）`, en: `Unknown setting "${k}" in an override (use files, rules, profile)` } });
      }
      checkRules(o.rules, `overrides[${i}].rules`, issues);
    });
  }
  return issues;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function findForbiddenKeys(value: unknown, path: string, issues: StrictIssue[], depth: number): void {
  if (depth > 40 || typeof value !== 'object' || value === null) return;
  for (const key of Object.keys(value)) {
    const here = path ? `${path}.${key}` : key;
    if (FORBIDDEN_KEYS.has(key)) {
      issues.push({ key: here, message: { zh: `不允许使用键名“${key}”`, en: `The key "${key}" is not allowed` } });
      continue;
    }
    findForbiddenKeys((value as Record<string, unknown>)[key], here, issues, depth + 1);
  }
}

function checkRules(rules: unknown, path: string, issues: StrictIssue[]): void {
  if (!isObject(rules)) return;
  for (const [id, setting] of Object.entries(rules)) {
    const rule = ruleById(id);
    if (!rule || !Array.isArray(setting)) continue; // unknown rules and bad severities: core/config reports them
    if (setting.length > 2) {
      issues.push({ key: `${path}.${id}`, message: { zh: '规则设置最多两项：["严重程度", { 选项 }]', en: 'A rule setting has at most two elements: ["severity", { options }]' } });
    }
    const options = setting[1];
    if (!isObject(options)) continue;
    for (const [name, v] of Object.entries(options)) {
      const allowed = rule.meta.options?.[name]?.schema.enum as unknown[] | undefined;
      if (allowed && !allowed.includes(v)) {
        const list = allowed.map((a) => JSON.stringify(a)).join(', ');
        issues.push({ key: `${path}.${id}.${name}`, message: { zh: `选项 ${name} 的值 ${JSON.stringify(v)} 无效，可用：${list}`, en: `Option ${name} cannot be ${JSON.stringify(v)}; use one of ${list}` } });
      }
    }
  }
}
