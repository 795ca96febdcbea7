// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElementsInChunks, toViewElements, WAIT_FROM } from '../../../../renderer/src/features/graph/elements';
import { REVEAL_EDGES, REVEAL_NODES, revealWaiting } from '../../../../renderer/src/features/graph/reveal';
import { buildStylesheet } from '../../../../renderer/src/features/graph/stylesheet';
import { inSlices } from '../../../../renderer/src/features/graph/time-slices';
import type { GraphData, GraphEdge, GraphNode } from '../../../../electron/shared/types';
import { edge, node } from './fixtures';

const relationName = (t: string) => `rel:${t}`;

function headless() {
  return cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
}

/** A star of `n` leaves around one hub, every leaf with a saved place. */
function star(n: number): GraphData {
  const nodes: GraphNode[] = [node('hub', '中心', 'organisation', { degree: n, position: { x: 0, y: 0 } })];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push(node(`n${i}`, `单位${i}`, 'organisation', { position: { x: i * 30, y: 100 } }));
    edges.push(edge(`e${i}`, 'hub', `n${i}`, 'co_occurs'));
  }
  return { nodes, edges } as GraphData;
}

describe('work in slices', () => {
  it('does every item once, in order, over several slices when each item costs time', async () => {
    const items = Array.from({ length: 60 }, (_, i) => i);
    const seen: number[] = [];
    let slices = 0;
    const busy = (ms: number) => {
      const end = performance.now() + ms;
      while (performance.now() < end);
    };
    const done = await inSlices(
      items,
      (slice) => {
        slices++;
        for (const i of slice) {
          seen.push(i);
          busy(1);
        }
      },
      { budgetMs: 5, first: 4 },
    );
    expect(done).toBe(true);
    expect(seen).toEqual(items);
    expect(slices).toBeGreaterThan(5);
  });

  it('stops when the work is no longer wanted', async () => {
    const seen: number[] = [];
    const done = await inSlices([1, 2, 3, 4, 5, 6], (slice) => seen.push(...slice), { first: 2, max: 2, current: () => seen.length < 4 });
    expect(done).toBe(false);
    expect(seen).toEqual([1, 2, 3, 4]);
  });
});

describe('many new nodes wait hidden, then show in steps', () => {
  it('hides all new nodes of a big drawing, placed or not, and shows them all, the hub first', async () => {
    const cy = headless();
    const n = WAIT_FROM + 50;
    const result = await applyElementsInChunks(cy, toViewElements(star(n), { sizeBy: 'degree', relationName }));
    expect(result).not.toBeNull();
    expect(cy.nodes('.unplaced').length).toBe(n + 1);
    const order: string[] = [];
    cy.on('class', 'node', (e) => {
      if (!e.target.hasClass('unplaced')) order.push(e.target.id());
    });
    await expect(revealWaiting(cy)).resolves.toBe(true);
    expect(cy.nodes('.unplaced').length).toBe(0);
    expect(order[0]).toBe('hub');
    // Shown where the saved places put them.
    expect(cy.getElementById('n3').position()).toEqual({ x: 90, y: 100 });
  });

  it('shows at most a step of nodes or edges coming into sight per frame', async () => {
    const cy = headless();
    const n = REVEAL_NODES + 300;
    await applyElementsInChunks(cy, toViewElements(star(n), { sizeBy: 'degree', relationName }));
    // Each wait for a frame comes between two steps: note what is still hidden then.
    const hidden: number[] = [cy.nodes('.unplaced').length];
    const raf = globalThis.requestAnimationFrame;
    globalThis.requestAnimationFrame = (cb: FrameRequestCallback) => {
      hidden.push(cy.nodes('.unplaced').length);
      return raf(cb);
    };
    try {
      await revealWaiting(cy);
    } finally {
      globalThis.requestAnimationFrame = raf;
    }
    hidden.push(cy.nodes('.unplaced').length);
    const sizes = hidden.slice(1).map((h, i) => hidden[i] - h);
    const shownPerStep = sizes.length ? Math.max(...sizes) : 0;
    expect(cy.nodes('.unplaced').length).toBe(0);
    expect(sizes.length).toBeGreaterThan(1);
    expect(shownPerStep).toBeLessThanOrEqual(Math.min(REVEAL_NODES, REVEAL_EDGES) + 1);
  });

  it('stops showing when a newer drawing took over', async () => {
    const cy = headless();
    await applyElementsInChunks(cy, toViewElements(star(REVEAL_NODES + 300), { sizeBy: 'degree', relationName }));
    await expect(revealWaiting(cy, () => false)).resolves.toBe(false);
    expect(cy.nodes('.unplaced').length).toBeGreaterThan(0);
  });
});
