import type { Core, NodeCollection } from 'cytoscape';
import { styleNow } from './elements';
import { currentDrawStyle } from './stylesheet';
import { nextFrame, nextTask } from './time-slices';

/**
 * Most nodes, and most edges coming into sight, per frame of `revealWaiting`. Every frame redraws
 * all that is visible, so a few big steps cost less than many small ones; these keep each step's
 * own work (styles, edge geometry, textures) to a part of a frame.
 */
export const REVEAL_NODES = 1000;
export const REVEAL_EDGES = 2000;

/**
 * Shows the nodes that wait hidden (class `unplaced`), the most important first, in steps of at
 * most `REVEAL_NODES` nodes or `REVEAL_EDGES` edges coming into sight (co-occurrence edges that
 * the view hides not counted), one step per frame, each
 * step's style computed in its own step. Resolves to false when `current()`
 * turned false (the rest stay hidden for the newer drawing).
 */
export async function revealWaiting(cy: Core, current: () => boolean = () => true, onShown?: (done: number, total: number) => void): Promise<boolean> {
  const waiting = cy
    .nodes('.unplaced')
    .toArray()
    .sort((a, b) => (Number(b.data('size')) || 0) - (Number(a.data('size')) || 0));
  const shownIds = new Set(cy.nodes().not('.unplaced').map((n) => n.id()));
  // Co-occurrence edges a dense view hides cost nothing to draw.
  const hideCoOccurs = Boolean(currentDrawStyle(cy).hideCoOccurs);
  for (let start = 0; start < waiting.length; ) {
    // Each step is styled in a task of its own: after the work that placed the nodes, and after
    // the frame that drew the last step (in the frame's own callback it would lengthen the longest
    // task, the drawing, by its styling).
    if (start > 0) await nextFrame();
    await nextTask();
    if (cy.destroyed() || !current()) return false;
    let end = start;
    let edges = 0;
    while (end < waiting.length && end - start < REVEAL_NODES && (edges < REVEAL_EDGES || end === start)) {
      const node = waiting[end++];
      shownIds.add(node.id());
      node.connectedEdges().forEach((edge) => {
        if (hideCoOccurs && edge.data('type') === 'co_occurs') return;
        if (shownIds.has(edge.data('source') as string) && shownIds.has(edge.data('target') as string)) edges++;
      });
    }
    const nodes = cy.collection().union(waiting.slice(start, end) as unknown as NodeCollection);
    start = end;
    cy.batch(() => nodes.removeClass('unplaced'));
    styleNow(nodes.union(nodes.connectedEdges()));
    onShown?.(start, waiting.length);
  }
  return true;
}
