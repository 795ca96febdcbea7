import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GraphCache, buildGraph } from '../../../electron/core/graph';
import type { BuiltGraph, GraphInput } from '../../../electron/core/graph';
import type { EditOp, ExtractResult, StoredEdit } from '../../../electron/shared/types';
import { NODE_IDS, editOp } from './arbitraries';
import { A1, A2, A3, SZ_UNION, extractionV1, log } from './fixtures';

/** The same graph, in the same order, with the same bookkeeping. */
function expectSame(actual: BuiltGraph, expected: BuiltGraph): void {
  expect(JSON.stringify(actual.graph)).toBe(JSON.stringify(expected.graph));
  expect(actual.graph).toEqual(expected.graph);
  expect(actual.orphans).toEqual(expected.orphans);
  expect([...actual.mentionIndex]).toEqual([...expected.mentionIndex]);
  expect([...actual.redirects]).toEqual([...expected.redirects]);
  expect([...actual.removed]).toEqual([...expected.removed]);
}

/** A re-extraction that keeps the abbreviation 深圳市总 apart: an edit's id may now reach its entity only through an alias. */
function extractionV2(): Record<string, ExtractResult> {
  const ext = extractionV1();
  for (const m of ext[A3.id].entities) if (m.surface === '深圳市总') m.name = '深圳市总';
  ext[A2.id].entities = ext[A2.id].entities.filter((m) => m.name !== '韦凡');
  return ext;
}

type Step =
  | { kind: 'edit'; op: EditOp }
  | { kind: 'undo' }
  | { kind: 'redo' }
  | { kind: 'refuse' }
  | { kind: 'move'; id: string; x: number }
  | { kind: 'import' }
  | { kind: 'reextract' };

const step: fc.Arbitrary<Step> = fc.oneof(
  { weight: 8, arbitrary: editOp.map((op) => ({ kind: 'edit' as const, op })) },
  { weight: 3, arbitrary: fc.constant({ kind: 'undo' as const }) },
  { weight: 2, arbitrary: fc.constant({ kind: 'redo' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'refuse' as const }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('move' as const), id: fc.constantFrom(...NODE_IDS), x: fc.integer() }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'import' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'reextract' as const }) },
);

/**
 * A workspace as the store keeps it (an edit log with a cursor, articles that imports append
 * to, extraction results that re-extraction replaces, positions saved in place) and the graph
 * the cache gives after each step.
 */
function simulate(steps: Step[], reset: boolean, check: (built: BuiltGraph, input: GraphInput) => void): void {
  const cache = new GraphCache();
  const articles = [A1, A2];
  let extractions = extractionV1();
  const edits: StoredEdit[] = [];
  const positions: Record<string, { x: number; y: number }> = {};
  let cursor = 0;
  let seq = 1;
  for (const s of steps) {
    if (s.kind === 'edit') {
      edits.splice(cursor);
      edits.push({ ...s.op, seq: seq++, at: '2024-10-20T00:00:00.000Z' } as StoredEdit);
      cursor = edits.length;
    } else if (s.kind === 'undo') cursor = Math.max(0, cursor - 1);
    else if (s.kind === 'redo') cursor = Math.min(edits.length, cursor + 1);
    else if (s.kind === 'refuse' && cursor > 0) edits.splice(--cursor);
    else if (s.kind === 'move') positions[s.id] = { x: s.x, y: -s.x };
    else if (s.kind === 'import' && articles.length < 3) {
      articles.push(A3);
      if (reset) cache.reset();
    } else if (s.kind === 'reextract') {
      extractions = extractions[A3.id].entities.some((m) => m.name === '深圳市总') ? extractionV1() : extractionV2();
      if (reset) cache.reset();
    }
    const input: GraphInput = { articles, extractions, edits: edits.slice(0, cursor), positions };
    check(cache.build(input), input);
  }
}

describe('GraphCache', () => {
  it('gives what buildGraph gives from scratch after any sequence of edits, undos, redos, moves, imports and re-extractions', () => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 30 }), fc.boolean(), (steps, reset) => {
        simulate(steps, reset, (built, input) => {
          const scratch = buildGraph({ ...input, articles: [...input.articles], extractions: structuredClone(input.extractions), positions: { ...input.positions } });
          expectSame(built, scratch);
        });
      }),
      { numRuns: 300 },
    );
  });

  it('never changes the aggregation it shares: the empty log still gives the extracted graph', () => {
    fc.assert(
      fc.property(fc.array(editOp, { minLength: 1, maxLength: 15 }), (ops) => {
        const cache = new GraphCache();
        const articles = [A1, A2, A3];
        const extractions = extractionV1();
        const edits = log(...ops);
        for (let n = 0; n <= edits.length; n++) cache.build({ articles, extractions, edits: edits.slice(0, n) });
        expectSame(cache.build({ articles, extractions, edits: [] }), buildGraph({ articles, extractions: extractionV1(), edits: [] }));
        expectSame(cache.build({ articles, extractions, edits }), buildGraph({ articles, extractions: extractionV1(), edits }));
      }),
      { numRuns: 200 },
    );
  });

  it('moves nodes without rebuilding: the same edges, the same mention index, only the moved node copied', () => {
    const cache = new GraphCache();
    const input: GraphInput = { articles: [A1, A2, A3], extractions: extractionV1(), edits: log({ op: 'annotate', id: NODE_IDS[3], note: '重点' }), positions: {} };
    const before = cache.build(input);
    const moved = NODE_IDS[4];
    const after = cache.build({ ...input, positions: { [moved]: { x: 10, y: 20 } } });
    expect(after.graph.edges).toBe(before.graph.edges);
    expect(after.mentionIndex).toBe(before.mentionIndex);
    const i = after.graph.nodes.findIndex((n) => n.id === moved);
    expect(after.graph.nodes[i]).toEqual({ ...before.graph.nodes[i], position: { x: 10, y: 20 } });
    expect(after.graph.nodes.filter((n, k) => n !== before.graph.nodes[k]).map((n) => n.id)).toEqual([moved]);
  });

  it('goes back to the graph of an earlier log on undo, and forward on redo', () => {
    const cache = new GraphCache();
    const articles = [A1, A2, A3];
    const extractions = extractionV1();
    const edits = log({ op: 'rename', id: NODE_IDS[3], name: '新名字' }, { op: 'delete', id: NODE_IDS[4] });
    const one = cache.build({ articles, extractions, edits: edits.slice(0, 1) });
    const two = cache.build({ articles, extractions, edits });
    expect(cache.build({ articles, extractions, edits: edits.slice(0, 1) }).graph).toBe(one.graph);
    expect(cache.build({ articles, extractions, edits }).graph).toBe(two.graph);
  });

  it('aggregates again after reset, when extraction results changed in place', () => {
    const cache = new GraphCache();
    const articles = [A1, A2, A3];
    const extractions = extractionV1();
    cache.build({ articles, extractions, edits: [] });
    extractions[A3.id].entities = extractions[A3.id].entities.filter((m) => m.name !== SZ_UNION);
    cache.reset();
    expectSame(cache.build({ articles, extractions, edits: [] }), buildGraph({ articles, extractions, edits: [] }));
  });

  it('keeps the graph read-only: what it shares with the next builds is frozen', () => {
    const cache = new GraphCache();
    const built = cache.build({ articles: [A1, A2, A3], extractions: extractionV1(), edits: [] });
    const edge = built.graph.edges.find((e) => e.type === 'mentions');
    expect(edge && Object.isFrozen(edge) && Object.isFrozen(edge.evidence)).toBe(true);
    expect(() => built.graph.edges[0].evidence.push(built.graph.edges[0].evidence[0])).toThrow(TypeError);
  });
});
