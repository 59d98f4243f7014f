// plandoc lint: discover files, lint them (in worker threads for big runs), stream the report in file
// order, and choose the exit code.
import { rules, ruleById } from '../../core/rules/registry.js';
import type { Locale } from '../../core/types.js';
import { DEFAULT_MAX_FILE_BYTES } from '../../io/readDocument.js';
import { LINT_FORMATS, type CliArgs, type LintFormat } from '../args.js';
import { COLORS, NO_COLORS, useColor } from '../color.js';
import { FileConfigResolver, type ConfigOptions } from '../configFor.js';
import { DEFAULT_EXTENSIONS, discoverFiles } from '../discover.js';
import { CliError, EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS, UsageError } from '../errors.js';
import { loadFormatter } from '../formatters/index.js';
import type { FormatContext } from '../formatters/types.js';
import { displayPath, FileLinter, stdinVirtualPath, type LintJobOptions, type LintMode } from '../lintFile.js';
import { lintFiles, startWorkersEarly } from '../lintRun.js';
import { fileNotices, ignoredNotice, skippedPathNotices, unreadPackageJsonNotices, visibleName } from '../notices.js';
import { refuseOutputOverInput } from '../outputGuard.js';
import { openSink, writeReport } from '../output.js';
import { Progress } from '../progress.js';
import { addToTotals, emptyTotals, type FileResult } from '../results.js';
import { selectShard } from '../shard.js';
import { summaryLines } from '../summary.js';
import { VERSION } from '../version.js';
import { resolve } from 'node:path';
import type { Localized } from '../../core/types.js';

function stdinNotFixed(r: FileResult, maxBytes: number): { code: string; message: Localized } {
  const limit = `${(maxBytes / 1024 / 1024).toFixed(1)} MB`;
  if (r.status === 'skipped-size') {
    return { code: 'ETOOLARGE', message: { zh: `标准输入超过大小上限 ${limit}，未修复，也未输出任何内容。可用 --max-file-size 调整上限`, en: `Standard input exceeds the size limit of ${limit}; nothing was fixed or printed. Raise the limit with --max-file-size` } };
  }
  return { code: 'EBINARY', message: { zh: '标准输入看起来是二进制数据，不是文本文档，未修复，也未输出任何内容。如果它是文本，请用 --encoding 指定编码', en: 'Standard input looks like binary data, not a text document; nothing was fixed or printed. If it is text, name its --encoding' } };
}

export interface LintEnv {
  cwd: string;
  locale: Locale;
  /** standard input, read up to the size limit */
  stdin: (maxBytes: number) => Promise<Buffer | { kind: 'too-large'; size: number }>;
  /** the script worker threads run (dist/cli.js) */
  workerEntry: string;
}

export async function lintCommand(args: CliArgs, env: LintEnv): Promise<number> {
  const format = (args.format ?? 'stylish') as LintFormat;
  if (!(LINT_FORMATS as readonly string[]).includes(format)) {
    throw new UsageError({ zh: `未知的输出格式“${args.format}”（可用：${LINT_FORMATS.join('、')}）`, en: `Unknown format "${args.format}" (use ${LINT_FORMATS.join(', ')})` });
  }
  for (const id of Object.keys(args.rules)) {
    if (!ruleById(id)) throw new UsageError({ zh: `未知的规则“${id}”（运行 plandoc rules 查看全部规则）`, en: `Unknown rule "${id}" (run plandoc rules to list them)` });
  }
  const mode: LintMode = args.fix ? 'fix' : args.fixDryRun ? 'fix-dry-run' : 'lint';
  const config: ConfigOptions = { noConfig: args.noConfig, configFile: args.configFile, profile: args.profile, rules: args.rules };
  if (args.printConfig !== undefined) {
    const { printedConfig } = await import('../printConfig.js');
    writeReport(JSON.stringify(printedConfig(args.printConfig, config, env.cwd), null, 2) + '\n', args.outputFile, env.cwd);
    return EXIT_OK;
  }
  const maxBytes = args.maxFileSize ?? DEFAULT_MAX_FILE_BYTES;
  const options: LintJobOptions = { cwd: env.cwd, locale: env.locale, mode, encoding: args.encoding, maxBytes, config, useCache: args.cache && !args.stdin, followSymlinks: args.followSymlinks };
  const exactName = (p: string) => (p === '<stdin>' ? p : displayPath(p, env.cwd));
  // a terminal or an XML report shows control characters in a name as \xNN; JSON and SARIF escape them already
  const display = format === 'json' || format === 'sarif' ? exactName : (p: string) => visibleName(exactName(p));
  const shownOnStderr = (p: string) => visibleName(exactName(p));
  /** a package.json on the config search path that is a FIFO, a device, a folder or too large is said once */
  const notePackageJsons = (resolver: FileConfigResolver, paths: readonly string[]) => {
    if (config.noConfig || config.configFile) return;
    for (const p of paths) resolver.sourceFor(p);
    if (resolver.unreadPackageJson.length) process.stderr.write(unreadPackageJsonNotices(resolver.unreadPackageJson, shownOnStderr, env.locale).join('\n') + '\n');
  };

  // --stdin --fix prints the fixed document on stdout, so the report moves to stderr
  const reportStream = args.stdin && args.fix ? process.stderr : process.stdout;
  const colored = format === 'stylish' && !args.outputFile && useColor(reportStream, args.color);
  const ctx: FormatContext = { cwd: env.cwd, locale: env.locale, colors: colored ? COLORS : NO_COLORS, version: VERSION, rules: rules.map((r) => r.meta), display };

  // worker threads start loading the linter now, in parallel with discovery (closed by lintFiles)
  const early = await startWorkersEarly(args, options, env.workerEntry);
  let files: string[] = [];
  let skippedInDiscovery = 0;
  if (args.stdin && args.outputFile && args.stdinFilename) refuseOutputOverInput(resolve(env.cwd, args.outputFile), [resolve(env.cwd, args.stdinFilename)], exactName);
  if (!args.stdin) try {
    const resolver = new FileConfigResolver(config); // reports a bad --config before any work
    const found = await discoverFiles(args.positionals.length ? args.positionals : ['.'], {
      cwd: env.cwd,
      extensions: args.extensions ?? DEFAULT_EXTENSIONS,
      useIgnoreFiles: args.ignore,
      isIgnoredByConfig: (f) => args.ignore && resolver.isIgnoredByConfig(f),
      followSymlinks: args.followSymlinks,
    });
    if (found.missing.length) {
      const list = found.missing.join(', ');
      throw new CliError({ zh: `找不到文件或目录：${list}（请检查路径或 glob 是否正确）`, en: `No such file or directory: ${list} (check the path or glob)` });
    }
    if (!args.quiet && found.ignoredExplicit.length) process.stderr.write(ignoredNotice(found.ignoredExplicit.map(visibleName), env.locale).join('\n') + '\n');
    if (found.skipped.length) process.stderr.write(skippedPathNotices(found.skipped, shownOnStderr, env.locale).join('\n') + '\n');
    skippedInDiscovery = found.skipped.filter((s) => s.reason !== 'ignore-file').length;
    options.roots = found.roots;
    let candidates = found.files;
    if (args.since !== undefined) {
      const { changedSince, keepChanged } = await import('../since.js');
      candidates = keepChanged(candidates, changedSince(args.since, env.cwd));
    }
    files = selectShard(candidates, args.shard);
    notePackageJsons(resolver, files);
    if (args.outputFile) refuseOutputOverInput(resolve(env.cwd, args.outputFile), files, exactName);
  } catch (e) {
    await early?.close();
    throw e;
  }

  const all = emptyTotals();
  all.skipped += skippedInDiscovery;
  // what the report counts: the same as `all` unless --quiet hides warnings and infos
  const shown = args.quiet ? emptyTotals() : all;
  const stream = (await loadFormatter(format))(ctx);
  const sink = openSink(args.outputFile, env.cwd, reportStream);
  // a dry run prints its diffs first and the report after them
  const held: FileResult[] = [];
  const progress = Progress.for(files.length);
  const emit = (r: FileResult) => {
    addToTotals(all, r);
    const visible = args.quiet ? { ...r, problems: r.problems.filter((p) => p.severity === 'error') } : r;
    if (shown !== all) addToTotals(shown, visible);
    const notices = fileNotices([r], shownOnStderr, env.locale, maxBytes);
    progress.clear();
    if (notices.length) process.stderr.write(notices.join('\n') + '\n');
    if (r.status !== 'linted') return;
    if (mode === 'fix-dry-run') {
      if (r.diff) process.stdout.write(r.diff);
      held.push({ ...visible, diff: undefined });
    } else sink.write(stream.file(visible));
  };

  try {
    if (mode !== 'fix-dry-run') sink.write(stream.begin());
    if (args.stdin) {
      const input = await env.stdin(maxBytes);
      const virtualPath = stdinVirtualPath(env.cwd, args.stdinFilename);
      notePackageJsons(new FileConfigResolver(config), [virtualPath]);
      const result: FileResult = Buffer.isBuffer(input)
        ? new FileLinter(options).lintStdin(input, virtualPath)
        : { path: virtualPath, status: 'skipped-size', size: input.size, problems: [], fixesApplied: 0 };
      if (!args.stdinFilename) result.path = '<stdin>';
      // an editor replaces its buffer by what --stdin --fix prints: printing nothing for input that was not
      // linted would empty it, so such input is refused with exit 2 instead
      if (args.fix && result.status !== 'linted') result.error = stdinNotFixed(result, maxBytes);
      emit(result);
      if (args.fix && result.fixedOutput) process.stdout.write(result.fixedOutput);
    } else {
      await lintFiles(files, args, options, emit, progress, () => sink.drained(), env.workerEntry, early);
    }
    progress.clear();
    const summary = summaryLines(shown, env.locale, { fixMode: mode !== 'lint', dryRun: mode === 'fix-dry-run' });
    if (mode === 'fix-dry-run') {
      if (held.some((r) => r.fixesApplied) && !args.outputFile) process.stdout.write('\n');
      sink.write(stream.begin() + held.map((r) => stream.file(r)).join(''));
    }
    sink.write(stream.end(summary));
    // machine formats keep stdout clean: their summary goes to stderr (stylish already ends with it)
    if (format !== 'stylish' || args.outputFile) process.stderr.write(summary.join('\n') + '\n');
  } finally {
    progress.clear();
    sink.close();
  }

  if (all.failed) return EXIT_FAILURE;
  if (all.errors) return EXIT_PROBLEMS;
  if (args.maxWarnings !== undefined && all.warnings > args.maxWarnings) {
    process.stderr.write(env.locale === 'zh'
      ? `警告数 ${all.warnings} 超过了 --max-warnings ${args.maxWarnings}\n`
      : `${all.warnings} warnings exceed --max-warnings ${args.maxWarnings}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}
