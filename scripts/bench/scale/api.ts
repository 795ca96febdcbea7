import { openZhitu } from '../../../electron/core/api';
import type { GraphData } from '../../../electron/shared/types';

// In-process API timings of the scale bench, on an existing workspace (argv[2]): opening it,
// the explorer's first view (the top 300 entities and their links), a node's details and an
// edge's details (after open). Prints one JSON object on stdout.
const dir = process.argv[2];
if (!dir) throw new Error('usage: api.ts WORKSPACE');
const ms = (t0: number): number => Math.round((performance.now() - t0) * 10) / 10;

const t0 = performance.now();
const zhitu = await openZhitu({ dir });
const openMs = ms(t0);
const t1 = performance.now();
const graph: GraphData = await zhitu.getGraph({ filter: { limit: 300 } });
const firstViewMs = ms(t1);
const payloadBytes = Buffer.byteLength(JSON.stringify(graph));
const top = [...graph.nodes].sort((a, b) => b.weightedDegree - a.weightedDegree)[0];
// A node of middling size too: the most central one is the worst case, not the usual one.
const middle = [...graph.nodes].sort((a, b) => b.weightedDegree - a.weightedDegree)[Math.floor(graph.nodes.length / 2)];
const details: Record<string, number> = {};
for (const [name, node] of [['top', top], ['middle', middle]] as const) {
  if (!node) continue;
  const t = performance.now();
  const d = await zhitu.getEntity({ id: node.id });
  details[`${name}Ms`] = ms(t);
  details[`${name}Mentions`] = (d as { mentionCount?: number }).mentionCount ?? d.mentions.length;
  details[`${name}Relations`] = d.relations.length;
}
const heaviest = [...graph.edges].sort((a, b) => b.weight - a.weight)[0];
let edgeMs: number | null = null;
const api = zhitu as unknown as { getEdge?: (args: { id: string }) => Promise<unknown> };
if (heaviest && typeof api.getEdge === 'function') {
  const t = performance.now();
  await api.getEdge({ id: heaviest.id });
  edgeMs = ms(t);
}
const t2 = performance.now();
const stats = await zhitu.stats();
const statsMs = ms(t2);
await zhitu.close();
console.log(
  JSON.stringify({
    openMs,
    firstViewMs,
    nodes: graph.nodes.length,
    edges: graph.edges.length,
    payloadBytes,
    topId: top?.id ?? null,
    ...details,
    edgeMs,
    statsMs,
    stats,
    rssMb: Math.round(process.memoryUsage().rss / 1e6),
  }),
);
