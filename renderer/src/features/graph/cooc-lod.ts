import type { Core, EdgeCollection, NodeSingular } from 'cytoscape';
import { whenQuiet } from './label-lod';
import { fadeLikeTheRest } from './view-classes';

/**
 * Co-occurrence edges show around what is in view once the view is zoomed in: at most this many
 * nodes in it, and at most `NEAR_SHARE` of the nodes drawn (a small graph fitted whole is not zoomed in).
 */
export const NEAR_NODES = 300;
export const NEAR_SHARE = 0.5;
/** At most this many co-occurrence edges show that way, those of the most important nodes first. */
export const NEAR_EDGES = 3000;

export interface Extent {
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/**
 * The co-occurrence edges to draw for a view of `extent` (model units) while they are hidden in a
 * dense view: those of the shown nodes in it, when the view is zoomed in to at most `NEAR_NODES`
 * nodes and `NEAR_SHARE` of those drawn, up to `NEAR_EDGES`, the biggest nodes' first; none when
 * zoomed out further (the first view of a few hundred nodes, fitted whole, draws none of them).
 */
export function nearCoOccurs(cy: Core, extent: Extent, most = { nodes: NEAR_NODES, edges: NEAR_EDGES }): EdgeCollection {
  let drawn = 0;
  const inView = cy.nodes().filter((n) => {
    if (n.hasClass('unplaced')) return false;
    drawn++;
    const p = n.position();
    return p.x >= extent.x1 && p.x <= extent.x2 && p.y >= extent.y1 && p.y <= extent.y2;
  });
  if (inView.empty() || inView.length > most.nodes || inView.length > drawn * NEAR_SHARE) return cy.collection() as EdgeCollection;
  const ordered = (inView.toArray() as NodeSingular[]).sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0));
  const ids = new Set<string>();
  const near = cy.collection();
  for (const node of ordered) {
    for (const edge of node.connectedEdges('[type = "co_occurs"]').toArray()) {
      if (ids.has(edge.id())) continue;
      if (ids.size >= most.edges) return near as EdgeCollection;
      ids.add(edge.id());
      near.merge(edge);
    }
  }
  return near as EdgeCollection;
}

/**
 * Level of detail for co-occurrence edges in a dense view: after every pan, zoom or change
 * (throttled like the labels), the edges `nearCoOccurs` picks carry the class `near`, which the
 * stylesheet draws (faded while a selection or path fades the rest); `hidden()` tells whether the
 * view hides co-occurrence edges at all.
 */
export function attachCoOccursLod(cy: Core, hidden: () => boolean): { refresh: () => void; schedule: () => void; detach: () => void } {
  let shown: EdgeCollection = cy.collection() as EdgeCollection;
  const refresh = (): void => {
    if (cy.destroyed()) return;
    const next = hidden() ? nearCoOccurs(cy, cy.extent()) : (cy.collection() as EdgeCollection);
    const gone = shown.difference(next).filter((e) => !e.removed());
    const added = next.difference(shown);
    if (gone.nonempty() || added.nonempty()) {
      cy.batch(() => {
        gone.removeClass('near faded');
        added.addClass('near');
        fadeLikeTheRest(cy, added);
      });
    }
    shown = next;
  };
  const { schedule, cancel } = whenQuiet(refresh, 120);
  cy.on('viewport', schedule);
  return {
    refresh,
    schedule,
    detach: () => {
      cancel();
      cy.off('viewport', schedule);
    },
  };
}
