/**
 * The tally behind one `N times within D` condition: the times of the last N
 * detections, in a ring. Only the last N matter: the condition holds when the
 * N-th most recent detection (this one included) is less than D old.
 */
export class CountWindow {
  /**
   * A plain array, cheaper to allocate than a Float64Array (one per window
   * per call). It starts empty and grows to `needed` as detections come:
   * `detect` writes a slot before anything reads it.
   */
  private readonly times: number[] = [];
  /** Index of the oldest entry once full; the next slot to write. */
  private head = 0;
  private size = 0;

  constructor(
    readonly needed: number,
    readonly withinMs: number,
  ) {}

  /** An independent copy. */
  clone(): CountWindow {
    const copy = new CountWindow(this.needed, this.withinMs);
    for (let i = 0; i < this.times.length; i++) copy.times[i] = this.times[i] ?? 0;
    copy.head = this.head;
    copy.size = this.size;
    return copy;
  }

  /** Records a detection at `now` (epoch ms) and says whether the count is reached. */
  detect(now: number): boolean {
    const { times, needed } = this;
    times[this.head] = now;
    this.head = this.head + 1 === needed ? 0 : this.head + 1;
    if (this.size < needed) this.size++;
    // When full, `head` points at the oldest of the last `needed` detections.
    return this.size === needed && now - (times[this.head] ?? 0) < this.withinMs;
  }

  /** How many recorded detections are less than `withinMs` older than `now`. */
  recent(now: number): number {
    let n = 0;
    for (const t of this.entries()) if (now - t < this.withinMs) n++;
    return n;
  }

  /**
   * Detections still able to count after `last` (the latest event time), oldest
   * first, as offsets from `origin`; older ones can never count again.
   */
  save(origin: number, last: number): number[] {
    const out: number[] = [];
    // A plain loop, not `entries()`: snapshots are taken on every step of `verify`.
    const { times, needed, size } = this;
    const start = size === needed ? this.head : 0;
    for (let i = 0; i < size; i++) {
      const t = times[(start + i) % needed] ?? 0;
      if (last - t < this.withinMs) out.push(t - origin);
    }
    return out;
  }

  /** Refills from `save` output; only the last `needed` entries are kept. */
  load(origin: number, offsets: readonly number[]): void {
    this.head = 0;
    this.size = 0;
    for (const offset of offsets.slice(-this.needed)) this.detect(origin + offset);
  }

  private *entries(): Generator<number> {
    const start = this.size === this.needed ? this.head : 0;
    for (let i = 0; i < this.size; i++) yield this.times[(start + i) % this.needed] ?? 0;
  }
}
