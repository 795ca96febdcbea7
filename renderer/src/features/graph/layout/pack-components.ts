/** Connected components of `n` nodes, biggest first: lists of node indices. */
export function components(n: number, adj: number[][]): number[][] {
  const seen = new Uint8Array(n);
  const out: number[][] = [];
  for (let start = 0; start < n; start++) {
    if (seen[start]) continue;
    const members = [start];
    seen[start] = 1;
    for (let q = 0; q < members.length; q++) {
      for (const v of adj[members[q]]) {
        if (seen[v]) continue;
        seen[v] = 1;
        members.push(v);
      }
    }
    out.push(members);
  }
  return out.sort((a, b) => b.length - a.length || a[0] - b[0]);
}

interface Box {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** The box a component's nodes take, with room for the labels under them. */
function boxOf(members: number[], xs: Float64Array, ys: Float64Array, sizes: ArrayLike<number>): Box {
  const box = { x1: Infinity, y1: Infinity, x2: -Infinity, y2: -Infinity };
  for (const i of members) {
    const r = sizes[i] / 2;
    box.x1 = Math.min(box.x1, xs[i] - Math.max(r, 40));
    box.x2 = Math.max(box.x2, xs[i] + Math.max(r, 40));
    box.y1 = Math.min(box.y1, ys[i] - r);
    box.y2 = Math.max(box.y2, ys[i] + r + 30);
  }
  return box;
}

/**
 * Moves the small components in against the biggest one. A force layout pushes components that
 * share no edge far apart (gravity alone holds them), so that fitting the view made the main
 * component a small patch in the middle. The biggest component, and every component with a held
 * node, stay where they are; the others, biggest first, each take the free place nearest the centre
 * on a grid of `cell`-unit cells around what is already there. Mutates `xs`, `ys`.
 */
export function packComponents(
  xs: Float64Array,
  ys: Float64Array,
  sizes: ArrayLike<number>,
  adj: number[][],
  held: Uint8Array,
  cell = 40,
): void {
  const comps = components(xs.length, adj);
  if (comps.length < 2) return;
  const taken = new Set<number>();
  const key = (gx: number, gy: number): number => gx * 4_194_304 + gy;
  const take = (gx: number, gy: number, w: number, h: number): void => {
    for (let a = 0; a < w; a++) for (let b = 0; b < h; b++) taken.add(key(gx + a, gy + b));
  };
  const free = (gx: number, gy: number, w: number, h: number): boolean => {
    for (let a = 0; a < w; a++) for (let b = 0; b < h; b++) if (taken.has(key(gx + a, gy + b))) return false;
    return true;
  };
  const fixedComps = new Set(comps.filter((members, k) => k === 0 || members.some((i) => held[i])));
  const core = boxOf(comps[0], xs, ys, sizes);
  const cx = Math.round((core.x1 + core.x2) / 2 / cell);
  const cy = Math.round((core.y1 + core.y2) / 2 / cell);
  for (const members of fixedComps) {
    const box = boxOf(members, xs, ys, sizes);
    const gx = Math.floor(box.x1 / cell);
    const gy = Math.floor(box.y1 / cell);
    take(gx, gy, Math.ceil(box.x2 / cell) - gx + 1, Math.ceil(box.y2 / cell) - gy + 1);
  }
  // Rings (square, around the centre) known to hold no free block of a given size: searched once.
  const fullUpTo = new Map<string, number>();
  for (const members of comps) {
    if (fixedComps.has(members)) continue;
    const box = boxOf(members, xs, ys, sizes);
    const w = Math.ceil((box.x2 - box.x1) / cell) + 1;
    const h = Math.ceil((box.y2 - box.y1) / cell) + 1;
    const shape = `${w}x${h}`;
    let best: [number, number] | null = null;
    for (let d = fullUpTo.get(shape) ?? 0; !best; d++) {
      let bestDist = Infinity;
      for (let a = -d; a <= d; a++) {
        for (let b = -d; b <= d; b++) {
          if (Math.max(Math.abs(a), Math.abs(b)) !== d) continue;
          // Where the block's centre would be, relative to the drawing's centre.
          const dist = a * a + b * b;
          if (dist < bestDist && free(cx + a - (w >> 1), cy + b - (h >> 1), w, h)) {
            best = [cx + a - (w >> 1), cy + b - (h >> 1)];
            bestDist = dist;
          }
        }
      }
      if (!best) fullUpTo.set(shape, d + 1);
    }
    take(best[0], best[1], w, h);
    const dx = best[0] * cell + cell / 2 - box.x1;
    const dy = best[1] * cell + cell / 2 - box.y1;
    for (const i of members) {
      xs[i] += dx;
      ys[i] += dy;
    }
  }
}
