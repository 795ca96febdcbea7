import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, filterGraph } from '../../../electron/core/graph';
import { decodeEdges } from '../../../electron/core/graph/snapshot-edges';
import { contentBytes, encodeSnapshot } from '../../../electron/core/graph/snapshot-encode';
import type { NodeTable, TopView } from '../../../electron/core/graph/snapshot-model';
import { selectTop, selectView, tablesAnswer, topAnswers, viewData } from '../../../electron/core/graph/snapshot-view';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../electron/shared/types';
import type { GraphData, GraphFilter } from '../../../electron/shared/types';
import { NODE_IDS, editOp } from './arbitraries';
import { ARTICLES, extractionV1, log } from './fixtures';

const filter: fc.Arbitrary<GraphFilter> = fc.record(
  {
    types: fc.array(fc.constantFrom(...ENTITY_TYPES), { maxLength: 3 }),
    relationTypes: fc.array(fc.constantFrom(...RELATION_TYPES), { maxLength: 4 }),
    minWeight: fc.integer({ min: 0, max: 3 }),
    includeCoOccurs: fc.boolean(),
    focus: fc.record({ ids: fc.array(fc.constantFrom(...NODE_IDS), { maxLength: 3 }), depth: fc.integer({ min: 0, max: 3 }) }),
    limit: fc.integer({ min: 1, max: 40 }),
    includeArticles: fc.constant(false),
  },
  { requiredKeys: [] },
);

describe('the view from the snapshot tables', () => {
  it('is what filterGraph keeps of the whole graph, lean (any edit log, any filter the tables answer)', () => {
    fc.assert(
      fc.property(fc.array(editOp, { maxLength: 8 }), filter, (ops, f) => {
        const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) });
        const files = Object.fromEntries([...encodeSnapshot(built, ARTICLES, { catalog: '', edits: '', editCount: 0 }, { entries: [], blocked: [] })].map((x) => [x.name, typeof x.content === 'string' ? x.content : contentBytes(x.content)]));
        const nodes = JSON.parse(files['nodes.json'] as string) as NodeTable;
        const edges = decodeEdges(files['edges.json'] as string, files['edges.bin'] as Buffer);
        expect(tablesAnswer(f)).toBe(true);
        const view = selectView(nodes, edges, f);
        const byId = new Map(built.graph.nodes.map((n) => [n.id, n.articles]));
        const data = viewData(nodes, edges, view, view.nodes.map((r) => byId.get(nodes.id[r]) ?? []));
        const expected = filterGraph(built.graph, f);
        const lean: GraphData = { nodes: expected.nodes, edges: expected.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) };
        expect(JSON.stringify(data)).toBe(JSON.stringify(lean));
      }),
      { numRuns: 300 },
    );
  });

  it('gives the first view (only a limit) from the view kept in the snapshot, as filterGraph keeps it (any edit log, any limit)', () => {
    let answered = 0;
    fc.assert(
      fc.property(fc.array(editOp, { maxLength: 8 }), fc.integer({ min: 0, max: 60 }), fc.constantFrom<GraphFilter>({}, { includeCoOccurs: true }, { types: [] }, { includeCoOccurs: false }, { minWeight: 2 }), (ops, limit, more) => {
        const built = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) });
        const files = Object.fromEntries([...encodeSnapshot(built, ARTICLES, { catalog: '', edits: '', editCount: 0 }, { entries: [], blocked: [] })].map((x) => [x.name, typeof x.content === 'string' ? x.content : contentBytes(x.content)]));
        const nodes = JSON.parse(files['nodes.json'] as string) as NodeTable;
        const top = JSON.parse(files['top.json'] as string) as TopView;
        const f: GraphFilter = { ...more, limit };
        expect(topAnswers(f, top)).toBe(!('includeCoOccurs' in more && more.includeCoOccurs === false) && !('minWeight' in more));
        if (!topAnswers(f, top)) return;
        answered++;
        const topEdges = decodeEdges(files['top-edges.json'] as string, files['top-edges.bin'] as Buffer);
        const view = selectTop(top, topEdges, limit, nodes.id.length);
        const byId = new Map(built.graph.nodes.map((n) => [n.id, n.articles]));
        const data = viewData(nodes, topEdges, view, view.nodes.map((r) => byId.get(nodes.id[r]) ?? []));
        const expected = filterGraph(built.graph, f);
        const lean: GraphData = { nodes: expected.nodes, edges: expected.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) };
        expect(JSON.stringify(data)).toBe(JSON.stringify(lean));
      }),
      { numRuns: 200 },
    );
    expect(answered).toBeGreaterThan(50);
  });

  it('leaves filters with article nodes, articles, dates or unknown fields to the whole graph', () => {
    expect(tablesAnswer({ limit: 300 })).toBe(true);
    expect(tablesAnswer({ includeArticles: true })).toBe(false);
    expect(tablesAnswer({ dateFrom: '2024-01-01' })).toBe(false);
    expect(tablesAnswer({ articles: ['a_1'] })).toBe(false);
    expect(tablesAnswer({ limit: 3, excludeInferred: true } as GraphFilter)).toBe(false);
  });
});
