// Custom LSP messages shared by the language server and the VS Code client.
// The client bundle imports this file, so it depends only on the protocol package
// and on core *types* (erased at build time).
import { RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { Diagnostic, TextDocumentIdentifier } from 'vscode-languageserver-protocol';
import type { Timeline, TimelineOptions } from './core/analysis/timeline.js';

export type { Timeline, TimelineEntry, TimelineMonth, TimelineScope, TimelineScopeKind } from './core/analysis/timeline.js';

/** The core's timeline for one document: scopes (document, 篇, 章) × months with their sections, gaps and overlaps. */
export type TimelineResult = Timeline;

export interface TimelineParams {
  textDocument: TextDocumentIdentifier;
  /** columns to show, as absolute months (1–12 this year, 13+ the next); default: the calendar or school year */
  span?: TimelineOptions['span'];
}

/**
 * `plandoc/timeline`: the timeline of an open document, computed from the same
 * parse the diagnostics use. Resolves to null when the document is not open.
 * Positions inside the result are 0-based UTF-16 columns, like every LSP position
 * (a leading BOM is already counted on line 0).
 */
export const TimelineRequest = new RequestType<TimelineParams, TimelineResult | null, void>('plandoc/timeline');

export interface WorkspacePlanFilesParams {
  /** file: URIs of the workspace folders */
  folders: string[];
}

export interface WorkspacePlanFilesResult {
  /** file: URIs of the files to check, sorted (.txt, .md and .plan files outside .gitignore, .plandocignore and node_modules) */
  files: string[];
}

/**
 * `plandoc/workspacePlanFiles`: the files "Lint Workspace" checks, found as `plandoc lint` finds them. Config
 * `ignores` and plan detection are applied per file by plandoc/lintFiles. Only the Node server answers it.
 */
export const WorkspacePlanFilesRequest = new RequestType<WorkspacePlanFilesParams, WorkspacePlanFilesResult, void>('plandoc/workspacePlanFiles');

export interface LintFilesParams {
  /** file: URIs, read from disk (a batch: the client asks in batches so it can show progress and cancel) */
  files: string[];
}

export interface FileDiagnostics {
  uri: string;
  diagnostics: Diagnostic[];
}

export interface LintFilesResult {
  /** one entry per file checked: the plans (by language, settings and detection) not ignored by their config */
  checked: FileDiagnostics[];
  /** files left out: not a plan, ignored by config, binary, too large or unreadable */
  skipped: string[];
}

/** `plandoc/lintFiles`: diagnostics of files on disk, with each file's own settings and config, as if it were open. */
export const LintFilesRequest = new RequestType<LintFilesParams, LintFilesResult, void>('plandoc/lintFiles');

/** Language ids the server validates when the client sends no `plandoc.validate` (VS Code: plaintext; Neovim, Helix, eglot: text). */
export const DEFAULT_VALIDATE_LANGUAGES: readonly string[] = ['plandoc', 'plaintext', 'text', 'markdown'];

/** The `plandoc.*` settings section the server reads with workspace/configuration. */
export const SETTINGS_SECTION = 'plandoc';


/** Code action kind of "fix all PlanDoc problems" (also honoured by editor.codeActionsOnSave). */
export const FIX_ALL_KIND = 'source.fixAll.plandoc';

export interface ServerStats {
  openDocuments: number;
  /** parseDocument calls since start: one per document version (and level order), whatever the features asked */
  parses: number;
  /** lintModel calls since start: one per document version and configuration */
  lints: number;
  /** full garbage collections run after editing paused (initialization option idleCollectMs) */
  idleCollections: number;
  /** MiB in use on the heap right after the last of them: what the open documents really hold */
  heapUsedAfterIdleCollection: number;
  /** the server process's memory in MiB (process.memoryUsage) */
  memory: { rss: number; heapTotal: number; heapUsed: number; external: number };
}

/** `plandoc/stats`: counters for diagnostics, tests and the benchmark. */
export const StatsRequest = new RequestType0<ServerStats, void>('plandoc/stats');

/**
 * Node flags the language server runs with: from the VS Code client (execArgv) and in the
 * `#!/usr/bin/env -S node …` line of dist/server.js (scripts/build.mjs; a test keeps them equal).
 * A 4 MB young generation instead of V8's 16 MB: each keystroke allocates a few MB that die
 * young, and the server then stays 20 MB smaller at no measurable cost in latency (bench/lsp-latency.mjs).
 */
export const SERVER_NODE_FLAGS: readonly string[] = ['--max-semi-space-size=4'];
