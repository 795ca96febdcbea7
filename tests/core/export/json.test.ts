import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../electron/shared/types';
import type { GraphData } from '../../../electron/shared/types';
import { awkwardGraph } from './arbitraries';
import { ARTICLES, sampleGraph } from './fixture';
import type { Schema } from './json-schema-check';
import { validate } from './json-schema-check';

const SCHEMA = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../electron/core/export/zhitu-graph.schema.json'), 'utf8')) as Schema;

function jsonOf(graph: GraphData) {
  const files = exportGraph(graph, 'json', { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z' });
  expect(files).toHaveLength(1);
  expect(files[0].name).toBe('graph.json');
  expect(files[0].mime).toBe('application/json');
  return { text: files[0].content, doc: JSON.parse(files[0].content) as Record<string, unknown> };
}

describe('Zhitu JSON export', () => {
  const graph = sampleGraph();
  const { text, doc } = jsonOf(graph);

  it('is the whole graph with evidence and the metadata of the articles it refers to', () => {
    expect(doc.format).toBe('zhitu-graph');
    expect(doc.version).toBe(1);
    expect(doc.generatedAt).toBe('2026-11-29T10:00:00.000Z');
    expect(doc.nodes).toEqual(graph.nodes);
    expect(doc.edges).toEqual(graph.edges);
    expect(doc.articles).toEqual(ARTICLES);
    expect(text).toContain('"name": "深圳市职工发展基金会"');
  });

  it('keeps only the articles the graph refers to', () => {
    const small: GraphData = { nodes: graph.nodes.filter((n) => n.id === 'o_zszgh'), edges: [] };
    const files = exportGraph(small, 'json', { articles: ARTICLES });
    const articles = (JSON.parse(files[0].content) as { articles: Array<{ id: string }> }).articles;
    expect(articles.map((a) => a.id)).toEqual(['a_9c1f02d7e4b83a60']);
  });

  it('validates against zhitu-graph.schema.json', () => {
    expect(validate(doc, SCHEMA)).toEqual([]);
  });

  it('has a schema that rejects what it should, and names every entity and relation type', () => {
    const bad = structuredClone(doc) as { nodes: Array<Record<string, unknown>>; edges: Array<Record<string, unknown>> };
    bad.nodes[0].type = 'company';
    delete bad.edges[0].evidence;
    bad.nodes[1].color = 'red';
    const errors = validate(bad, SCHEMA);
    expect(errors).toHaveLength(3);
    expect(validate({ ...doc, extra: 1 }, SCHEMA)).toEqual(['$: unexpected extra']);
    const defs = SCHEMA.$defs ?? {};
    expect(defs.node.properties?.type.enum).toEqual([...ENTITY_TYPES, 'article']);
    expect(defs.edge.properties?.type.enum).toEqual([...RELATION_TYPES]);
  });

  it('round-trips awkward graphs exactly and they stay valid', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const { doc: back } = jsonOf(g);
        expect(back.nodes).toEqual(g.nodes);
        expect(back.edges).toEqual(g.edges);
        expect(validate(back, SCHEMA)).toEqual([]);
      }),
      { numRuns: 60 },
    );
  });
});
