// @vitest-environment happy-dom
import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { applyElements, toViewElements } from '../../../../renderer/src/features/graph/elements';
import { buildStylesheet } from '../../../../renderer/src/features/graph/stylesheet';
import { TYPE_COLOURS } from '../../../../renderer/src/features/graph/type-style';
import { applyViewClasses } from '../../../../renderer/src/features/graph/view-classes';
import { edge, node, sampleGraph } from './fixtures';

const relationName = (t: string) => `rel:${t}`;

function headless() {
  // With a container cytoscape needs a canvas, which happy-dom lacks: headless with styles on.
  return cytoscape({ headless: true, styleEnabled: true, style: buildStylesheet() });
}

describe('mapping the graph to elements', () => {
  it('keeps ids and ends, sizes nodes by the chosen measure and captions edges', () => {
    const els = toViewElements(sampleGraph(), { sizeBy: 'weightedDegree', relationName });
    const o1 = els.nodes.find((n) => n.data.id === 'o1')!;
    const p1 = els.nodes.find((n) => n.data.id === 'p1')!;
    expect(o1.data.label).toBe('深圳市总工会');
    expect(o1.data.type).toBe('organisation');
    expect(Number(o1.data.size)).toBeGreaterThan(Number(p1.data.size));
    expect(o1.data.size).toBe(64);
    const e1 = els.edges.find((e) => e.data.id === 'e1')!;
    expect(e1.data).toMatchObject({ source: 'o1', target: 'o2', type: 'founded', caption: 'rel:founded: 发起' });
    expect(els.edges.find((e) => e.data.id === 'e2')!.data.caption).toBe('rel:located_in');
    // A saved position is where the node was drawn last: kept, but not a pin that layouts must respect.
    const saved = els.nodes.find((n) => n.data.id === 'x1')!;
    expect(saved.position).toEqual({ x: 500, y: 40 });
    expect(String(saved.classes ?? '')).not.toContain('pinned');
    const byDegree = toViewElements(sampleGraph(), { sizeBy: 'degree', relationName });
    expect(byDegree.nodes.find((n) => n.data.id === 'g1')!.data.size).not.toBe(els.nodes.find((n) => n.data.id === 'g1')!.data.size);
  });
});

describe('the stylesheet', () => {
  it('draws each node type with its colour and shape, and a user colour over it', () => {
    const cy = headless();
    applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName }));
    const style = (id: string, prop: string) => cy.getElementById(id).style(prop);
    expect(style('o1', 'shape')).toBe('round-rectangle');
    expect(style('p1', 'shape')).toBe('ellipse');
    expect(style('g1', 'shape')).toBe('round-diamond');
    expect(style('x1', 'shape')).toBe('round-hexagon');
    expect(cy.getElementById('p1').style('background-color')).toBe(hexToRgb(TYPE_COLOURS.person));
    expect(cy.getElementById('o2').style('background-color')).toBe('rgb(18,52,86)');
    expect(style('o1', 'font-family')).toContain('Noto Sans CJK SC');
    expect(style('o1', 'text-wrap')).toBe('wrap');
    expect(style('o1', 'text-overflow-wrap')).toBe('anywhere');
    cy.destroy();
  });

  it('draws co-occurrence thin and dashed, typed relations solid with arrows', () => {
    const cy = headless();
    applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName }));
    const co = cy.getElementById('e6');
    const founded = cy.getElementById('e1');
    expect(co.style('line-style')).toBe('dashed');
    expect(parseFloat(co.style('width'))).toBeLessThan(parseFloat(founded.style('width')));
    expect(founded.style('line-style')).toBe('solid');
    expect(founded.style('target-arrow-shape')).not.toBe('none');
    cy.destroy();
  });

  it('shows edge labels only when zoomed in, or on hover', () => {
    const cy = headless();
    applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName }));
    const e1 = cy.getElementById('e1');
    expect(parseFloat(e1.style('min-zoomed-font-size'))).toBeGreaterThan(parseFloat(e1.style('font-size')));
    e1.addClass('hover');
    expect(parseFloat(e1.style('min-zoomed-font-size'))).toBe(0);
    cy.destroy();
  });

  it('marks the selection and its neighbours, fades the rest, and lets a path win', () => {
    const cy = headless();
    applyElements(cy, toViewElements(sampleGraph(), { sizeBy: 'degree', relationName }));
    applyViewClasses(cy, { selection: { kind: 'node', id: 'g1' }, marked: [], path: null });
    expect(cy.getElementById('g1').hasClass('selected')).toBe(true);
    expect(cy.getElementById('g2').hasClass('neighbour')).toBe(true);
    expect(cy.getElementById('p1').hasClass('faded')).toBe(true);
    expect(Number(cy.getElementById('p1').style('opacity'))).toBeLessThan(0.5);
    applyViewClasses(cy, { selection: null, marked: ['p1', 'g2'], path: { nodes: ['p1', 'o1', 'g1', 'g2'], edges: ['e6', 'e2', 'e4'] } });
    expect(cy.$('.path').map((e) => e.id()).sort()).toEqual(['e2', 'e4', 'e6', 'g1', 'g2', 'o1', 'p1']);
    expect(cy.getElementById('g1').hasClass('selected')).toBe(false);
    expect(cy.getElementById('x1').hasClass('faded')).toBe(true);
    applyViewClasses(cy, { selection: null, marked: [], path: null });
    expect(cy.$('.faded, .path, .selected').length).toBe(0);
    cy.destroy();
  });
});

describe('updating the instance', () => {
  it('keeps positions of nodes that stay, removes what is gone, puts a new node next to a neighbour until a layout places it', () => {
    const cy = headless();
    const graph = sampleGraph();
    const first = applyElements(cy, toViewElements(graph, { sizeBy: 'degree', relationName }));
    expect(first.added).toHaveLength(8);
    expect(first.unplaced).toHaveLength(7);
    cy.getElementById('o1').position({ x: 100, y: 200 });
    const next = {
      nodes: [...graph.nodes.filter((n) => n.id !== 'p1'), node('o9', '新机构', 'organisation')],
      edges: [...graph.edges.filter((e) => e.id !== 'e6'), edge('e9', 'o9', 'o1', 'partner')],
    };
    const second = applyElements(cy, toViewElements(next, { sizeBy: 'degree', relationName }));
    expect(second.added).toEqual(['o9']);
    expect(second.removed).toBe(2);
    expect(second.unplaced).toEqual(['o9']);
    expect(cy.getElementById('p1').empty()).toBe(true);
    expect(cy.getElementById('o1').position()).toEqual({ x: 100, y: 200 });
    const o9 = cy.getElementById('o9').position();
    expect(Math.hypot(o9.x - 100, o9.y - 200)).toBeLessThanOrEqual(80);
    cy.destroy();
  });

  it('updates data in place (a rename, a cleared note) and re-creates an edge whose ends changed', () => {
    const cy = headless();
    const graph = sampleGraph();
    graph.nodes[0].note = '备注';
    applyElements(cy, toViewElements(graph, { sizeBy: 'degree', relationName }));
    expect(cy.getElementById('o1').data('note')).toBe('备注');
    const renamed = structuredClone(sampleGraph());
    renamed.nodes[0].name = '深圳总工会';
    // After a merge of o2 into p1, the founded edge now ends at p1.
    renamed.edges[0].target = 'p1';
    applyElements(cy, toViewElements(renamed, { sizeBy: 'degree', relationName }));
    expect(cy.getElementById('o1').data('label')).toBe('深圳总工会');
    expect(cy.getElementById('o1').data('note')).toBeUndefined();
    expect(cy.getElementById('e1').target().id()).toBe('p1');
    cy.destroy();
  });
});

function hexToRgb(hex: string): string {
  const v = parseInt(hex.slice(1), 16);
  return `rgb(${(v >> 16) & 255},${(v >> 8) & 255},${v & 255})`;
}
