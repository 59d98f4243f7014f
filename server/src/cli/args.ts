// Command-line parsing without a dependency: `--name value`, `--name=value`, short aliases, repeatable options.
import type { Locale, Severity } from '../core/types.js';
import type { ProfileName } from '../core/config/types.js';
import { ENCODING_ALIASES, type EncodingName } from '../io/encoding.js';
import { parseByteSize } from '../io/readDocument.js';
import { UsageError } from './errors.js';
import { parseLocale } from './locale.js';

export const COMMANDS = ['lint', 'outline', 'timeline', 'rules', 'init', 'mcp', 'help', 'version'] as const;
export type Command = (typeof COMMANDS)[number];

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'junit', 'checkstyle'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface CliArgs {
  command: Command;
  positionals: string[];
  locale?: Locale;
  color?: boolean;
  help: boolean;
  format?: string;
  outputFile?: string;
  fix: boolean;
  fixDryRun: boolean;
  maxWarnings?: number;
  quiet: boolean;
  rules: Record<string, Severity | 'off'>;
  configFile?: string;
  noConfig: boolean;
  profile?: ProfileName;
  stdin: boolean;
  stdinFilename?: string;
  jobs?: number;
  cache: boolean;
  cacheLocation?: string;
  shard?: { index: number; count: number };
  encoding?: EncodingName;
  maxFileSize?: number;
  extensions?: string[];
  ignore: boolean;
  force: boolean;
  /** --follow-symlinks: walk linked folders and let --fix write through links to outside the linted folders */
  followSymlinks?: boolean;
  /** --print-config FILE: print the settings for FILE instead of linting */
  printConfig?: string;
  /** --since REF: lint only files changed since this git ref */
  since?: string;
}

/** The highest --max-file-size: a 200 MB document ran V8 out of memory (exit 134) instead of being refused. */
export const MAX_FILE_SIZE_CEILING = 64 * 1024 * 1024;

type Kind = 'flag' | 'value';
const OPTIONS: Record<string, { kind: Kind; key: string }> = {
  '--locale': { kind: 'value', key: 'locale' },
  '--color': { kind: 'flag', key: 'color' },
  '--no-color': { kind: 'flag', key: 'noColor' },
  '--help': { kind: 'flag', key: 'help' },
  '--version': { kind: 'flag', key: 'version' },
  '--format': { kind: 'value', key: 'format' },
  '--output-file': { kind: 'value', key: 'outputFile' },
  '--fix': { kind: 'flag', key: 'fix' },
  '--fix-dry-run': { kind: 'flag', key: 'fixDryRun' },
  '--max-warnings': { kind: 'value', key: 'maxWarnings' },
  '--quiet': { kind: 'flag', key: 'quiet' },
  '--rule': { kind: 'value', key: 'rule' },
  '--config': { kind: 'value', key: 'config' },
  '--no-config': { kind: 'flag', key: 'noConfig' },
  '--profile': { kind: 'value', key: 'profile' },
  '--stdin': { kind: 'flag', key: 'stdin' },
  '--stdin-filename': { kind: 'value', key: 'stdinFilename' },
  '--jobs': { kind: 'value', key: 'jobs' },
  '--cache': { kind: 'flag', key: 'cache' },
  '--cache-location': { kind: 'value', key: 'cacheLocation' },
  '--shard': { kind: 'value', key: 'shard' },
  '--encoding': { kind: 'value', key: 'encoding' },
  '--max-file-size': { kind: 'value', key: 'maxFileSize' },
  '--ext': { kind: 'value', key: 'ext' },
  '--no-ignore': { kind: 'flag', key: 'noIgnore' },
  '--force': { kind: 'flag', key: 'force' },
  '--follow-symlinks': { kind: 'flag', key: 'followSymlinks' },
  '--print-config': { kind: 'value', key: 'printConfig' },
  '--since': { kind: 'value', key: 'since' },
};
const SHORT: Record<string, string> = { '-f': '--format', '-o': '--output-file', '-q': '--quiet', '-c': '--config', '-j': '--jobs', '-h': '--help', '-v': '--version', '-V': '--version' };

function usage(zh: string, en: string): UsageError {
  return new UsageError({ zh, en });
}

export function parseArgs(argv: string[]): CliArgs {
  const out: CliArgs = { command: 'lint', positionals: [], help: false, fix: false, fixDryRun: false, quiet: false, rules: {}, noConfig: false, stdin: false, cache: false, ignore: true, force: false };
  let commandSeen = false;
  let onlyPositionals = false;
  let version = false;
  for (let i = 0; i < argv.length; i++) {
    let arg = argv[i]!;
    if (onlyPositionals || arg === '-' || !arg.startsWith('-')) {
      if (!commandSeen && !onlyPositionals && (COMMANDS as readonly string[]).includes(arg)) {
        out.command = arg as Command;
        commandSeen = true;
      } else out.positionals.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyPositionals = true;
      continue;
    }
    let inline: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      inline = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const name = SHORT[arg] ?? arg;
    const spec = OPTIONS[name];
    if (!spec) throw usage(`未知选项：${arg}`, `Unknown option: ${arg}`);
    let value: string | undefined;
    if (spec.kind === 'value') {
      value = inline ?? argv[++i];
      if (value === undefined) throw usage(`选项 ${name} 需要一个值`, `Option ${name} needs a value`);
    } else if (inline !== undefined) {
      throw usage(`选项 ${name} 不接受值`, `Option ${name} takes no value`);
    }
    applyOption(out, spec.key, name, value);
    if (spec.key === 'version') version = true;
  }
  if (version && !out.help) out.command = 'version';
  if (out.command === 'help') {
    out.help = true;
    out.command = (out.positionals.shift() as Command | undefined) ?? 'lint';
    if (!(COMMANDS as readonly string[]).includes(out.command)) out.command = 'lint';
  }
  checkCombinations(out);
  return out;
}

function applyOption(out: CliArgs, key: string, name: string, value: string | undefined): void {
  const v = value ?? '';
  switch (key) {
    case 'locale': {
      const locale = parseLocale(v);
      if (!locale) throw usage(`--locale 只能是 zh 或 en，收到“${v}”`, `--locale must be zh or en, got "${v}"`);
      out.locale = locale;
      return;
    }
    case 'color': out.color = true; return;
    case 'noColor': out.color = false; return;
    case 'help': out.help = true; return;
    case 'version': return;
    case 'format': out.format = v; return;
    case 'outputFile': out.outputFile = v; return;
    case 'fix': out.fix = true; return;
    case 'fixDryRun': out.fixDryRun = true; return;
    case 'maxWarnings': out.maxWarnings = v === '-1' ? undefined : nonNegativeInt(name, v); return; // -1: no limit, as in ESLint
    case 'quiet': out.quiet = true; return;
    case 'rule': parseRuleOption(out, v); return;
    case 'config': out.configFile = v; return;
    case 'noConfig': out.noConfig = true; return;
    case 'profile':
      if (v !== 'common' && v !== 'gbt9704') throw usage(`--profile 只能是 common 或 gbt9704，收到“${v}”`, `--profile must be common or gbt9704, got "${v}"`);
      out.profile = v;
      return;
    case 'stdin': out.stdin = true; return;
    case 'stdinFilename': out.stdinFilename = v; return;
    case 'jobs': {
      const n = nonNegativeInt(name, v);
      if (n < 1) throw usage('--jobs 至少为 1', '--jobs must be at least 1');
      out.jobs = n;
      return;
    }
    case 'cache': out.cache = true; return;
    case 'cacheLocation': out.cacheLocation = v; out.cache = true; return;
    case 'shard': out.shard = parseShard(v); return;
    case 'encoding': {
      const enc = v.toLowerCase() === 'auto' ? undefined : ENCODING_ALIASES[v.toLowerCase()];
      if (!enc && v.toLowerCase() !== 'auto') throw usage(`不支持的编码“${v}”（可用：auto、utf8、utf16le、utf16be、gb18030、gbk）`, `Unsupported encoding "${v}" (use auto, utf8, utf16le, utf16be, gb18030 or gbk)`);
      out.encoding = enc;
      return;
    }
    case 'maxFileSize': {
      const n = parseByteSize(v);
      if (n === undefined || n <= 0) throw usage(`--max-file-size 应为正的大小，如 10MB，收到“${v}”`, `--max-file-size must be a positive size such as 10MB, got "${v}"`);
      // past this one document no longer fits in the memory a Node process gets by default
      if (n > MAX_FILE_SIZE_CEILING) throw usage(`--max-file-size 最大为 ${MAX_FILE_SIZE_CEILING / 1024 / 1024}MB，收到“${v}”；更大的文档请先拆分`, `--max-file-size is at most ${MAX_FILE_SIZE_CEILING / 1024 / 1024}MB, got "${v}"; split a larger document first`);
      out.maxFileSize = n;
      return;
    }
    case 'ext': {
      const exts = v.split(',').map((e) => e.trim()).filter(Boolean).map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
      if (!exts.length) throw usage('--ext 需要扩展名，如 .txt,.md', '--ext needs extensions such as .txt,.md');
      out.extensions = [...(out.extensions ?? []), ...exts];
      return;
    }
    case 'noIgnore': out.ignore = false; return;
    case 'force': out.force = true; return;
    case 'followSymlinks': out.followSymlinks = true; return;
    case 'printConfig': out.printConfig = v; return;
    case 'since': out.since = v; return;
  }
}

function nonNegativeInt(name: string, v: string): number {
  if (!/^\d+$/.test(v)) throw usage(`${name} 需要一个非负整数，收到“${v}”`, `${name} needs a non-negative integer, got "${v}"`);
  return Number(v);
}

const SEVERITY_VALUES = ['off', 'info', 'warning', 'error'] as const;

/** `--rule id=severity`, also `id:severity` and comma-separated lists. Unknown ids are checked later against the registry. */
function parseRuleOption(out: CliArgs, v: string): void {
  for (const part of v.split(',').map((s) => s.trim()).filter(Boolean)) {
    const m = /^([\w-]+)\s*[=:]\s*(\w+)$/.exec(part);
    const sev = m?.[2]?.toLowerCase();
    const severity = sev === 'warn' ? 'warning' : sev;
    if (!m || !(SEVERITY_VALUES as readonly string[]).includes(severity ?? '')) {
      throw usage(`--rule 的格式是 规则id=off|info|warning|error，收到“${part}”`, `--rule takes rule-id=off|info|warning|error, got "${part}"`);
    }
    out.rules[m[1]!] = severity as Severity | 'off';
  }
}

function parseShard(v: string): { index: number; count: number } {
  const m = /^(\d+)\/(\d+)$/.exec(v.trim());
  const index = Number(m?.[1]);
  const count = Number(m?.[2]);
  if (!m || count < 1 || index < 1 || index > count) {
    throw usage(`--shard 的格式是 i/n（1 ≤ i ≤ n），如 1/4，收到“${v}”`, `--shard takes i/n with 1 ≤ i ≤ n, such as 1/4, got "${v}"`);
  }
  return { index, count };
}

function checkCombinations(a: CliArgs): void {
  if (a.fix && a.fixDryRun) throw usage('--fix 与 --fix-dry-run 不能同时使用', '--fix and --fix-dry-run cannot be combined');
  if (a.noConfig && a.configFile) throw usage('--config 与 --no-config 不能同时使用', '--config and --no-config cannot be combined');
  if (a.stdinFilename !== undefined && !a.stdin) throw usage('--stdin-filename 需要配合 --stdin 使用', '--stdin-filename requires --stdin');
  if (a.stdin && a.positionals.length && a.command === 'lint') throw usage('使用 --stdin 时不能再给出路径', 'Paths cannot be given together with --stdin');
  if (a.stdin && a.since !== undefined) throw usage('--since 与 --stdin 不能同时使用', '--since and --stdin cannot be combined');
}
