// -o/--output-file must never name a document being linted: `plandoc lint -o doc.txt doc.txt` replaced the
// document by its own report (issue 15).
import { realpathSync, statSync } from 'node:fs';
import { fsPath } from '../io/bytePath.js';
import { CliError } from './errors.js';

export function refuseOutputOverInput(outputPath: string, inputs: readonly string[], display: (p: string) => string): void {
  let outputReal = outputPath;
  let output: { dev: number; ino: number } | undefined;
  try {
    outputReal = realpathSync(outputPath);
    output = statSync(outputReal);
  } catch {
    // not there yet: only an input of the same name can clash
  }
  for (const input of inputs) {
    let same = input === outputPath || input === outputReal;
    if (!same && output) {
      try {
        const st = statSync(fsPath(input));
        same = st.ino === output.ino && st.dev === output.dev; // a link or another name of the same file
      } catch {
        /* the linter reports it */
      }
    }
    if (same) {
      const name = display(input);
      throw new CliError({
        zh: `报告文件 ${name} 也是要检查的文档，写入报告会覆盖文档，因此未运行。请用 -o 指定另一个文件`,
        en: `The report file ${name} is also a document to lint; writing the report would overwrite it, so nothing was run. Name another file with -o`,
      });
    }
  }
}
