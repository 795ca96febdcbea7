import type { Core, NodeCollection, NodeSingular } from 'cytoscape';

/** Tells browser tests that the graph is drawn and laid out (see tests/e2e/README.md). */
export function setGraphReady(ready: boolean): void {
  (window as Window & { __zhituGraphReady?: boolean }).__zhituGraphReady = ready;
}

export type PlacementPlan = 'none' | 'local' | 'incremental' | 'full';

/** Up to this many new nodes keep their provisional places next to a neighbour (no layout run). */
export const LOCAL_UP_TO = 3;

/**
 * What to do after new elements arrive: nothing (every node has a place), keep the provisional
 * places of a few added nodes, place the added ones around the others (`incremental`), or lay
 * everything out again (`full`: a first view without saved places, most nodes new, or a much
 * narrower view whose old places would be scattered).
 */
export function placementPlan(c: { fresh: boolean; before: number; n: number; removedNodes: number; unplaced: number }): PlacementPlan {
  if (c.n === 0) return 'none';
  if (c.unplaced === 0) return 'none';
  const placed = c.n - c.unplaced;
  if (placed === 0 || c.unplaced > c.n * 0.5) return 'full';
  if (!c.fresh && c.removedNodes > c.before * 0.5) return 'full';
  if (!c.fresh && c.unplaced <= LOCAL_UP_TO) return 'local';
  return 'incremental';
}

/** The viewport each instance was last fitted to, to tell whether the user has moved it since. */
const fittedTo = new WeakMap<Core, { zoom: number; x: number; y: number }>();

/** Whether the view still shows what the last fit showed (the user has not zoomed or panned since). */
export function isFitted(cy: Core): boolean {
  const target = fittedTo.get(cy);
  if (!target) return false;
  if (cy.animated()) return true;
  const pan = cy.pan();
  return Math.abs(cy.zoom() / target.zoom - 1) < 1e-3 && Math.abs(pan.x - target.x) < 2 && Math.abs(pan.y - target.y) < 2;
}

/**
 * After the canvas changed size by `dw`, `dh` pixels (a panel opened or closed, the window or the
 * table resized): a view that was fitted, or a canvas that grew, is fitted again, so that no node
 * hides under a panel; a view the user zoomed into keeps the selection in sight.
 */
export function followResize(cy: Core, dw: number, dh: number, selection: { kind: 'node' | 'edge'; id: string } | null, threshold = 40): void {
  if (Math.abs(dw) <= threshold && Math.abs(dh) <= threshold) return;
  if (cy.nodes().empty()) return;
  if (isFitted(cy) || dw > threshold || dh > threshold) fitAll(cy, true);
  else keepInSight(cy, selection);
}

/**
 * Fits the whole drawing (or `nodes`, default those placed) in the view whatever its size: the
 * minimum zoom is lowered when the drawing needs it (a 100,000-unit-wide layout still fits).
 * Measures from node positions and sizes (labels and edges stay inside them; asking cytoscape for
 * bounding boxes would compute the rendered style of thousands of nodes at once).
 */
export function fitAll(cy: Core, animate = false, padding = 30, nodes: NodeCollection = cy.nodes().not('.unplaced')): void {
  if (nodes.empty()) return;
  const box = nodeBox(nodes);
  const w = Math.max(1, cy.width() - 2 * padding);
  const h = Math.max(1, cy.height() - 2 * padding);
  const zoom = Math.min(cy.maxZoom(), Math.min(w / Math.max(1, box.w), h / Math.max(1, box.h)) * 0.96);
  if (zoom < cy.minZoom()) cy.minZoom(Math.max(1e-5, zoom / 2));
  const pan = { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom };
  fittedTo.set(cy, { zoom, ...pan });
  if (animate) cy.animate({ zoom, pan, duration: 250 });
  else cy.viewport({ zoom, pan });
}

/** The box around the nodes' discs (position ± half the drawn size), in model units. */
export function nodeBox(nodes: NodeCollection): { x1: number; y1: number; x2: number; y2: number; w: number; h: number } {
  let x1 = Infinity;
  let y1 = Infinity;
  let x2 = -Infinity;
  let y2 = -Infinity;
  nodes.forEach((node: NodeSingular) => {
    const p = node.position();
    const r = (Number(node.data('size')) || 18) / 2;
    x1 = Math.min(x1, p.x - r);
    y1 = Math.min(y1, p.y - r);
    x2 = Math.max(x2, p.x + r);
    y2 = Math.max(y2, p.y + r);
  });
  return { x1, y1, x2, y2, w: x2 - x1, h: y2 - y1 };
}

/**
 * Shows the area `box` (model units, as `cy.extent()` gives it): the zoom and pan at which it fills
 * the canvas, centred. A saved view comes back as it was seen, also on a canvas of another size.
 */
export function showArea(cy: Core, box: { x1: number; y1: number; x2: number; y2: number }): void {
  // The canvas size cytoscape knows may be a frame old (a panel just opened or closed), and a
  // re-fit may still be animating: either would move the area shown.
  cy.stop(true, false);
  cy.resize();
  const w = Math.max(1e-6, box.x2 - box.x1);
  const h = Math.max(1e-6, box.y2 - box.y1);
  const zoom = Math.min(cy.width() / w, cy.height() / h);
  if (!Number.isFinite(zoom) || zoom <= 0) return;
  if (zoom < cy.minZoom()) cy.minZoom(Math.max(1e-5, zoom / 2));
  if (zoom > cy.maxZoom()) cy.maxZoom(zoom * 2);
  cy.viewport({ zoom, pan: { x: cy.width() / 2 - ((box.x1 + box.x2) / 2) * zoom, y: cy.height() / 2 - ((box.y1 + box.y2) / 2) * zoom } });
}

/**
 * Pans so that the selected node, or both ends of the selected edge, stand inside the view (a
 * side panel that opened must not hide them); zooms out when they do not fit.
 */
export function keepInSight(cy: Core, selection: { kind: 'node' | 'edge'; id: string } | null, margin = 40): void {
  if (!selection) return;
  const ele = cy.getElementById(selection.id);
  if (ele.empty()) return;
  const eles = selection.kind === 'edge' ? ele.union(ele.connectedNodes()) : ele;
  const box = eles.renderedBoundingBox({ includeLabels: false } as never);
  const w = cy.width();
  const h = cy.height();
  if (box.x1 >= margin && box.y1 >= margin && box.x2 <= w - margin && box.y2 <= h - margin) return;
  if (box.w > w - 2 * margin || box.h > h - 2 * margin) cy.animate({ fit: { eles, padding: margin }, duration: 250 });
  else cy.animate({ center: { eles }, duration: 250 });
}
