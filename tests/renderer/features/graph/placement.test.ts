import { describe, expect, it } from 'vitest';
import { placementPlan } from '../../../../renderer/src/features/graph/placement';

describe('what happens when new graph data arrives', () => {
  it('lays out a first view without saved places, and nothing when every node has one', () => {
    expect(placementPlan({ fresh: true, before: 0, n: 300, removedNodes: 0, unplaced: 300 })).toBe('full');
    expect(placementPlan({ fresh: true, before: 0, n: 300, removedNodes: 0, unplaced: 0 })).toBe('none');
  });

  it('places a few added nodes by hand, more around the others, and lays out again when most are new', () => {
    expect(placementPlan({ fresh: false, before: 300, n: 302, removedNodes: 0, unplaced: 2 })).toBe('local');
    expect(placementPlan({ fresh: false, before: 300, n: 400, removedNodes: 0, unplaced: 100 })).toBe('incremental');
    expect(placementPlan({ fresh: false, before: 300, n: 5000, removedNodes: 0, unplaced: 4700 })).toBe('full');
    expect(placementPlan({ fresh: true, before: 0, n: 5000, removedNodes: 0, unplaced: 800 })).toBe('incremental');
  });

  it('lays out again a much narrower view with new nodes', () => {
    expect(placementPlan({ fresh: false, before: 1000, n: 50, removedNodes: 960, unplaced: 10 })).toBe('full');
  });
});
