import type { Core } from 'cytoscape';
import type { DrawProgress, LayoutName } from '../../state/store';
import { saveAllPositions } from '../../state/view-actions';
import { applyElementsInChunks } from './elements';
import type { ViewElements } from './elements';
import { runLayout } from './layouts';
import { fitAll, placementPlan } from './placement';
import { revealWaiting } from './reveal';

export interface DrawContext {
  /** The canvas was empty before: fit the view once drawn. */
  fresh: boolean;
  /** Whether this drawing is still wanted (a newer graph may have arrived). */
  current: () => boolean;
  /** The layout to run when nodes need places. */
  layout: () => { name: LayoutName; selected?: string | null };
  /** Called when the drawing settled, to choose the labels again. */
  relabel: () => void;
  /** Told how far a long drawing is (null when done). */
  progress?: (p: DrawProgress | null) => void;
}

/**
 * Puts new graph data on the canvas: elements in batches of a frame each, then (when nodes have
 * no saved place) the layout, incremental when most nodes already stand somewhere; positions of
 * a layout are saved to the workspace. Resolves to false when a newer drawing took over.
 */
export async function drawGraph(cy: Core, elements: ViewElements, ctx: DrawContext): Promise<boolean> {
  const before = cy.nodes().length;
  const progress = ctx.progress ?? (() => undefined);
  const result = await applyElementsInChunks(cy, elements, ctx.current, (done, total) => progress({ step: 'adding', done, total }));
  if (!result || !ctx.current()) return false;
  const n = cy.nodes().length;
  const plan = placementPlan({ fresh: ctx.fresh, before, n, removedNodes: result.removedNodes, unplaced: result.unplaced.length });
  if (plan === 'full' || plan === 'incremental') {
    const { name, selected } = ctx.layout();
    progress({ step: 'placing', done: 0, total: plan === 'incremental' ? result.unplaced.length : n });
    let ok = false;
    try {
      ok = await runLayout(cy, name, {
        selected,
        animate: !ctx.fresh,
        place: plan === 'incremental' ? result.unplaced : undefined,
        current: ctx.current,
        shown: (done, total) => progress({ step: 'showing', done, total }),
      });
    } finally {
      // A stale run leaves its hidden nodes to the newer one; a failed one shows them at once
      // (a finished one shows them in steps below).
      if (!ok && ctx.current()) cy.nodes('.unplaced').removeClass('unplaced');
    }
    if (!ok || !ctx.current()) return false;
    if (ctx.fresh) fitAll(cy, false, 30, cy.nodes());
    saveAllPositions(cy);
  } else {
    if (ctx.fresh && n > 0) fitAll(cy, false, 30, cy.nodes());
    if (plan === 'local') saveAllPositions(cy);
  }
  // Nodes that waited hidden while the elements arrived (their places were known) show now.
  if (!(await revealWaiting(cy, ctx.current, (done, total) => progress({ step: 'showing', done, total })))) return false;
  ctx.relabel();
  return true;
}
