// Parses the command line, runs one command and turns every failure into a message and an exit code.
import { localize, type Locale } from '../core/types.js';
import { parseArgs, type CliArgs } from './args.js';
import { CliError, EXIT_FAILURE, UsageError } from './errors.js';
import { detectLocale } from './locale.js';
import { VERSION } from './version.js';
// lint is what nearly every run does: loaded with this module (one file fewer to resolve); the rest on demand
import { lintCommand } from './commands/lint.js';

/**
 * Reads standard input as bytes (the encoding is detected afterwards), up to `maxBytes`: past it reading
 * stops and the size read so far is returned, so a 14 MB (or endless) stream cannot exhaust memory.
 */
async function readStdin(maxBytes: number): Promise<Buffer | { kind: 'too-large'; size: number }> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of process.stdin) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) {
      process.stdin.destroy();
      return { kind: 'too-large', size };
    }
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks, size);
}

function explicitCommandGiven(argv: string[]): boolean {
  return argv.some((a) => ['lint', 'outline', 'timeline', 'rules', 'init', 'mcp'].includes(a)) || argv[0] === 'help';
}

/** `plandoc lint | head` closes the pipe early: stop quietly instead of crashing on EPIPE. */
function exitQuietlyOnClosedPipe(): void {
  for (const stream of [process.stdout, process.stderr]) {
    stream.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
      throw e;
    });
  }
}

/** `entry`: the script that starts lint worker threads (dist/cli.js itself). */
export async function runCli(argv: string[], cwd: string, entry: string): Promise<number> {
  exitQuietlyOnClosedPipe();
  let locale: Locale = detectLocale();
  const localeArg = argv.findIndex((a) => a === '--locale' || a.startsWith('--locale='));
  if (localeArg >= 0) {
    const v = argv[localeArg]!.includes('=') ? argv[localeArg]!.split('=')[1] : argv[localeArg + 1];
    if (v?.toLowerCase().startsWith('zh')) locale = 'zh';
    else if (v?.toLowerCase().startsWith('en')) locale = 'en';
  }
  let args: CliArgs;
  try {
    args = parseArgs(argv);
    if (args.locale) locale = args.locale;
    if (args.command === 'version') {
      process.stdout.write(`${VERSION}\n`);
      return 0;
    }
    if (args.help) {
      const { helpText } = await import('./help.js');
      process.stdout.write(helpText(args.command, locale, explicitCommandGiven(argv)));
      return 0;
    }
    switch (args.command) {
      case 'lint': {
        return await lintCommand(args, { cwd, locale, stdin: readStdin, workerEntry: entry });
      }
      case 'outline': {
        const { outlineCommand } = await import('./commands/outline.js');
        return outlineCommand(args, cwd);
      }
      case 'timeline': {
        const { timelineCommand } = await import('./commands/timeline.js');
        return timelineCommand(args, cwd, locale);
      }
      case 'rules': {
        const { rulesCommand } = await import('./commands/rules.js');
        return rulesCommand(args, cwd, locale);
      }
      case 'init': {
        const { initCommand } = await import('./commands/init.js');
        return initCommand(args, cwd, locale);
      }
      case 'mcp': {
        // a bundle of its own (dist/cli/mcp.js, scripts/build.mjs): the MCP SDK stays out of every lint run
        const { mcpCommand } = await import('./commands/mcp.js');
        return await mcpCommand(args, cwd);
      }
      default:
        return 0;
    }
  } catch (e) {
    return await reportFailure(e, locale);
  }
}

async function reportFailure(e: unknown, locale: Locale): Promise<number> {
  if (e instanceof UsageError) {
    const hint = locale === 'zh' ? '运行 plandoc --help 查看用法' : 'Run plandoc --help for usage';
    process.stderr.write(`plandoc: ${localize(e.localized, locale)}\n${hint}\n`);
    return e.exitCode;
  }
  if (e instanceof CliError) {
    process.stderr.write(`plandoc: ${localize(e.localized, locale)}\n`);
    return e.exitCode;
  }
  const { ConfigError } = await import('../config/load.js');
  if (e instanceof ConfigError) {
    const hint = locale === 'zh' ? '请修正该配置项，或用 --no-config 忽略配置文件' : 'Fix that setting, or pass --no-config to ignore config files';
    // a config in a folder whose name is not UTF-8: its bytes shown as \xNN, as in the reports
    const { visibleBytes } = await import('../io/bytePath.js');
    process.stderr.write(`plandoc: ${visibleBytes(e.format(locale))}\n${hint}\n`);
    return EXIT_FAILURE;
  }
  // an internal error: say so plainly, with the stack for a bug report
  const err = e as Error;
  const intro = locale === 'zh' ? 'PlanDoc 内部错误（请附上以下信息报告问题）' : 'PlanDoc internal error (please report it with the details below)';
  process.stderr.write(`plandoc: ${intro}\n${err?.stack ?? String(e)}\n`);
  return EXIT_FAILURE;
}
