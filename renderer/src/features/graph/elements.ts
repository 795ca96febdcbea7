import type { Collection, Core, ElementDefinition, NodeSingular } from 'cytoscape';
import { toCytoscapeElements } from '../../../../electron/shared/to-cytoscape';
import type { GraphData, GraphNode, RelationType } from '../../../../electron/shared/types';
import type { SizeBy } from '../../state/store';
import { edgeWidth, nodeFill, nodeSize } from './type-style';
import { inSlices } from './time-slices';

export interface ViewOptions {
  sizeBy: SizeBy;
  /** The caption of an edge without a label of its own, e.g. the relation type's name. */
  relationName: (type: RelationType) => string;
  /** A node's value of `sizeBy` (analytics measures); without it, the node's own field of that name (0 if none). */
  measure?: (node: GraphNode) => number;
  /** A fill that replaces the type colour (colouring by community); undefined keeps the type or user colour. */
  fill?: (node: GraphNode) => string | undefined;
}

/** The node field a size measure names, when it is one (degree, weighted degree, mentions). */
function fieldValue(node: GraphNode, sizeBy: SizeBy): number {
  return sizeBy === 'degree' || sizeBy === 'weightedDegree' || sizeBy === 'mentions' ? node[sizeBy] : 0;
}

export interface ViewElements {
  nodes: ElementDefinition[];
  edges: ElementDefinition[];
}

function joinClasses(...lists: Array<string | undefined>): string {
  return [...new Set(lists.flatMap((l) => (l ?? '').split(/\s+/)).filter(Boolean))].join(' ');
}

/**
 * Maps graph data to Cytoscape elements (through the shared `toCytoscapeElements`) and adds
 * what the view draws with: `fill`, `size` (by degree or weighted degree), edge `caption` and `width`.
 */
export function toViewElements(graph: GraphData, options: ViewOptions): ViewElements {
  const mapped = toCytoscapeElements(graph);
  const byId = new Map(graph.nodes.map((n) => [n.id, n]));
  const edgeById = new Map(graph.edges.map((e) => [e.id, e]));
  const value = (n: GraphNode | undefined): number => (n ? (options.measure?.(n) ?? fieldValue(n, options.sizeBy)) : 0);
  let max = 0;
  for (const n of graph.nodes) max = Math.max(max, value(n));
  const nodes = mapped.nodes.map((el): ElementDefinition => {
    const node = byId.get(String(el.data.id));
    const type = node?.type ?? 'article';
    // A saved position is where the last layout put the node, not a pin: layouts may move it.
    const classes = joinClasses(el.classes?.replace(/\bpinned\b/, ''), node?.manual ? 'manual' : '');
    return {
      group: 'nodes',
      data: {
        ...el.data,
        id: String(el.data.id),
        type,
        label: node?.name ?? String(el.data.label ?? el.data.id),
        fill: (node && options.fill?.(node)) ?? nodeFill(type, node?.color),
        size: nodeSize(value(node), max),
      },
      position: node?.position ? { ...node.position } : el.position ? { ...el.position } : undefined,
      classes: classes || undefined,
    };
  });
  const edges = mapped.edges.map((el): ElementDefinition => {
    const edge = edgeById.get(String(el.data.id));
    const type = (edge?.type ?? el.data.type) as RelationType;
    const label = edge?.label ?? String(el.data.label ?? '');
    const classes = joinClasses(el.classes, edge?.manual ? 'manual' : '');
    return {
      group: 'edges',
      data: {
        ...el.data,
        id: String(el.data.id),
        source: String(el.data.source),
        target: String(el.data.target),
        type,
        caption: label ? `${options.relationName(type)}: ${label}` : options.relationName(type),
        width: edgeWidth(type, edge?.weight ?? Number(el.data.weight ?? 1)),
      },
      classes: classes || undefined,
    };
  });
  return { nodes, edges };
}

export interface ApplyResult {
  added: string[];
  /** Elements removed (nodes and edges). */
  removed: number;
  /** Nodes removed. */
  removedNodes: number;
  /**
   * New nodes without a saved position. When the canvas had nodes, each has a provisional place
   * (next to a placed neighbour, else near the middle of the view) until a layout places it.
   */
  unplaced: string[];
}

const FIXED_KEYS = new Set(['id', 'source', 'target']);

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'object' && typeof b === 'object' && a && b) return JSON.stringify(a) === JSON.stringify(b);
  return false;
}

/** Replaces an element's data by `next`, touching it only when something changed (style recalcs are costly). */
function syncData(current: Record<string, unknown>, ele: { data(d: Record<string, unknown>): void; removeData(names: string): void }, next: Record<string, unknown>): void {
  const stale = Object.keys(current).filter((k) => !FIXED_KEYS.has(k) && !(k in next));
  if (stale.length) ele.removeData(stale.join(' '));
  const changed: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(next)) {
    if (FIXED_KEYS.has(k)) continue;
    if (!sameValue(current[k], v)) {
      changed[k] = v;
      any = true;
    }
  }
  if (any) ele.data(changed);
}

function syncClasses(ele: { classes(c?: string): unknown; hasClass(c: string): boolean }, def: ElementDefinition, keep: string[]): void {
  const kept = keep.filter((c) => ele.hasClass(c));
  const wanted = [...new Set([...String(def.classes ?? '').split(/\s+/).filter(Boolean), ...kept])].join(' ');
  ele.classes(wanted);
}

/** Classes of the view's state that a reload keeps (selection and path are re-applied separately; `pinned`: dragged here). */
const TRANSIENT = ['selected', 'neighbour', 'faded', 'path', 'marked', 'hover', 'hover-nb', 'pinned', 'lbl'];

/** Up to this many new nodes without a place get a provisional one next to a neighbour (no layout runs). */
export const PROVISIONAL_UP_TO = 3;

/** More new nodes than this wait hidden until all are added (see `syncExisting`). */
export const WAIT_FROM = 100;

interface Pending {
  result: ApplyResult;
  newNodes: ElementDefinition[];
  newEdges: ElementDefinition[];
  placedBefore: boolean;
  view: { x1: number; y1: number; x2: number; y2: number } | null;
}

/** Removes what is gone and updates the data of what stays (keeping positions), in one batch. */
function syncExisting(cy: Core, elements: ViewElements): Pending {
  const result: ApplyResult = { added: [], removed: 0, removedNodes: 0, unplaced: [] };
  const newNodes: ElementDefinition[] = [];
  const newEdges: ElementDefinition[] = [];
  cy.batch(() => {
    const wanted = new Set<string>();
    for (const d of elements.nodes) wanted.add(String(d.data.id));
    const edgeDefs = new Map(elements.edges.map((d) => [String(d.data.id), d]));
    for (const id of edgeDefs.keys()) wanted.add(id);
    // An edge whose ends changed (after a merge) must be re-created: ends are immutable.
    const stale = cy.elements().filter((ele) => {
      if (!wanted.has(ele.id())) return true;
      if (ele.isEdge()) {
        const def = edgeDefs.get(ele.id());
        return !def || def.data.source !== ele.data('source') || def.data.target !== ele.data('target');
      }
      return false;
    });
    result.removed = stale.length;
    result.removedNodes = stale.nodes().length;
    cy.remove(stale);
    for (const def of elements.nodes) {
      const ele = cy.getElementById(String(def.data.id));
      if (ele.nonempty()) {
        syncData(ele.data() as Record<string, unknown>, ele, def.data as Record<string, unknown>);
        syncClasses(ele, def, TRANSIENT);
      } else newNodes.push(def);
    }
    for (const def of elements.edges) {
      const ele = cy.getElementById(String(def.data.id));
      if (ele.nonempty()) {
        syncData(ele.data() as Record<string, unknown>, ele, def.data as Record<string, unknown>);
        syncClasses(ele, def, TRANSIENT);
      } else newEdges.push(def);
    }
  });
  const placedBefore = cy.nodes().length > 0;
  result.added = newNodes.map((d) => String(d.data.id));
  result.unplaced = newNodes.filter((d) => !d.position).map((d) => String(d.data.id));
  // Nodes an interrupted drawing left waiting for their places still need them.
  cy.nodes('.unplaced').forEach((node) => {
    result.unplaced.push(node.id());
  });
  // Many nodes without a place wait hidden for the layout; a few get a provisional place. Many
  // new nodes all wait, placed or not, and are shown in a few steps once added (reveal.ts): else
  // every frame while they arrive would redraw all the edges added so far.
  const unplacedWait = !placedBefore || result.unplaced.length > PROVISIONAL_UP_TO;
  const allWait = newNodes.length > WAIT_FROM;
  for (const def of newNodes) {
    if ((unplacedWait && !def.position) || allWait) def.classes = joinClasses(Array.isArray(def.classes) ? def.classes.join(' ') : def.classes, 'unplaced');
  }
  return { result, newNodes, newEdges, placedBefore, view: placedBefore ? cy.extent() : null };
}

/** Gives a few new nodes a place next to a placed neighbour, else near the middle of the view. */
function placeProvisionally(cy: Core, p: Pending): void {
  if (!p.view || p.result.unplaced.length > PROVISIONAL_UP_TO) return;
  const view = p.view;
  const fresh = new Set(p.result.unplaced);
  p.result.unplaced.forEach((id, k) => {
    const node = cy.getElementById(id);
    const anchors = node.neighborhood().nodes().filter((n) => !fresh.has(n.id()));
    let x = (view.x1 + view.x2) / 2;
    let y = (view.y1 + view.y2) / 2;
    if (anchors.nonempty()) {
      x = 0;
      y = 0;
      anchors.forEach((n: NodeSingular) => {
        x += n.position('x') / anchors.length;
        y += n.position('y') / anchors.length;
      });
    }
    const angle = anchors.nonempty() ? Math.random() * Math.PI * 2 : (k / PROVISIONAL_UP_TO) * Math.PI * 2 + Math.PI / 4;
    const r = anchors.nonempty() ? 40 + Math.random() * 40 : 60;
    node.position({ x: x + Math.cos(angle) * r, y: y + Math.sin(angle) * r });
  });
}

/**
 * Brings the instance in line with `elements` in one batch: removes what is gone, updates data of
 * what stays (keeping positions), adds what is new. New nodes without a saved place are listed in
 * `unplaced`: a few get a provisional place next to a neighbour; more wait hidden (class
 * `unplaced`) for a layout.
 */
export function applyElements(cy: Core, elements: ViewElements): ApplyResult {
  const p = syncExisting(cy, elements);
  cy.batch(() => {
    cy.add([...p.newNodes, ...p.newEdges]);
    placeProvisionally(cy, p);
  });
  return p.result;
}

/** Computes the style of `eles` now (cytoscape would do it for all of them in the next frame). */
export function styleNow(eles: Collection): void {
  eles.forEach((ele) => void ele.style('display'));
}

/**
 * Like `applyElements`, but adds new elements in time slices with a frame between them (nodes
 * before the edges that need them), computing each slice's style in its own slice, so that
 * thousands of elements never stall the page. `current` tells whether the work is still wanted.
 */
export async function applyElementsInChunks(
  cy: Core,
  elements: ViewElements,
  current: () => boolean = () => true,
  progress?: (done: number, total: number) => void,
): Promise<ApplyResult | null> {
  const p = syncExisting(cy, elements);
  const all = [...p.newNodes, ...p.newEdges];
  const done = await inSlices(
    all,
    (slice) => {
      if (cy.destroyed()) return;
      let added = cy.collection();
      cy.batch(() => {
        added = cy.add(slice as ElementDefinition[]);
      });
      styleNow(added);
    },
    { current: () => current() && !cy.destroyed(), first: 200, progress, yieldWith: 'task', budgetMs: 40 },
  );
  if (!done || cy.destroyed()) return null;
  cy.batch(() => placeProvisionally(cy, p));
  return p.result;
}
