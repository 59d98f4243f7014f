// The extension's own account of its start-up, for the output channel and the
// end-to-end test (which also reads VS Code's figures; see docs/vscode.md § Activation).
// All times are performance.now() in the extension host: milliseconds since that process started.
import { writeFileSync } from 'node:fs';

/** Set by the first line of dist/client.cjs (client/build.mjs); absent when not bundled. */
declare const __plandocLoadStart: number | undefined;

export interface ActivationTiming {
  /** extension host process id: tells one window load's report from the next */
  pid: number;
  /** when the first line of dist/client.cjs ran */
  bundleStart: number;
  /** when the bundle's top-level code had run (its last module, extension.ts, began) */
  bundleEvaluated: number;
  activateStart: number;
  activateEnd: number;
  /** time of each step of activate(), in order (milliseconds) */
  steps: Record<string, number>;
  /** when the load of dist/features.cjs began (after activate() returned) */
  featuresLoadStart?: number;
  /** when the features had been registered; dist/languageClient.cjs is required next */
  featuresReady?: number;
  /** when dist/languageClient.cjs had been required */
  languageClientLoadEnd?: number;
  /** when the language server had initialised */
  languageClientReady?: number;
  /** why the language client did not start, if it failed */
  languageClientError?: string;
}

export class ActivationClock {
  readonly timing: ActivationTiming;

  private last: number;

  /** @param bundleEvaluated performance.now() taken at the top of extension.ts */
  constructor(bundleEvaluated: number) {
    const now = performance.now();
    this.timing = {
      pid: process.pid, bundleStart: typeof __plandocLoadStart === 'number' ? __plandocLoadStart : bundleEvaluated, bundleEvaluated,
      activateStart: now, activateEnd: now, steps: {},
    };
    this.last = now;
  }

  /** Records how long the step of activate() that just ended took. */
  step(name: string): void {
    const now = performance.now();
    this.timing.steps[name] = now - this.last;
    this.last = now;
  }

  mark(key: 'activateEnd' | 'featuresLoadStart' | 'featuresReady' | 'languageClientLoadEnd' | 'languageClientReady'): void {
    this.timing[key] = performance.now();
  }

  failed(error: unknown): void {
    this.timing.languageClientError = String(error);
    this.report();
  }

  /** The bundle's top-level code and activate(): the extension's own share of activation. */
  summary(): string {
    const t = this.timing;
    return `bundle top-level code ${(t.bundleEvaluated - t.bundleStart).toFixed(1)} ms, activate() ${(t.activateEnd - t.activateStart).toFixed(1)} ms`;
  }

  /** Writes the timing so far to $PLANDOC_ACTIVATION_REPORT (set only by the end-to-end test); never called inside activate(). */
  report(): void {
    const file = process.env.PLANDOC_ACTIVATION_REPORT;
    if (!file) return;
    try {
      writeFileSync(file, JSON.stringify(this.timing));
    } catch {
      // a test-only report; never fail the extension over it
    }
  }
}
