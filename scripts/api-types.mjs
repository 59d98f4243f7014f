// Emits the .d.ts files of the Node API's public modules (dist/api/*.d.ts), one file at a time
// (ts.transpileDeclaration: no type-checking program, so it costs milliseconds). Their types are
// self-contained (server/src/api/types.ts), so the declarations need nothing from the engine.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export async function emitApiDeclarations(sourceDir, outDir, names) {
  const ts = (await import('typescript')).default;
  mkdirSync(outDir, { recursive: true });
  for (const name of names) {
    const source = readFileSync(join(sourceDir, name), 'utf8');
    const { outputText, diagnostics } = ts.transpileDeclaration(source, {
      fileName: name,
      compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, moduleResolution: ts.ModuleResolutionKind.Bundler, strict: true },
    });
    if (diagnostics?.length) {
      const text = diagnostics.map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n')).join('\n');
      throw new Error(`${join(sourceDir, name)}: cannot emit its declarations:\n${text}`);
    }
    writeFileSync(join(outDir, name.replace(/\.ts$/, '.d.ts')), outputText);
  }
}
