// A progress bar on stderr for long runs in a terminal; redrawn at most every 100 ms, erased at the end.
export class Progress {
  private done = 0;
  private lastDraw = 0;
  private drawn = false;

  constructor(private readonly total: number, private readonly stream: NodeJS.WriteStream, private readonly enabled: boolean) {}

  static for(total: number, stream: NodeJS.WriteStream = process.stderr): Progress {
    return new Progress(total, stream, !!stream.isTTY && total >= 50 && !process.env.CI);
  }

  tick(): void {
    this.done++;
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.lastDraw < 100 && this.done < this.total) return;
    this.lastDraw = now;
    const width = Math.max(10, Math.min(40, (this.stream.columns ?? 80) - 30));
    const filled = Math.round((this.done / this.total) * width);
    this.stream.write(`\r[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${this.done}/${this.total}`);
    this.drawn = true;
  }

  clear(): void {
    if (this.drawn) this.stream.write('\r\x1b[2K');
    this.drawn = false;
  }
}
