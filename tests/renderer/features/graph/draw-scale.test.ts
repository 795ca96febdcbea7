// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode } from '../../../../electron/shared/types';
import { nearCoOccurs, NEAR_EDGES, NEAR_NODES } from '../../../../renderer/src/features/graph/cooc-lod';
import { creationOptions, DENSE_EDGES, drawStyle, drawTier, hiddenCoOccurs, LARGE_GRAPH } from '../../../../renderer/src/features/graph/draw-scale';
import { toViewElements } from '../../../../renderer/src/features/graph/elements';
import { buildStylesheet, setDrawStyle } from '../../../../renderer/src/features/graph/stylesheet';
import { applyViewClasses, fadeLikeTheRest } from '../../../../renderer/src/features/graph/view-classes';
import { edge, node } from './fixtures';

/** A row of `n` nodes 100 units apart, each tied to the next by co-occurrence and by a typed relation. */
function row(n: number): GraphData {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push(node(`n${i}`, `单位${i}`, 'organisation', { degree: n - i, weightedDegree: n - i, position: { x: i * 100, y: 0 } }));
    if (i > 0) {
      edges.push(edge(`c${i}`, `n${i - 1}`, `n${i}`, 'co_occurs'));
      edges.push(edge(`p${i}`, `n${i - 1}`, `n${i}`, 'partner', { label: '合作' }));
    }
  }
  return { nodes, edges };
}

function drawn(graph: GraphData, showCoOccurs = false) {
  const cy = cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
  setDrawStyle(cy, drawStyle(graph, showCoOccurs));
  const els = toViewElements(graph, { sizeBy: 'degree', relationName: (t) => `rel:${t}` });
  cy.add([...els.nodes, ...els.edges]);
  return cy;
}

const shown = (cy: cytoscape.Core, id: string) => cy.getElementById(id).style('display') !== 'none';
const caption = (cy: cytoscape.Core, id: string) => String(cy.getElementById(id).style('label'));

describe('how much a view draws', () => {
  it('draws everything in a small view, less past the edge and node thresholds', () => {
    expect(drawTier(300, DENSE_EDGES)).toBe('normal');
    expect(drawTier(300, DENSE_EDGES + 1)).toBe('dense');
    expect(drawTier(LARGE_GRAPH + 1, 10)).toBe('large');
  });

  it('keeps every edge and its caption in a small view', () => {
    const graph = row(5);
    const cy = drawn(graph);
    expect(hiddenCoOccurs(graph, drawStyle(graph, false))).toBe(0);
    expect(shown(cy, 'c1')).toBe(true);
    expect(caption(cy, 'p1')).toBe('rel:partner: 合作');
  });

  it('in a dense view hides co-occurrence edges until looked at, and captions until hovered or selected', () => {
    const graph = row(DENSE_EDGES / 2 + 2);
    const style = drawStyle(graph, false);
    expect(style).toEqual({ large: false, quietCaptions: true, hideCoOccurs: true });
    expect(hiddenCoOccurs(graph, style)).toBe(graph.edges.filter((e) => e.type === 'co_occurs').length);
    const cy = drawn(graph);
    expect(shown(cy, 'c1')).toBe(false);
    expect(shown(cy, 'p1')).toBe(true);
    expect(caption(cy, 'p1')).toBe('');
    cy.getElementById('p1').addClass('hover');
    expect(caption(cy, 'p1')).toBe('rel:partner: 合作');
    // Selecting a node marks its edges as neighbours (view-classes.ts): its co-occurrences show.
    cy.getElementById('c1').addClass('neighbour');
    expect(shown(cy, 'c1')).toBe(true);
    cy.getElementById('c2').addClass('near');
    expect(shown(cy, 'c2')).toBe(true);
    expect(shown(cy, 'c3')).toBe(false);
  });

  it('draws every co-occurrence edge of a dense view when the user asks for them', () => {
    const graph = row(DENSE_EDGES / 2 + 2);
    expect(hiddenCoOccurs(graph, drawStyle(graph, true))).toBe(0);
    expect(shown(drawn(graph, true), 'c1')).toBe(true);
  });

  it('decides the fixed renderer settings from the workspace, not only the view', () => {
    const hardware = () => true;
    expect(creationOptions({ viewNodes: 300, workspaceEntities: 5000, mode: 'auto', hardwareWebgl: hardware })).toEqual({ large: true, webgl: true });
    expect(creationOptions({ viewNodes: 300, workspaceEntities: 5000, mode: 'auto', hardwareWebgl: () => false })).toEqual({ large: true, webgl: false });
    expect(creationOptions({ viewNodes: 300, workspaceEntities: 400, mode: 'auto', hardwareWebgl: hardware })).toEqual({ large: false, webgl: false });
    expect(creationOptions({ viewNodes: 300, workspaceEntities: 400, mode: 'webgl', hardwareWebgl: () => false }).webgl).toBe(true);
  });
});

describe('co-occurrence edges by zoom', () => {
  it('picks the co-occurrence edges of the nodes in a zoomed-in view, none when zoomed out', () => {
    const cy = drawn(row(NEAR_NODES + 20));
    const near = nearCoOccurs(cy, { x1: -50, y1: -50, x2: 450, y2: 50 });
    // Nodes n0..n4 are in view: their co-occurrence edges are c1..c5 (c5 reaches n5 outside).
    expect(near.map((e) => e.id()).sort()).toEqual(['c1', 'c2', 'c3', 'c4', 'c5']);
    expect(nearCoOccurs(cy, { x1: -50, y1: -50, x2: (NEAR_NODES + 20) * 100, y2: 50 }).length).toBe(0);
  });

  it('draws none in a view that shows most of the graph, however few nodes it has', () => {
    const cy = drawn(row(10));
    expect(nearCoOccurs(cy, { x1: -50, y1: -50, x2: 1000, y2: 50 }).length).toBe(0);
    expect(nearCoOccurs(cy, { x1: -50, y1: -50, x2: 350, y2: 50 }).map((e) => e.id()).sort()).toEqual(['c1', 'c2', 'c3', 'c4']);
  });

  it('picks at most the given number of edges, those of the biggest nodes first', () => {
    const nodes: GraphNode[] = [node('hub', '中心', 'organisation', { degree: 40, position: { x: 0, y: 0 } }), node('small', '小', 'organisation', { degree: 1, position: { x: 5, y: 0 } })];
    const edges: GraphEdge[] = [edge('s', 'small', 'l0', 'co_occurs')];
    for (let i = 0; i < 40; i++) {
      nodes.push(node(`l${i}`, `叶${i}`, 'person', { position: { x: 5000 + i, y: 5000 } }));
      edges.push(edge(`c${i}`, 'hub', `l${i}`, 'co_occurs'));
    }
    const cy = drawn({ nodes, edges });
    const near = nearCoOccurs(cy, { x1: -10, y1: -10, x2: 10, y2: 10 }, { nodes: NEAR_NODES, edges: 30 });
    expect(near.length).toBe(30);
    expect(near.map((e) => e.id())).not.toContain('s');
    expect(NEAR_EDGES).toBeGreaterThan(30);
  });
});

describe('fading around a selection in a dense view', () => {
  it('fades what is drawn but not the hidden co-occurrence edges, and a new selection touches only what changes', () => {
    const cy = drawn(row(DENSE_EDGES / 2 + 2));
    const touched: string[] = [];
    cy.on('class', (e) => void touched.push(e.target.id()));
    applyViewClasses(cy, { selection: { kind: 'node', id: 'n5' }, marked: [], path: null });
    expect(cy.getElementById('n9').hasClass('faded')).toBe(true);
    expect(cy.getElementById('p9').hasClass('faded')).toBe(true);
    // Hidden, so never restyled for the fade; the selection's own co-occurrence edges show.
    expect(cy.getElementById('c9').hasClass('faded')).toBe(false);
    expect(shown(cy, 'c9')).toBe(false);
    expect(shown(cy, 'c5')).toBe(true);
    expect(Number(cy.getElementById('c5').style('opacity'))).toBeGreaterThan(0.5);
    touched.length = 0;
    applyViewClasses(cy, { selection: { kind: 'node', id: 'n6' }, marked: [], path: null });
    // n4..n7 and the edges around n5 and n6 change; the rest of the thousand stays as it was.
    expect(new Set(touched).size).toBeLessThan(20);
    expect(cy.getElementById('n4').hasClass('faded')).toBe(true);
    expect(cy.getElementById('n7').hasClass('neighbour')).toBe(true);
    expect(cy.$('.faded').length).toBe(cy.elements().not('[type = "co_occurs"]').length - 3 - 2);
    // A co-occurrence edge that comes into sight while zoomed in fades like the rest.
    const far = cy.getElementById('c20');
    far.addClass('near');
    fadeLikeTheRest(cy, far);
    expect(far.hasClass('faded')).toBe(true);
    applyViewClasses(cy, { selection: null, marked: [], path: null });
    expect(cy.$('.faded, .selected, .neighbour').length).toBe(0);
  });
});

describe('a view in an instance made for a large workspace', () => {
  it('draws straight lines from the dense first view on, so that "Show all" restyles nothing', () => {
    const dense = row(DENSE_EDGES / 2 + 2);
    const small = row(5);
    expect(drawStyle(dense, false, true)).toEqual({ large: true, quietCaptions: true, hideCoOccurs: true });
    expect(drawStyle(small, false, true).large).toBe(false);
    expect(drawStyle(dense, false, false).large).toBe(false);
  });
});
