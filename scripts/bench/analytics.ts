import { monitorEventLoopDelay } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { seededRandom } from '../../electron/core/graph/analytics';
import { analyzeGraph } from '../../electron/core/graph/analytics-cache';
import type { GraphData, GraphEdge, GraphNode, RelationType } from '../../electron/shared/types';

const TYPES = ['organisation', 'person', 'place', 'program'] as const;
const RELATIONS: RelationType[] = ['role', 'organises', 'partner', 'participates', 'located_in', 'co_occurs', 'co_occurs'];

/**
 * A graph shaped like a news corpus: `n` entities in groups of about 40 (most edges inside a
 * group), about four edges per entity, some pairs linked by several typed edges.
 */
export function newsLikeGraph(n: number, seed = 7): GraphData {
  const rand = seededRandom(seed);
  const pick = (k: number): number => Math.floor(rand() * k);
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    const id = `e_${i.toString(16).padStart(16, '0')}`;
    nodes.push({ id, type: TYPES[i % 4], name: `实体${i}`, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0 });
  }
  const edges: GraphEdge[] = [];
  const group = 40;
  for (let k = 0; k < n * 4; k++) {
    const s = pick(n);
    const local = rand() < 0.85;
    const base = s - (s % group);
    const t = local ? Math.min(n - 1, base + pick(group)) : pick(n);
    if (s === t) continue;
    const type = RELATIONS[pick(RELATIONS.length)];
    const weight = type === 'co_occurs' ? 0.5 + pick(4) : 1 + pick(3);
    edges.push({ id: `r_${k}`, type, source: nodes[s].id, target: nodes[t].id, label: '', weight, evidence: [], firstDate: null, lastDate: null });
  }
  return { nodes, edges };
}

/**
 * Time and memory of `analyze` (as the service runs it: filter, collapse, measures) on generated
 * graphs of 1k, 10k and 50k entities, and the longest stall of the event loop meanwhile (what a
 * server's other requests would wait at most).
 */
export async function benchAnalytics(sizes = [1000, 10_000, 50_000]): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const n of sizes) {
    const graph = newsLikeGraph(n);
    globalThis.gc?.();
    const heapBefore = process.memoryUsage().heapUsed;
    const stalls = monitorEventLoopDelay({ resolution: 5 });
    stalls.enable();
    const t0 = performance.now();
    const result = await analyzeGraph(graph, {});
    const t1 = performance.now();
    stalls.disable();
    const heap = process.memoryUsage().heapUsed - heapBefore;
    const key = `${n / 1000}k`;
    out[`analytics_${key}_ms`] = Math.round(t1 - t0);
    out[`analytics_${key}_heap_mb`] = Math.round(heap / 1e6);
    out[`analytics_${key}_max_stall_ms`] = Math.round(stalls.max / 1e6);
    console.log(
      `analytics ${n} entities, ${result.graph.edges} collapsed edges: ${Math.round(t1 - t0)} ms, longest event-loop stall ${Math.round(stalls.max / 1e6)} ms, ` +
        `heap +${Math.round(heap / 1e6)} MB, rss ${Math.round(process.memoryUsage().rss / 1e6)} MB, ${result.communities.length} communities, modularity ${result.modularity.toFixed(3)}` +
        `${result.betweennessSources ? `, betweenness from ${result.betweennessSources} sampled sources` : ', exact betweenness'}`,
    );
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const sizes = process.argv.slice(2).map(Number).filter((x) => x > 0);
  await benchAnalytics(sizes.length ? sizes : undefined);
}
