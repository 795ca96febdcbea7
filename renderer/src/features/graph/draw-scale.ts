import type { GraphData } from '../../../../electron/shared/types';
import type { RendererMode } from '../../state/store';

/** Node counts above which the view switches to its fast settings. */
export const LARGE_GRAPH = 1500;
export const WEBGL_AUTO = 2500;
/**
 * Edges above which a view is dense: edge captions only on hover or selection, and co-occurrence
 * edges drawn only around a selection or zoomed in (each of them costs a draw in every frame).
 */
export const DENSE_EDGES = 2000;

/** How much a view draws: everything, less (dense), or less again with straight lines (large). */
export type DrawTier = 'normal' | 'dense' | 'large';

/** The tier of a view of `nodes` nodes and `edges` edges. */
export function drawTier(nodes: number, edges: number): DrawTier {
  if (nodes > LARGE_GRAPH) return 'large';
  if (edges > DENSE_EDGES) return 'dense';
  return 'normal';
}

/** What the stylesheet of a view leaves out. */
export interface DrawStyle {
  /** Straight edges without arrows (thousands of nodes). */
  large: boolean;
  /** Edge captions only on hover, selection and paths. */
  quietCaptions: boolean;
  /** Co-occurrence edges only around a selection or hover, on a path, or zoomed in (class `near`). */
  hideCoOccurs: boolean;
}

/**
 * The style of a view of `graph`: dense and large views draw captions on demand and, unless the
 * user asked for all of them (`showCoOccurs`), co-occurrence edges only where they are looked at.
 * In an instance made for a large workspace (`largeInstance`) every view draws straight lines, so
 * that "Show all" does not restyle the elements already drawn (seconds at thousands of them).
 */
export function drawStyle(graph: GraphData, showCoOccurs: boolean, largeInstance = false): DrawStyle {
  const tier = drawTier(graph.nodes.length, graph.edges.length);
  return {
    large: tier === 'large' || (largeInstance && tier !== 'normal'),
    quietCaptions: tier !== 'normal',
    hideCoOccurs: tier !== 'normal' && !showCoOccurs && graph.edges.some((e) => e.type === 'co_occurs'),
  };
}

/** The co-occurrence edges of `graph` that a view in `style` leaves out until looked at (0 when none are). */
export function hiddenCoOccurs(graph: GraphData, style: DrawStyle): number {
  if (!style.hideCoOccurs) return 0;
  let n = 0;
  for (const e of graph.edges) if (e.type === 'co_occurs') n++;
  return n;
}

/** Options fixed when a Cytoscape instance is made (changing them means a new instance). */
export interface CreationOptions {
  /** Use the WebGL renderer (fast on big graphs with a graphics card; no dashed lines). */
  webgl: boolean;
  /** Hide edges and use a texture while panning or zooming, pixel ratio 1. */
  large: boolean;
}

/**
 * The creation options, from the larger of the view and the workspace: a workspace of thousands of
 * entities gets the fast settings from its first view on, so that "Show all" draws into the same
 * instance instead of making a new one and adding every element again.
 */
export function creationOptions(c: { viewNodes: number; workspaceEntities: number; mode: RendererMode; hardwareWebgl: () => boolean }): CreationOptions {
  const scale = Math.max(c.viewNodes, c.workspaceEntities);
  return {
    large: scale > LARGE_GRAPH,
    webgl: c.mode === 'webgl' || (c.mode === 'auto' && scale > WEBGL_AUTO && c.hardwareWebgl()),
  };
}
