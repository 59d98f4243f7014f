// Reads the one document that `outline` and `timeline` work on, with its configuration; failures exit 2.
import { resolve } from 'node:path';
import type { ResolvedConfig } from '../core/config/types.js';
import { DEFAULT_MAX_FILE_BYTES, readDocument } from '../io/readDocument.js';
import type { CliArgs } from './args.js';
import { FileConfigResolver } from './configFor.js';
import { CliError, UsageError } from './errors.js';
import { readFailure } from './ioMessages.js';

export function readSingleDocument(args: CliArgs, cwd: string, command: string): { path: string; text: string; config: ResolvedConfig } {
  const [file, ...extra] = args.positionals;
  if (!file || extra.length) {
    throw new UsageError({ zh: `用法：plandoc ${command} 文件`, en: `Usage: plandoc ${command} FILE` });
  }
  const path = resolve(cwd, file);
  let read;
  try {
    read = readDocument(path, { encoding: args.encoding, maxBytes: args.maxFileSize ?? DEFAULT_MAX_FILE_BYTES });
  } catch (e) {
    const f = readFailure(e);
    throw new CliError({ zh: `${file}：${f.message.zh}`, en: `${file}: ${f.message.en}` });
  }
  if (read.kind === 'binary') throw new CliError({ zh: `${file}：看起来是二进制文件，不是文本文档`, en: `${file}: it looks like a binary file, not a text document` });
  if (read.kind === 'too-large') throw new CliError({ zh: `${file}：文件超过大小上限（可用 --max-file-size 调整）`, en: `${file}: the file exceeds the size limit (raise it with --max-file-size)` });
  const { config } = new FileConfigResolver({ noConfig: args.noConfig, configFile: args.configFile, profile: args.profile, rules: {} }).forFile(path);
  return { path, text: read.text, config };
}
