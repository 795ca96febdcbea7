import cytoscape from 'cytoscape';
import { describe, expect, it } from 'vitest';
import { buildGraph, entityId, filterGraph } from '../../../electron/core/graph';
import { toCytoscapeElements } from '../../../electron/shared/to-cytoscape';
import type { GraphData } from '../../../electron/shared/types';
import { ARTICLES, FUND, ORG, SZ_UNION, extractionV1, log } from '../graph/fixtures';

const FUND_ID = entityId(ORG, FUND);
const UNION_ID = entityId(ORG, SZ_UNION);
const NUANGONG = entityId('program', '暖工基金');

function graph(): GraphData {
  const built = buildGraph({
    articles: ARTICLES,
    extractions: extractionV1(),
    edits: log(
      { op: 'annotate', id: FUND_ID, note: '公募基金', tags: ['慈善'], color: '#ff8800' },
      { op: 'addNode', type: 'program', name: '暖工基金' },
      { op: 'addEdge', source: FUND_ID, target: NUANGONG, type: 'organises', label: '设立' },
    ),
    positions: { [UNION_ID]: { x: 12, y: 34 } },
  });
  return filterGraph(built.graph, {});
}

describe('toCytoscapeElements', () => {
  it('maps nodes with their data, classes and pinned positions', () => {
    const g = graph();
    const { nodes } = toCytoscapeElements(g);
    expect(nodes).toHaveLength(g.nodes.length);
    const fund = nodes.find((n) => n.data.id === FUND_ID)!;
    const src = g.nodes.find((n) => n.id === FUND_ID)!;
    expect(fund.data).toMatchObject({
      id: FUND_ID,
      label: FUND,
      type: 'organisation',
      degree: src.degree,
      weightedDegree: src.weightedDegree,
      mentions: 5,
      articles: 2,
      aliases: ['基金会'],
      color: '#ff8800',
      note: '公募基金',
      tags: ['慈善'],
    });
    expect(fund.classes!.split(' ').sort()).toEqual(['annotated', 'has-color', 'has-note', 'has-tags', 'organisation']);
    expect(fund.position).toBeUndefined();
    const union = nodes.find((n) => n.data.id === UNION_ID)!;
    expect(union.position).toEqual({ x: 12, y: 34 });
    expect(union.classes).toBe('organisation pinned');
    expect('color' in union.data).toBe(false);
    expect(nodes.find((n) => n.data.id === NUANGONG)!.classes).toBe('program manual');
  });

  it('maps edges with their data and classes', () => {
    const g = graph();
    const { edges } = toCytoscapeElements(g);
    expect(edges).toHaveLength(g.edges.length);
    const manual = edges.find((e) => e.data.target === NUANGONG)!;
    expect(manual.data).toMatchObject({ source: FUND_ID, target: NUANGONG, type: 'organises', label: '设立', weight: 1, manual: true });
    expect(manual.classes).toBe('organises manual');
    const co = edges.find((e) => e.data.type === 'co_occurs')!;
    expect(co.data).toMatchObject({ weight: 2, evidence: 2, label: '' });
    expect(co.classes).toBe('co_occurs undirected');
  });

  it('leaves out edges whose ends are missing', () => {
    const g = graph();
    const partial: GraphData = { nodes: g.nodes.filter((n) => n.id !== FUND_ID), edges: g.edges };
    const { edges } = toCytoscapeElements(partial);
    expect(edges.some((e) => e.data.source === FUND_ID || e.data.target === FUND_ID)).toBe(false);
  });

  it('gives elements that headless Cytoscape accepts, with articles too', () => {
    const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] });
    const g = filterGraph(built.graph, { includeArticles: true });
    const elements = toCytoscapeElements(g);
    const cy = cytoscape({ headless: true, elements });
    expect(cy.nodes().length).toBe(g.nodes.length);
    expect(cy.edges().length).toBe(g.edges.length);
    expect(cy.getElementById(FUND_ID).data('label')).toBe(FUND);
    expect(cy.getElementById(FUND_ID).hasClass('organisation')).toBe(true);
    expect(cy.edges('.mentions').length).toBe(g.edges.filter((e) => e.type === 'mentions').length);
    cy.destroy();
  });
});
