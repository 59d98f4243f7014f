// Returns editing garbage to the system once typing pauses. Each document version's text
// is one large object (2 bytes a character) that only a full collection frees, and V8
// with memory to spare may wait hundreds of versions for one: a 10,000-line document
// held 100 MB more than it needed after a minute of typing (bench/lsp-latency.mjs).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const DEFAULT_IDLE_COLLECT_MS = 1000;

/** V8's full collection, reachable without starting node with --expose-gc; null where the runtime refuses. */
function fullCollection(): (() => void) | null {
  try {
    setFlagsFromString('--expose-gc');
    const gc: unknown = runInNewContext('gc');
    return typeof gc === 'function' ? () => void gc() : null;
  } catch {
    return null;
  }
}

export class IdleCollector {
  private timer: NodeJS.Timeout | undefined;
  private collect: (() => void) | null | undefined;
  /** collections run so far, and the heap in use right after the last one, in bytes (plandoc/stats) */
  count = 0;
  heapUsedAfter = 0;

  /** delayMs ≤ 0 turns it off */
  constructor(private readonly delayMs: number = DEFAULT_IDLE_COLLECT_MS) {}

  /** Work that left garbage just finished: collect once nothing else happens for a while. */
  touch(): void {
    if (this.delayMs <= 0) return;
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), this.delayMs);
    this.timer.unref(); // never keeps a finished server alive
  }

  private run(): void {
    this.timer = undefined;
    if (this.collect === undefined) this.collect = fullCollection();
    if (!this.collect) return;
    this.collect();
    this.count++;
    this.heapUsedAfter = process.memoryUsage().heapUsed;
  }

  dispose(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
  }
}
