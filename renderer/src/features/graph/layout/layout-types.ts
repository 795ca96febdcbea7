/** One node as the layout sees it: plain data, so that it can cross into a worker. */
export interface LayoutNode {
  id: string;
  /** Drawn diameter in model units. */
  size: number;
  /** Label length in characters (labels take room under the node). */
  label: number;
  /** Importance (weighted degree): the most important nodes are laid out first, with fcose. */
  weight: number;
  /** A place it already has (saved, or from the previous view). */
  x?: number;
  y?: number;
  /** Keep it where it is (dragged by the user, or already placed in an incremental layout). */
  fixed?: boolean;
}

/** One edge: indices into the node list, and its weight. */
export interface LayoutEdge {
  s: number;
  t: number;
  w: number;
  /** Co-occurrence edges pull less than typed relations. */
  weak?: boolean;
}

export interface LayoutRequest {
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  /**
   * `full`: lay everything out again (fixed nodes stay); `incremental`: only place the nodes
   * without a position, around the ones that have one, then remove overlaps.
   */
  mode: 'full' | 'incremental';
  /** How many of the most important nodes fcose lays out at full quality (default 150). */
  topK?: number;
  /** A seed for the random start, so that a layout can be repeated. */
  seed?: number;
}

export interface LayoutResult {
  /** x, y of each node in request order. */
  positions: Float64Array;
  /** Milliseconds spent in each step, for the benchmark. */
  timings: Record<string, number>;
}
