import { describe, expect, it } from 'vitest';
import { adjacency, countOverlapping, seeded, seedPositions, snapToGrid } from '../../../../../renderer/src/features/graph/layout/geometry';

describe('layout geometry', () => {
  it('counts the nodes whose discs overlap another', () => {
    // a and b touch (distance 15 < (20+20)/2); c stands alone.
    expect(countOverlapping([0, 15, 100], [0, 0, 0], [20, 20, 20])).toBe(2);
    expect(countOverlapping([0, 25, 100], [0, 0, 0], [20, 20, 20])).toBe(0);
  });

  it('snaps nodes stacked on one spot apart, most important staying nearest, held nodes not moving', () => {
    const n = 200;
    const rand = seeded(5);
    const xs = new Float64Array(n).map(() => rand() * 10);
    const ys = new Float64Array(n).map(() => rand() * 10);
    const sizes = Array.from({ length: n }, (_, i) => (i < 5 ? 64 : 18));
    const held = new Uint8Array(n);
    held[7] = 1;
    const heldAt = [xs[7], ys[7]];
    const order = [...Array(n).keys()];
    snapToGrid(xs, ys, sizes, order, held);
    expect(countOverlapping(xs, ys, sizes)).toBe(0);
    expect([xs[7], ys[7]]).toEqual(heldAt);
    const dist = (i: number) => Math.hypot(xs[i] - 5, ys[i] - 5);
    expect(dist(0)).toBeLessThan(dist(n - 1));
  });

  it('starts unplaced nodes next to a placed neighbour, and whole unplaced components apart', () => {
    const xs = new Float64Array(5);
    const ys = new Float64Array(5);
    const placed = new Uint8Array([1, 0, 0, 0, 0]);
    xs[0] = 1000;
    ys[0] = 1000;
    // 0-1-2 chain; 3-4 a separate pair.
    const adj = adjacency(5, [{ s: 0, t: 1 }, { s: 1, t: 2 }, { s: 3, t: 4 }]);
    seedPositions(xs, ys, placed, adj, [0, 1, 2, 3, 4], seeded(1), 50);
    expect([...placed]).toEqual([1, 1, 1, 1, 1]);
    expect(Math.hypot(xs[1] - 1000, ys[1] - 1000)).toBeLessThanOrEqual(75);
    expect(Math.hypot(xs[2] - xs[1], ys[2] - ys[1])).toBeLessThanOrEqual(75);
    expect(Math.hypot(xs[4] - xs[3], ys[4] - ys[3])).toBeLessThanOrEqual(75);
    expect(Math.hypot(xs[3] - 1000, ys[3] - 1000)).toBeGreaterThan(75);
  });
});
