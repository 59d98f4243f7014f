// "Lint Workspace": every plan file of the workspace checked from disk, with the settings and config it would have
// if it were open, and its diagnostics exactly as an open document's. The disk is the host's (workspaceDisk.ts
// in Node; the browser server has none and does not offer the requests).
import type { CancellationToken } from 'vscode-languageserver';
import { isPlanText } from '../core/detect.js';
import { lintText } from '../core/linter.js';
import type { FileDiagnostics, LintFilesParams, LintFilesResult, WorkspacePlanFilesParams, WorkspacePlanFilesResult } from '../protocol.js';
import type { DocumentConfig } from './configResolver.js';
import { toDiagnostics } from './diagnostics.js';
import type { LanguageService } from './languageService.js';
import { shouldValidate } from './settings.js';
import { URI } from './uri.js';

export interface WorkspaceDisk {
  /** the candidate files under these folders (absolute paths), as `plandoc lint <folder>` lists them */
  planFiles(folders: string[]): Promise<string[]>;
  /** the decoded text of a file, or null when it is binary, too large or unreadable */
  read(path: string): string | null;
}

export interface WorkspaceLintHost {
  disk: WorkspaceDisk;
  configFor(uri: string): Promise<DocumentConfig>;
  service: LanguageService;
  throwIfCancelled(token: CancellationToken | undefined): void;
}

/** The language VS Code gives a file of this name (its default associations; .plan is PlanDoc's own). */
export function languageOfFile(path: string): string {
  const lower = path.toLowerCase();
  if (lower.endsWith('.plan')) return 'plandoc';
  if (lower.endsWith('.md') || lower.endsWith('.markdown')) return 'markdown';
  return 'plaintext';
}

export async function workspacePlanFiles(host: WorkspaceLintHost, params: WorkspacePlanFilesParams): Promise<WorkspacePlanFilesResult> {
  const folders = params.folders.map((uri) => URI.toFilePath(uri)).filter((p): p is string => !!p);
  const files = await host.disk.planFiles(folders);
  return { files: files.map((path) => URI.fromFilePath(path)) };
}

/** Lets queued messages in (a $/cancelRequest above all) between files: a cached config resolves without doing so. */
const yieldToMessages = (): Promise<void> => new Promise((resolve) => (typeof setImmediate === 'function' ? setImmediate(resolve) : setTimeout(resolve, 0)));

export async function lintFiles(host: WorkspaceLintHost, params: LintFilesParams, token?: CancellationToken): Promise<LintFilesResult> {
  const checked: FileDiagnostics[] = [];
  const skipped: string[] = [];
  for (const uri of params.files) {
    await yieldToMessages();
    host.throwIfCancelled(token);
    const result = await lintOne(host, uri);
    if (result) checked.push(result);
    else skipped.push(uri);
  }
  return { checked, skipped };
}

async function lintOne(host: WorkspaceLintHost, uri: string): Promise<FileDiagnostics | null> {
  const path = URI.toFilePath(uri);
  if (!path) return null;
  const config = await host.configFor(uri);
  const languageId = languageOfFile(path);
  if (config.ignored || !shouldValidate(config.settings, languageId)) return null;
  const text = host.disk.read(path);
  if (text === null) return null;
  // plain text and Markdown are checked when they look like a plan, as the editor decides for an open one
  if (languageId !== 'plandoc' && config.settings.detection && !isPlanText(text)) return null;
  const { model, problems } = lintText(text, config.config);
  const analysis = { uri, languageId, version: 0, text, model, config, problems };
  return { uri, diagnostics: toDiagnostics(analysis, { locale: host.service.localeFor(config, text), relatedInformation: true }) };
}
