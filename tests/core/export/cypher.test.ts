import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { CYPHER_BATCH_SIZE, NODE_LABELS, RELATIONSHIP_TYPES } from '../../../electron/core/export/cypher';
import { cypherName, cypherNumber, cypherString, cypherValue } from '../../../electron/core/export/cypher-literal';
import type { GraphData, GraphNode } from '../../../electron/shared/types';
import { RELATION_TYPES } from '../../../electron/shared/types';
import { awkwardGraph, awkwardName } from './arbitraries';
import { readCypherLiteral, readUnwinds } from './cypher-parse';
import { ARTICLES, sampleGraph } from './fixture';

function cypherOf(graph: GraphData): string {
  const files = exportGraph(graph, 'cypher', { articles: ARTICLES, generatedAt: '2026-11-29T10:00:00.000Z' });
  expect(files).toHaveLength(1);
  expect(files[0].name).toBe('graph.cypher');
  return files[0].content;
}

function roundTrips(s: string): void {
  const literal = cypherString(s);
  const back = readCypherLiteral(literal);
  expect(back.value).toBe(s);
  expect(back.end).toBe(literal.length);
  expect(literal).not.toMatch(/[\n\r]/);
}

describe('Cypher string escaping', () => {
  it('escapes quotes and backslashes, keeps CJK and emoji', () => {
    expect(cypherString("O'Brien")).toBe("'O\\'Brien'");
    expect(cypherString('C:\\路径\\')).toBe("'C:\\\\路径\\\\'");
    expect(cypherString('a\nb\tc\u0001')).toBe("'a\\nb\\tc\\u0001'");
    expect(cypherString('深圳市总工会😀')).toBe("'深圳市总工会😀'");
    expect(cypherString('\uD800x')).toBe("'\\ud800x'");
    expect(cypherName('weight')).toBe('weight');
    expect(cypherName('attr_年份')).toBe('`attr_年份`');
    expect(cypherName('a`b')).toBe('`a``b`');
    expect(cypherNumber(1e21)).toBe('1e21');
    expect(cypherNumber(Number.NaN)).toBe('null');
  });

  it('round-trips any string, including quotes, through a reader of the Cypher grammar', () => {
    fc.assert(
      fc.property(awkwardName, (s) => roundTrips(s)),
      { numRuns: 200 },
    );
    fc.assert(
      // Any UTF-16 code units, lone surrogates and controls included.
      fc.property(fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 24 }).map((codes) => String.fromCharCode(...codes)), (s) => roundTrips(s)),
      { numRuns: 1000 },
    );
  });

  it('round-trips nested lists and maps with awkward keys', () => {
    const value = { name: "夏海燕's \"秘书长\"", 'attr_年份': 1996, 'a`b': [1.5, -2, true, null, ['\\']], empty: [] };
    expect(readCypherLiteral(cypherValue(value)).value).toEqual(value);
  });
});

describe('Cypher export', () => {
  const graph = sampleGraph();
  const script = cypherOf(graph);

  it('creates one uniqueness constraint per label before any data', () => {
    const lines = script.split('\n');
    const constraints = lines.filter((l) => l.startsWith('CREATE CONSTRAINT'));
    const labels = [...new Set(graph.nodes.map((n) => NODE_LABELS[n.type]))];
    expect(constraints).toHaveLength(labels.length);
    for (const label of labels) {
      expect(constraints).toContain(`CREATE CONSTRAINT zhitu_${label.toLowerCase()}_id IF NOT EXISTS FOR (n:${label}) REQUIRE n.id IS UNIQUE;`);
    }
    const lastConstraint = Math.max(...constraints.map((c) => lines.indexOf(c)));
    expect(lastConstraint).toBeLessThan(lines.findIndex((l) => l.startsWith('UNWIND')));
  });

  it('merges every node with its label and properties, and every relationship with its type', () => {
    const statements = readUnwinds(script);
    const nodeRows = new Map<string, { label: string; props: Record<string, unknown> }>();
    const relRows = new Map<string, { body: string; row: Record<string, unknown> }>();
    for (const st of statements) {
      const node = /^AS row\nMERGE \(n:(\w+) \{id: row\.id\}\)\nSET n \+= row\.props$/.exec(st.body);
      for (const row of st.rows) {
        if (node) nodeRows.set(row.id as string, { label: node[1], props: row.props as Record<string, unknown> });
        else relRows.set(row.id as string, { body: st.body, row });
      }
    }
    expect(nodeRows.size).toBe(graph.nodes.length);
    for (const n of graph.nodes) {
      const r = nodeRows.get(n.id);
      expect(r?.label).toBe(NODE_LABELS[n.type]);
      expect(r?.props.name).toBe(n.name);
      expect(r?.props.aliases).toEqual(n.aliases);
      expect(r?.props.mentions).toBe(n.mentions);
    }
    expect(nodeRows.get('o_szzgh')?.props.note).toBe('1996年发起成立基金会; 注: "工会" & <公益>');
    expect(nodeRows.get('o_jcgh')?.props.note).toBe('手工添加\n第二行');
    expect(nodeRows.get(ARTICLES[0].id)?.props.title).toBe(ARTICLES[0].title);
    expect(relRows.size).toBe(graph.edges.length);
    for (const e of graph.edges) {
      const r = relRows.get(e.id);
      const src = NODE_LABELS[graph.nodes.find((n) => n.id === e.source)?.type ?? 'article'];
      const dst = NODE_LABELS[graph.nodes.find((n) => n.id === e.target)?.type ?? 'article'];
      expect(r?.body).toBe(
        `AS row\nMATCH (a:${src} {id: row.source})\nMATCH (b:${dst} {id: row.target})\nMERGE (a)-[r:${RELATIONSHIP_TYPES[e.type]} {id: row.id}]->(b)\nSET r += row.props`,
      );
      const props = r?.row.props as Record<string, unknown>;
      expect([r?.row.source, r?.row.target]).toEqual([e.source, e.target]);
      expect(props.weight).toBe(e.weight);
      expect(props.evidence).toEqual(e.evidence.map((ev) => ev.text));
      expect(JSON.parse(props.evidenceJson as string)).toEqual(e.evidence);
      expect(props.firstDate).toBe(e.firstDate ?? undefined);
    }
    expect((relRows.get('r_founded_o_szzgh_o_szjjh')?.row.props as Record<string, unknown>).attr_year).toBe(1996);
  });

  it('maps every relation to an upper-case relationship type', () => {
    for (const t of RELATION_TYPES) expect(RELATIONSHIP_TYPES[t]).toBe(t.toUpperCase());
  });

  it('batches nodes by label in UNWIND statements of at most 500 rows', () => {
    const many: GraphNode[] = Array.from({ length: 1203 }, (_, i) => ({
      id: `p${i}`, type: 'person', name: `人${i}`, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0,
    }));
    const statements = readUnwinds(cypherOf({ nodes: many, edges: [] }));
    expect(statements.map((s) => s.rows.length)).toEqual([CYPHER_BATCH_SIZE, CYPHER_BATCH_SIZE, 203]);
    expect(statements.flatMap((s) => s.rows.map((r) => r.id))).toEqual(many.map((n) => n.id));
  });

  it('round-trips awkward names, labels and evidence', () => {
    fc.assert(
      fc.property(awkwardGraph, (g) => {
        const rows = readUnwinds(cypherOf(g)).flatMap((s) => s.rows);
        const byId = new Map(rows.map((r) => [r.id as string, r]));
        for (const n of g.nodes) expect((byId.get(n.id)?.props as Record<string, unknown>).name).toBe(n.name);
        for (const e of g.edges) {
          const props = byId.get(e.id)?.props as Record<string, unknown>;
          expect(props.label).toBe(e.label);
          expect(props.evidence).toEqual(e.evidence.map((ev) => ev.text));
        }
      }),
      { numRuns: 60 },
    );
  });
});
