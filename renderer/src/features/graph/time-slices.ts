/** Script time per slice, in milliseconds: the page draws between slices, so no task runs long. */
export const SLICE_MS = 24;

/** Resolves at the next animation frame (the page draws in between), or after a tick without one. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => (typeof requestAnimationFrame === 'function' ? requestAnimationFrame(() => resolve()) : setTimeout(resolve, 0)));
}

/** Resolves in a task of its own (after whatever the page does next, such as drawing a frame). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export interface SliceOptions {
  /** Whether the work is still wanted; checked before each slice after the first. */
  current?: () => boolean;
  /** Target script time per slice (default `SLICE_MS`). */
  budgetMs?: number;
  /** Items in the first slice, before a cost per item has been measured. */
  first?: number;
  /** Most items in one slice. */
  max?: number;
  /** Told how many items are done after each slice. */
  progress?: (done: number, total: number) => void;
  /** Between slices wait for a frame (default) or only let other tasks run (nothing to draw). */
  yieldWith?: 'frame' | 'task';
}

/**
 * Runs `work` over `items` in slices with a frame between them, each slice sized from the cost
 * per item measured so far so that it takes about `budgetMs`. Resolves to false when `current()`
 * turned false (the remaining items are left undone).
 */
export async function inSlices<T>(items: readonly T[], work: (slice: readonly T[]) => void, opts: SliceOptions = {}): Promise<boolean> {
  const budget = opts.budgetMs ?? SLICE_MS;
  const max = opts.max ?? 5000;
  let size = Math.min(max, opts.first ?? 100);
  for (let start = 0; start < items.length; ) {
    if (start > 0) {
      await (opts.yieldWith === 'task' ? nextTask() : nextFrame());
      if (opts.current && !opts.current()) return false;
    }
    const slice = items.slice(start, start + size);
    const t0 = performance.now();
    work(slice);
    const perItem = Math.max(1e-3, (performance.now() - t0) / slice.length);
    start += slice.length;
    opts.progress?.(start, items.length);
    size = Math.max(1, Math.min(max, Math.round(budget / perItem)));
  }
  return true;
}
