import type { Core } from 'cytoscape';
import type { LayoutName } from '../../state/store';
import { saveAllPositions } from '../../state/view-actions';
import { applyElementsInChunks } from './elements';
import type { ViewElements } from './elements';
import { runLayout } from './layouts';
import { fitAll, placementPlan } from './placement';

export interface DrawContext {
  /** The canvas was empty before: fit the view once drawn. */
  fresh: boolean;
  /** Whether this drawing is still wanted (a newer graph may have arrived). */
  current: () => boolean;
  /** The layout to run when nodes need places. */
  layout: () => { name: LayoutName; selected?: string | null };
  /** Called when the drawing settled, to choose the labels again. */
  relabel: () => void;
}

/**
 * Puts new graph data on the canvas: elements in batches of a frame each, then (when nodes have
 * no saved place) the layout, incremental when most nodes already stand somewhere; positions of
 * a layout are saved to the workspace. Resolves to false when a newer drawing took over.
 */
export async function drawGraph(cy: Core, elements: ViewElements, ctx: DrawContext): Promise<boolean> {
  const before = cy.nodes().length;
  const result = await applyElementsInChunks(cy, elements, ctx.current);
  if (!result || !ctx.current()) return false;
  const n = cy.nodes().length;
  const plan = placementPlan({ fresh: ctx.fresh, before, n, removedNodes: result.removedNodes, unplaced: result.unplaced.length });
  if (plan === 'full' || plan === 'incremental') {
    const { name, selected } = ctx.layout();
    let ok = false;
    try {
      ok = await runLayout(cy, name, { selected, animate: !ctx.fresh, place: plan === 'incremental' ? result.unplaced : undefined, current: ctx.current });
    } finally {
      // A stale run leaves its hidden nodes to the newer one; a finished or failed one shows them.
      if (ok || ctx.current()) cy.nodes('.unplaced').removeClass('unplaced');
    }
    if (!ok || !ctx.current()) return false;
    if (ctx.fresh) fitAll(cy);
    saveAllPositions(cy);
  } else {
    if (ctx.fresh && n > 0) fitAll(cy);
    if (plan === 'local') saveAllPositions(cy);
  }
  ctx.relabel();
  return true;
}
