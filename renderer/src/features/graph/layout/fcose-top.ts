import type { ElementDefinition, LayoutOptions } from 'cytoscape';
import { withRandom } from './geometry';
import type { LayoutEdge, LayoutNode } from './layout-types';
import { withFcose } from './register-fcose';

/** Room a node takes with its label under it: CJK labels are about 12 units a character, wrapped at 96. */
export function footprint(node: LayoutNode): { w: number; h: number } {
  const text = Math.min(96, node.label * 12);
  const lines = node.label * 12 > 96 ? 2 : 1;
  return { w: Math.max(node.size, text), h: node.size + 4 + lines * 15 };
}

/**
 * Lays out a set of nodes with fcose at full quality in a headless Cytoscape instance (no canvas,
 * so this also runs in a worker). Node boxes include room for their labels. Returns x, y per index
 * of `subset`; fixed nodes keep their places. The random start is drawn from `rand`, so that the
 * same input gives the same drawing.
 */
export function fcoseSubset(nodes: LayoutNode[], edges: LayoutEdge[], subset: number[], rand: () => number): Array<{ x: number; y: number }> {
  const cytoscape = withFcose();
  const inSubset = new Map(subset.map((index, k) => [index, k]));
  const elements: ElementDefinition[] = subset.map((i) => {
    const { w, h } = footprint(nodes[i]);
    return { group: 'nodes', data: { id: `n${i}`, w, h } };
  });
  let e = 0;
  for (const edge of edges) {
    if (edge.s === edge.t || !inSubset.has(edge.s) || !inSubset.has(edge.t)) continue;
    elements.push({ group: 'edges', data: { id: `e${e++}`, source: `n${edge.s}`, target: `n${edge.t}`, weak: edge.weak ? 1 : 0 } });
  }
  const cy = cytoscape({
    headless: true,
    styleEnabled: true,
    elements,
    style: [{ selector: 'node', style: { width: 'data(w)', height: 'data(h)' } }],
  });
  const fixed = subset.filter((i) => nodes[i].fixed && nodes[i].x !== undefined && nodes[i].y !== undefined);
  const n = subset.length;
  const options = {
    name: 'fcose',
    quality: 'default',
    randomize: true,
    animate: false,
    fit: false,
    nodeDimensionsIncludeLabels: false,
    packComponents: true,
    nodeRepulsion: () => 6500,
    idealEdgeLength: (edge: { data(k: string): unknown }) => (edge.data('weak') ? 90 : 60),
    edgeElasticity: (edge: { data(k: string): unknown }) => (edge.data('weak') ? 0.15 : 0.45),
    nestingFactor: 0.1,
    gravity: 0.3,
    numIter: 2500,
    tile: true,
    fixedNodeConstraint: fixed.length > 0 && fixed.length < n ? fixed.map((i) => ({ nodeId: `n${i}`, position: { x: nodes[i].x!, y: nodes[i].y! } })) : undefined,
  } as unknown as LayoutOptions;
  withRandom(rand, () => cy.layout(options).run());
  const out = subset.map((i) => ({ ...cy.getElementById(`n${i}`).position() }));
  cy.destroy();
  return out;
}
