import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildGraph, filterGraph, listEntities } from '../../../electron/core/graph';
import type { GraphData } from '../../../electron/shared/types';
import { editOp as op } from './arbitraries';
import { ARTICLES, extractionV1, log } from './fixtures';

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
