// Where reports go: stdout, or --output-file (created with its folder). Written in chunks as files finish.
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { CliError } from './errors.js';

export interface Sink {
  write(text: string): void;
  /** resolves once a slow reader (a pipe) has taken what was written; linting waits on it so memory stays bounded */
  drained(): Promise<void> | undefined;
  close(): void;
}

function cannotWrite(outputFile: string, e: unknown): CliError {
  const detail = (e as Error).message;
  return new CliError({ zh: `无法写入报告文件 ${outputFile}：${detail}`, en: `Cannot write the report file ${outputFile}: ${detail}` });
}

export function openSink(outputFile: string | undefined, cwd: string, stream: NodeJS.WriteStream = process.stdout): Sink {
  if (!outputFile) {
    let backlogged = false;
    return {
      write(t) {
        if (t && !stream.write(t)) backlogged = true;
      },
      drained() {
        if (!backlogged) return undefined;
        backlogged = false;
        // the backlog may have drained already (the caller let I/O run since the write): no event will come
        if (!stream.writableNeedDrain) return undefined;
        return new Promise((done) => stream.once('drain', done));
      },
      close: () => {},
    };
  }
  const path = resolve(cwd, outputFile);
  let fd: number;
  try {
    mkdirSync(dirname(path), { recursive: true });
    fd = openSync(path, 'w');
  } catch (e) {
    throw cannotWrite(outputFile, e);
  }
  return {
    write(text) {
      try {
        if (text) writeSync(fd, text);
      } catch (e) {
        throw cannotWrite(outputFile, e);
      }
    },
    drained: () => undefined,
    close: () => closeSync(fd),
  };
}

export function writeReport(text: string, outputFile: string | undefined, cwd: string): void {
  const sink = openSink(outputFile, cwd);
  sink.write(text);
  sink.close();
}
