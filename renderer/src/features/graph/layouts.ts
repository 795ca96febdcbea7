import type { CollectionReturnValue, Core, LayoutOptions, NodeCollection, NodeSingular } from 'cytoscape';
import type { LayoutName } from '../../state/store';
import { applyPositions, runForceLayout } from './layout/force-layout';
import { fitAll } from './placement';

export interface LayoutContext {
  /** The selected node: the root of the breadth-first tree. */
  selected?: string | null;
  /** Animate small graphs. */
  animate?: boolean;
  /** Only place the nodes listed here, around the others (which stay). */
  place?: string[];
  /** Tells whether this run is still wanted (a newer one may have started); stale results are dropped. */
  current?: () => boolean;
  /** Told how many of the nodes that waited hidden are shown, as they are. */
  shown?: (done: number, total: number) => void;
}

/** Depth of each node reached from `roots` by breadth-first search over `eles`. */
function bfsDepths(eles: CollectionReturnValue, roots: NodeCollection): Map<string, number> {
  const depths = new Map<string, number>();
  eles.bfs({
    roots,
    directed: false,
    visit: (node: NodeSingular, _edge: unknown, _prev: unknown, _i: number, depth: number) => {
      if (!depths.has(node.id())) depths.set(node.id(), depth);
    },
  });
  return depths;
}

/**
 * Lays `tree` out as a top-down tree from `roots` and puts the nodes in `rest` in a grid below it,
 * so that unrelated nodes do not stretch the tree's first row.
 */
function treeAndRest(cy: Core, tree: CollectionReturnValue, roots: NodeCollection, rest: NodeCollection): LayoutOptions[] {
  const depths = bfsDepths(tree, roots);
  const perLevel = new Map<number, number>();
  for (const d of depths.values()) perLevel.set(d, (perLevel.get(d) ?? 0) + 1);
  const widest = Math.max(1, ...perLevel.values());
  const levels = Math.max(1, perLevel.size);
  const width = Math.max(400, widest * 110);
  const height = Math.max(200, levels * 150);
  const layouts: LayoutOptions[] = [];
  if (tree.nodes().nonempty()) {
    layouts.push({
      name: 'breadthfirst',
      eles: tree,
      roots: roots.map((r: NodeSingular) => r.id()),
      directed: false,
      spacingFactor: 1,
      avoidOverlap: true,
      nodeDimensionsIncludeLabels: true,
      fit: false,
      animate: false,
      boundingBox: { x1: 0, y1: 0, w: width, h: height },
    } as LayoutOptions);
  }
  if (rest.nonempty()) {
    const cols = Math.max(1, Math.ceil(Math.sqrt(rest.length * 2.5)));
    const rows = Math.ceil(rest.length / cols);
    layouts.push({
      name: 'grid',
      eles: rest,
      cols,
      avoidOverlap: true,
      fit: false,
      animate: false,
      boundingBox: { x1: 0, y1: height + 160, w: Math.max(width, cols * 110), h: rows * 80 },
      sort: (a: NodeSingular, b: NodeSingular) => String(a.data('type')).localeCompare(String(b.data('type'))) || Number(b.data('size')) - Number(a.data('size')),
    } as LayoutOptions);
  }
  return layouts;
}

/** Places as a tree along `located_in` (roots: top-level places); everything else below. */
function placeLayouts(cy: Core): LayoutOptions[] {
  const places = cy.nodes('[type = "place"]');
  const within = places.edgesWith(places).filter('[type = "located_in"]');
  const treeNodes = within.connectedNodes();
  // `a located_in b`: b is the parent, so roots are places with no outgoing located_in edge.
  const roots = treeNodes.filter((n: NodeSingular) => n.outgoers('edge').filter((e) => within.contains(e)).empty());
  const tree = treeNodes.union(within);
  const rest = cy.nodes().difference(treeNodes);
  return treeAndRest(cy, tree, roots, rest);
}

/** The selected node's component as a tree rooted at it; other components below. */
function breadthfirstLayouts(cy: Core, ctx: LayoutContext): LayoutOptions[] {
  let root = ctx.selected ? cy.getElementById(ctx.selected) : cy.collection();
  if (root.empty()) {
    const best = cy.nodes().max((n: NodeSingular) => Number(n.data('size')) || 0).ele;
    if (!best) return [];
    root = cy.getElementById(best.id());
  }
  const component = root.component();
  const rest = cy.nodes().difference(component.nodes());
  return treeAndRest(cy, component, root, rest);
}

/** Layout options for one of the view's non-force layouts; several run one after the other. */
export function layoutPlan(cy: Core, name: Exclude<LayoutName, 'fcose'>, ctx: LayoutContext = {}): LayoutOptions[] {
  switch (name) {
    case 'concentric':
      return [
        {
          name: 'concentric',
          concentric: (node: NodeSingular) => Number(node.data('degree')) || 0,
          levelWidth: (nodes: NodeCollection) => Math.max(1, nodes.max((n: NodeSingular) => Number(n.data('degree')) || 0).value / 6),
          minNodeSpacing: 18,
          avoidOverlap: true,
          nodeDimensionsIncludeLabels: true,
          animate: false,
          fit: true,
          padding: 30,
        } as LayoutOptions,
      ];
    case 'breadthfirst':
      return breadthfirstLayouts(cy, ctx);
    case 'places':
      return placeLayouts(cy);
  }
}

/**
 * Runs a layout and resolves when the nodes stand in their new places. The force layout runs in a
 * worker (fcose on the most important nodes, ForceAtlas2 around them, overlaps removed); nodes the
 * user dragged (`pinned`) stay where they were put. The others are quick and run here.
 * Resolves to false when the run was dropped because a newer one started.
 */
export async function runLayout(cy: Core, name: LayoutName, ctx: LayoutContext = {}): Promise<boolean> {
  if (cy.nodes().empty()) return true;
  if (name === 'fcose') return runForceLayout(cy, { place: ctx.place, animate: ctx.animate, current: ctx.current, shown: ctx.shown });
  const pinned = cy.nodes('.pinned').filter((n: NodeSingular) => !n.locked());
  pinned.lock();
  try {
    for (const options of layoutPlan(cy, name, ctx)) {
      const layout = cy.layout(options);
      const done = layout.promiseOn('layoutstop');
      layout.run();
      await done;
    }
    if (name === 'places' || name === 'breadthfirst') fitAll(cy, false, 30, cy.nodes());
  } finally {
    pinned.unlock();
  }
  return true;
}

export { applyPositions };
