/**
 * A progress bar on stderr for long runs: it appears only on a terminal and
 * only once the run has taken a second, so short runs and pipes stay clean.
 */
export class Progress {
  // Elapsed time, from the monotonic clock: the bar never needs the date.
  private readonly started = performance.now();
  private shown = false;
  private lastDraw = 0;

  constructor(
    private readonly total: number,
    private readonly write: (text: string) => void,
    private readonly enabled: boolean,
    private readonly label = 'calls',
  ) {}

  /** Reports that `done` of `total` items are finished. */
  tick(done: number): void {
    if (!this.enabled) return;
    const now = performance.now();
    if (now - this.started < 1000 || now - this.lastDraw < 100) return;
    this.lastDraw = now;
    this.shown = true;
    const width = 30;
    const filled = Math.round((done / this.total) * width);
    this.write(`\r[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${this.total} ${this.label}`);
  }

  /** Clears the bar, if it was drawn. */
  done(): void {
    if (this.shown) this.write(`\r${' '.repeat(60)}\r`);
  }
}
