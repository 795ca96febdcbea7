import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, filterGraph, listEntities } from '../../../electron/core/graph';
import { ENTITY_TYPES, RELATION_TYPES } from '../../../electron/shared/types';
import type { EditOp, GraphData } from '../../../electron/shared/types';
import { ARTICLES, extractionV1, log } from './fixtures';

const base = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits: [] }).graph;
const nodeIds = [...base.nodes.map((n) => n.id), 'e_0000000000000000'];
const edgeIds = [...base.edges.map((e) => e.id), 'r_0000000000000000'];
const names = ['深圳市总工会', '深圳市职工发展基金会', '新名字', '韦凡', '金秋助学', ' '];
const aliases = ['基金会', '深圳市总', '河池市总', '不存在'];

const op: fc.Arbitrary<EditOp> = fc.oneof(
  fc.record({ op: fc.constant('annotate' as const), id: fc.constantFrom(...nodeIds), note: fc.option(fc.string(), { nil: null }), tags: fc.array(fc.constantFrom('a', 'b')), color: fc.option(fc.constant('#123456'), { nil: null }) }),
  fc.record({ op: fc.constant('rename' as const), id: fc.constantFrom(...nodeIds), name: fc.constantFrom(...names) }),
  fc.record({ op: fc.constant('retype' as const), id: fc.constantFrom(...nodeIds), type: fc.constantFrom(...ENTITY_TYPES) }),
  fc.record({ op: fc.constant('merge' as const), target: fc.constantFrom(...nodeIds), sources: fc.array(fc.constantFrom(...nodeIds), { minLength: 1, maxLength: 3 }) }),
  fc.record({ op: fc.constant('splitAlias' as const), id: fc.constantFrom(...nodeIds), alias: fc.constantFrom(...aliases) }),
  fc.record({ op: fc.constant('delete' as const), id: fc.constantFrom(...nodeIds) }),
  fc.record({ op: fc.constant('addNode' as const), type: fc.constantFrom(...ENTITY_TYPES), name: fc.constantFrom(...names) }),
  fc.record({ op: fc.constant('addEdge' as const), source: fc.constantFrom(...nodeIds), target: fc.constantFrom(...nodeIds), type: fc.constantFrom(...RELATION_TYPES), label: fc.constantFrom('', '主办') }),
  fc.record({ op: fc.constant('deleteEdge' as const), id: fc.constantFrom(...edgeIds) }),
);

function consistent(g: GraphData): void {
  const ids = new Set(g.nodes.map((n) => n.id));
  expect(ids.size).toBe(g.nodes.length);
  expect(new Set(g.edges.map((e) => e.id)).size).toBe(g.edges.length);
  for (const e of g.edges) {
    expect(ids.has(e.source) && ids.has(e.target)).toBe(true);
    expect(e.source).not.toBe(e.target);
    if (e.type !== 'mentions') expect(e.weight).toBe(Math.max(1, e.evidence.length));
    if (e.evidence.length === 0) expect(e.manual).toBe(true);
  }
  for (const n of g.nodes) {
    expect(n.aliases).not.toContain(n.name);
    expect(n.mentions).toBeGreaterThanOrEqual(0);
  }
  // Derived mentions edges (a hand-made one without evidence does not count mentions).
  const mentions = g.edges.filter((e) => e.type === 'mentions' && e.evidence.length > 0);
  for (const n of g.nodes) {
    if (n.type === 'article') continue;
    expect(mentions.filter((e) => e.target === n.id).reduce((s, e) => s + e.weight, 0)).toBe(n.mentions);
  }
}

describe('any edit log', () => {
  it('builds a consistent graph, deterministically, without throwing', () => {
    fc.assert(
      fc.property(fc.array(op, { maxLength: 12 }), (ops) => {
        const input = { articles: ARTICLES, extractions: extractionV1(), edits: log(...ops) };
        const a = buildGraph(input);
        consistent(a.graph);
        consistent(filterGraph(a.graph, { includeArticles: true }));
        const b = buildGraph({ ...input, extractions: extractionV1() });
        expect(JSON.stringify(b.graph)).toBe(JSON.stringify(a.graph));
        expect(b.orphans).toEqual(a.orphans);
        for (const o of a.orphans) expect(ops[o.seq - 1].op).toBe(o.op);
        expect(listEntities(a.graph).every((e) => a.graph.nodes.some((n) => n.id === e.id))).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
