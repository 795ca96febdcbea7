/**
 * Items found by their start offset in O(log n): the nearest to a position, or the last before it.
 * Among items at the same distance, the one given first wins (as a stable sort by distance would).
 */
export class NearestByStart<T extends { start: number }> {
  private readonly starts: number[] = [];
  /** For each distinct start, the item given first. */
  private readonly first: T[] = [];
  /** For each distinct start, the order in which that item was given. */
  private readonly order: number[] = [];

  constructor(items: readonly T[]) {
    const best = new Map<number, number>();
    items.forEach((item, k) => {
      if (!best.has(item.start)) best.set(item.start, k);
    });
    for (const [start, k] of [...best].sort((a, b) => a[0] - b[0])) {
      this.starts.push(start);
      this.first.push(items[k]);
      this.order.push(k);
    }
  }

  /** Index of the first distinct start ≥ pos. */
  private lowerBound(pos: number): number {
    let lo = 0;
    let hi = this.starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.starts[mid] < pos) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** The item whose start is nearest to `pos` (the one given first on a tie). */
  nearest(pos: number): T | undefined {
    const k = this.lowerBound(pos);
    const after = k < this.starts.length ? k : -1;
    const before = k - 1;
    if (after < 0 && before < 0) return undefined;
    if (after < 0) return this.first[before];
    if (before < 0) return this.first[after];
    const da = this.starts[after] - pos;
    const db = pos - this.starts[before];
    if (da !== db) return da < db ? this.first[after] : this.first[before];
    return this.order[after] < this.order[before] ? this.first[after] : this.first[before];
  }

  /** The item with the largest start before `pos`. */
  lastBefore(pos: number): T | undefined {
    const k = this.lowerBound(pos) - 1;
    return k >= 0 ? this.first[k] : undefined;
  }
}
