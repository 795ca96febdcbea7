import fc from 'fast-check';
import type { Evidence, GraphData, GraphEdge, GraphNode, NodeKind } from '../../../electron/shared/types';
import { RELATION_TYPES } from '../../../electron/shared/types';

const AWKWARD_PIECES = [
  '"', "'", '<', '>', '&', '&amp;', ']]>', '<!--', ',', ';', '|', '\n', '\r\n', '\r', '\t', ' ', '  ', '\\', '`', '$',
  '😀', '👨‍👩‍👧', '深圳市总工会', '“技能共富保”', '夏海燕', '=SUM(A1)', '\u0001', '\u0000', '\u001f', '\uFFFF', '\u2028', 'é', '#',
];

/** Names that break naive writers: quotes, markup, separators, newlines, emoji, controls, CJK, and very long ones. */
export const awkwardName: fc.Arbitrary<string> = fc.oneof(
  { weight: 8, arbitrary: fc.array(fc.oneof(fc.constantFrom(...AWKWARD_PIECES), fc.string({ unit: 'grapheme', maxLength: 4 })), { minLength: 1, maxLength: 10 }).map((a) => a.join('')) },
  { weight: 1, arbitrary: fc.tuple(fc.constantFrom('深圳市职工发展基金会', 'a"b<c>&d', '😀,'), fc.integer({ min: 200, max: 2000 })).map(([p, n]) => p.repeat(n)) },
);

const NODE_KINDS: NodeKind[] = ['organisation', 'person', 'place', 'program', 'article'];

/** Finite weights without -0 (which every text format writes as 0). */
const weight = fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e9, max: 1e9 }).map((w) => (Object.is(w, -0) ? 0 : w));

/** Small graphs whose every text field is awkward; ids stay unique even after XML drops control characters. */
export const awkwardGraph: fc.Arbitrary<GraphData> = fc
  .record({
    nodes: fc.array(
      fc.record({
        suffix: awkwardName,
        type: fc.constantFrom(...NODE_KINDS),
        name: awkwardName,
        aliases: fc.array(awkwardName, { maxLength: 3 }),
        note: fc.option(awkwardName, { nil: undefined }),
        tags: fc.option(fc.array(awkwardName, { maxLength: 2 }), { nil: undefined }),
        mentions: fc.nat(1000),
      }),
      { minLength: 1, maxLength: 5 },
    ),
    edges: fc.array(
      fc.record({
        from: fc.nat(),
        to: fc.nat(),
        type: fc.constantFrom(...RELATION_TYPES),
        label: awkwardName,
        weight,
        evidence: fc.array(fc.record({ text: awkwardName, start: fc.nat(100000), date: fc.option(fc.constantFrom('2024-10-14', '1996', '2024-10'), { nil: null }) }), { maxLength: 3 }),
      }),
      { maxLength: 6 },
    ),
  })
  .map(({ nodes, edges }) => {
    const graphNodes: GraphNode[] = nodes.map((n, i) => ({
      id: `n${i}_${n.suffix}`,
      type: n.type,
      name: n.name,
      aliases: n.aliases,
      mentions: n.mentions,
      articles: ['a_0001'],
      degree: 0,
      weightedDegree: 0,
      ...(n.note === undefined ? {} : { note: n.note }),
      ...(n.tags === undefined ? {} : { tags: n.tags }),
    }));
    const graphEdges: GraphEdge[] = edges.map((e, i) => {
      const evidence: Evidence[] = e.evidence.map((ev) => ({ article: 'a_0001', start: ev.start, end: ev.start + ev.text.length, text: ev.text, date: ev.date }));
      return {
        id: `e${i}`,
        type: e.type,
        source: graphNodes[e.from % graphNodes.length].id,
        target: graphNodes[e.to % graphNodes.length].id,
        label: e.label,
        weight: e.weight,
        evidence,
        firstDate: evidence[0]?.date ?? null,
        lastDate: evidence[0]?.date ?? null,
      };
    });
    return { nodes: graphNodes, edges: graphEdges };
  });
