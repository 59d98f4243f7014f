// The browser build's lsp/idleCollector.ts: a Web Worker cannot ask V8 for a full collection (node:v8 and
// node:vm are Node's), so collecting after typing pauses is left to the browser.
export const DEFAULT_IDLE_COLLECT_MS = 0;

export class IdleCollector {
  readonly count = 0;
  readonly heapUsedAfter = 0;

  constructor(_delayMs?: number) {}

  touch(): void {}

  dispose(): void {}
}
