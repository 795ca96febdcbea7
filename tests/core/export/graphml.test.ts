import fc from 'fast-check';
import { MultiGraph } from 'graphology';
import { parse } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { stripIllegalXmlChars } from '../../../electron/core/export/xml';
import type { GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';
import { ARTICLES, sampleGraph } from './fixture';

function graphmlOf(graph: GraphData, mixedGraph = false): string {
  const files = exportGraph(graph, 'graphml', { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z', mixedGraph });
  expect(files).toHaveLength(1);
  expect(files[0].name).toBe('graph.graphml');
  return files[0].content;
}

describe('GraphML export', () => {
  const graph = sampleGraph();
  const xml = graphmlOf(graph);

  it('declares typed keys that readers turn into numbers, booleans and strings', () => {
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="mentions" attr.type="int"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr.name="weighted_degree" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="weight" attr.type="double"\/>/);
    expect(xml).toMatch(/<key id="e\d+" for="edge" attr.name="manual" attr.type="boolean"\/>/);
    const g = parse(MultiGraph, xml);
    expect(g.getNodeAttribute('o_szjjh', 'mentions')).toBe(6);
    expect(g.getNodeAttribute('o_jcgh', 'manual')).toBe(true);
    expect(g.getAttribute('generator')).toBe('Zhitu (知图)');
  });

  it('reads back in graphology with every node, edge, label, type, weight and evidence', () => {
    const g = parse(MultiGraph, xml);
    expect(g.order).toBe(graph.nodes.length);
    expect(g.size).toBe(graph.edges.length);
    for (const n of graph.nodes) {
      const a = g.getNodeAttributes(n.id);
      expect(a.label).toBe(n.name);
      expect(a.type).toBe(n.type);
      expect(a.degree).toBe(n.degree);
      expect(a.tags).toBe(n.tags?.join('|'));
    }
    for (const e of graph.edges) {
      expect(g.source(e.id)).toBe(e.source);
      expect(g.target(e.id)).toBe(e.target);
      const a = g.getEdgeAttributes(e.id);
      expect(a.relation).toBe(e.type);
      expect(a.weight).toBe(e.weight);
      expect(a.label).toBe(e.label === '' ? undefined : e.label);
      expect(a.evidence).toBe(e.evidence.map((ev) => ev.text).join('\n'));
      expect(a.evidence_count).toBe(e.evidence.length);
    }
    expect(g.getNodeAttribute('o_szzgh', 'note')).toBe('1996年发起成立基金会; 注: "工会" & <公益>');
    expect(g.getNodeAttribute('o_jcgh', 'note')).toBe('手工添加\n第二行');
    expect(g.getNodeAttribute('o_szzgh', 'color')).toBe('#123ABC');
    expect(g.getNodeAttribute('o_szzgh', 'x')).toBe(120.5);
    expect(g.getNodeAttribute(ARTICLES[0].id, 'source')).toBe(ARTICLES[0].source);
  });

  it('keeps Chinese byte-exact and marks symmetric relations only in a mixed graph', () => {
    expect(xml).toContain('>深圳市职工发展基金会</data>');
    expect(xml).not.toContain('directed="false"');
    const mixed = graphmlOf(graph, true);
    const undirected = graph.edges.filter((e) => e.type === 'partner' || e.type === 'co_occurs').length;
    expect(mixed.match(/directed="false"/g)).toHaveLength(undirected);
  });

  it('round-trips awkward names', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const back = parse(MultiGraph, graphmlOf(g));
        expect(back.order).toBe(g.nodes.length);
        expect(back.size).toBe(g.edges.length);
        for (const n of g.nodes) {
          const a = back.getNodeAttributes(stripIllegalXmlChars(n.id));
          expect(a.label ?? '').toBe(stripIllegalXmlChars(n.name));
          expect(a.aliases ?? '').toBe(stripIllegalXmlChars(n.aliases.join('|')));
          expect(a.note ?? '').toBe(stripIllegalXmlChars(n.note ?? ''));
          expect(a.mentions).toBe(n.mentions);
        }
        for (const e of g.edges) {
          const a = back.getEdgeAttributes(e.id);
          expect(a.weight).toBe(e.weight);
          expect(a.label ?? '').toBe(stripIllegalXmlChars(e.label));
          expect(a.evidence ?? '').toBe(stripIllegalXmlChars(e.evidence.map((ev) => ev.text).join('\n')));
        }
      }),
      { numRuns: 60 },
    );
  });
});
