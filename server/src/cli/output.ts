// Writing reports: to stdout, or to --output-file (created with its folder).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';

export function writeReport(text: string, outputFile: string | undefined, cwd: string): void {
  if (!outputFile) {
    process.stdout.write(text);
    return;
  }
  const path = resolve(cwd, outputFile);
  try {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
  } catch (e) {
    const detail = (e as Error).message;
    throw new CliError({ zh: `无法写入报告文件 ${outputFile}：${detail}`, en: `Cannot write the report file ${outputFile}: ${detail}` });
  }
}
