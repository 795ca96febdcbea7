import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse as parseCsv } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import type { ElementsDefinition } from 'cytoscape';
import { MultiGraph } from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { describe, expect, it } from 'vitest';
import { exportGraph, measuresAsNodeAttributes } from '../../../electron/core/export';
import type { AnalyticsResult, EntityMetrics, ExportFormat, GraphData } from '../../../electron/shared/types';
import { readUnwinds } from './cypher-parse';
import { ARTICLES, sampleGraph } from './fixture';
import type { Schema } from './json-schema-check';
import { validate } from './json-schema-check';

const SCHEMA = JSON.parse(readFileSync(path.resolve(import.meta.dirname, '../../../electron/core/export/zhitu-graph.schema.json'), 'utf8')) as Schema;

const graph: GraphData = sampleGraph();
const entities = graph.nodes.filter((n) => n.type !== 'article');
// Measures as the analytics would give them; the last entity has none (it was not analysed).
const metrics: EntityMetrics[] = entities.slice(0, -1).map((n, i) => ({
  id: n.id,
  name: n.name,
  type: n.type as EntityMetrics['type'],
  degree: i + 1,
  weightedDegree: (i + 1) * 1.5,
  betweenness: i / 100,
  pagerank: 1 / (i + 3),
  community: i % 3,
}));
const analysis: Pick<AnalyticsResult, 'entities'> = { entities: metrics };
const unmeasured = entities[entities.length - 1].id;
// Layout positions for every entity (the fixture pins only two).
const positions = Object.fromEntries(entities.map((n, i) => [n.id, { x: i * 10 - 35, y: 100 - i * 7.5 }]));

function exported(format: ExportFormat, extra = true): string {
  const files = exportGraph(graph, format, {
    articles: ARTICLES,
    generatedAt: '2026-11-29T10:00:00.000Z',
    ...(extra ? { nodeAttributes: measuresAsNodeAttributes(analysis), positions } : {}),
  });
  return files[0].content;
}

describe('measures and positions in every export format', () => {
  it('GEXF declares the measures with their types and gives viz:position to every placed node', () => {
    const xml = exported('gexf');
    expect(xml).toContain('<attribute id="pagerank" title="pagerank" type="double"/>');
    expect(xml).toContain('<attribute id="community" title="community" type="integer"/>');
    const g = parseGexf(MultiGraph, xml);
    for (const m of metrics) {
      const a = g.getNodeAttributes(m.id);
      expect([a.betweenness, a.pagerank, a.community, a.analysis_degree, a.analysis_weighted_degree]).toEqual([
        m.betweenness, m.pagerank, m.community, m.degree, m.weightedDegree,
      ]);
      expect([a.x, a.y]).toEqual([positions[m.id].x, positions[m.id].y]);
    }
    expect(g.getNodeAttribute(unmeasured, 'pagerank')).toBeUndefined();
  });

  it('GraphML declares keys for the measures and carries x/y', () => {
    const xml = exported('graphml');
    expect(xml).toMatch(/<key id="n\d+" for="node" attr\.name="betweenness" attr\.type="double"\/>/);
    expect(xml).toMatch(/<key id="n\d+" for="node" attr\.name="community" attr\.type="int"\/>/);
    const g = parseGraphml(MultiGraph, xml);
    for (const m of metrics) {
      const a = g.getNodeAttributes(m.id);
      expect([a.betweenness, a.pagerank, a.community]).toEqual([m.betweenness, m.pagerank, m.community]);
      expect([a.x, a.y]).toEqual([positions[m.id].x, positions[m.id].y]);
    }
  });

  it('CSV has a column per measure, empty for a node without one', () => {
    const rows = parseCsv(exported('csv'), { bom: true, columns: true }) as Array<Record<string, string>>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(Object.keys(rows[0]).slice(-5)).toEqual(['analysis_degree', 'analysis_weighted_degree', 'betweenness', 'pagerank', 'community']);
    for (const m of metrics) {
      const r = byId.get(m.id)!;
      expect([Number(r.pagerank), Number(r.community), Number(r.x)]).toEqual([m.pagerank, m.community, positions[m.id].x]);
    }
    expect(byId.get(unmeasured)?.pagerank).toBe('');
  });

  it('Cytoscape JSON has the measures in data and every position, readable by cytoscape.js', () => {
    const doc = JSON.parse(exported('cyjs')) as { elements: ElementsDefinition };
    const cy = cytoscape({ headless: true, layout: { name: 'preset' }, elements: doc.elements });
    for (const m of metrics) {
      const el = cy.getElementById(m.id);
      expect([el.data('betweenness'), el.data('pagerank'), el.data('community')]).toEqual([m.betweenness, m.pagerank, m.community]);
      expect(el.position()).toEqual(positions[m.id]);
    }
    expect(cy.getElementById(unmeasured).data('pagerank')).toBeUndefined();
    cy.destroy();
  });

  it('Zhitu JSON declares the attributes, gives them per node and still validates', () => {
    const doc = JSON.parse(exported('json')) as { nodeAttributes: unknown[]; nodes: Array<{ id: string; attributes?: Record<string, unknown>; position?: unknown }> };
    expect(doc.nodeAttributes).toEqual(measuresAsNodeAttributes(analysis).columns);
    const byId = new Map(doc.nodes.map((n) => [n.id, n]));
    for (const m of metrics) {
      expect(byId.get(m.id)?.attributes).toEqual({
        analysis_degree: m.degree,
        analysis_weighted_degree: m.weightedDegree,
        betweenness: m.betweenness,
        pagerank: m.pagerank,
        community: m.community,
      });
      expect(byId.get(m.id)?.position).toEqual(positions[m.id]);
    }
    expect(byId.get(unmeasured)?.attributes).toBeUndefined();
    expect(validate(doc, SCHEMA)).toEqual([]);
  });

  it('Cypher sets the measures as node properties', () => {
    const props = new Map<string, Record<string, unknown>>();
    for (const st of readUnwinds(exported('cypher'))) {
      if (st.body.includes('MERGE (n:')) for (const row of st.rows) props.set(row.id as string, row.props as Record<string, unknown>);
    }
    for (const m of metrics) expect([props.get(m.id)?.pagerank, props.get(m.id)?.community, props.get(m.id)?.x]).toEqual([m.pagerank, m.community, positions[m.id].x]);
  });

  it('changes nothing when no attributes or positions are given', () => {
    for (const format of ['gexf', 'graphml', 'csv', 'cyjs', 'json', 'cypher'] as const) {
      const plain = exported(format, false);
      expect(plain).not.toContain('pagerank');
      expect(plain).toBe(exportGraph(graph, format, { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z', nodeAttributes: { columns: [], values: {} } })[0].content);
    }
  });

  it('writes values only in their declared type and refuses declarations that clash', () => {
    const nodeAttributes = {
      columns: [{ key: 'rank', type: 'integer' as const }, { key: 'group', type: 'string' as const }],
      values: { [entities[0].id]: { rank: 1.5, group: 7 }, [entities[1].id]: { rank: 2, group: '甲' } },
    };
    const rows = parseCsv(exportGraph(graph, 'csv', { nodeAttributes })[0].content, { bom: true, columns: true }) as Array<Record<string, string>>;
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect([byId.get(entities[0].id)?.rank, byId.get(entities[0].id)?.group]).toEqual(['', '7']);
    expect([byId.get(entities[1].id)?.rank, byId.get(entities[1].id)?.group]).toEqual(['2', '甲']);
    const clash = (key: string) => () => exportGraph(graph, 'gexf', { nodeAttributes: { columns: [{ key, type: 'double' }], values: {} } });
    expect(clash('degree')).toThrow(/built-in/);
    expect(clash('x')).toThrow(/built-in/);
    expect(clash('a b')).toThrow(/plain identifier/);
    expect(clash('<x>')).toThrow(/plain identifier/);
  });
});
