import Graph from 'graphology';
import louvain from 'graphology-communities-louvain';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { betweennessCentrality, toCsr } from './analytics-betweenness';
import type { AnalyticsResult, EntityMetrics, EntityType, GraphData } from '../../shared/types';

/** Edges that link articles, not entities: never part of the analysed graph. */
const ARTICLE_EDGES = new Set(['mentions', 'reported_by']);

/** The graph that is measured: entities, and one undirected edge per linked pair with the summed weight. */
export interface AnalysedGraph {
  /** Entities sorted by id. */
  nodes: Array<{ id: string; name: string; type: EntityType }>;
  /** One per unordered pair, `a < b`, sorted; `weight` is the sum over the pair's edges. */
  edges: Array<{ a: string; b: string; weight: number }>;
  coOccurs: boolean;
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The undirected, simple graph the measures are computed on: the entities of `graph` (article
 * nodes left out) and, for each pair of entities linked by one or more edges (`mentions` and
 * `reported_by` left out, `co_occurs` only with `includeCoOccurs`), one edge whose weight is the
 * sum of theirs. Direction is ignored.
 */
export function analysedGraph(graph: GraphData, includeCoOccurs: boolean): AnalysedGraph {
  const nodes: AnalysedGraph['nodes'] = [];
  for (const n of graph.nodes) if (n.type !== 'article') nodes.push({ id: n.id, name: n.name, type: n.type });
  nodes.sort((x, y) => byText(x.id, y.id));
  // Nodes are numbered in id order, so a pair's number orders pairs as their ids do.
  const index = new Map(nodes.map((n, i) => [n.id, i]));
  const n = nodes.length;
  const pairs = new Map<number, { a: string; b: string; weight: number }>();
  for (const e of graph.edges) {
    if (ARTICLE_EDGES.has(e.type) || (!includeCoOccurs && e.type === 'co_occurs')) continue;
    const s = index.get(e.source);
    const t = index.get(e.target);
    if (s === undefined || t === undefined || s === t) continue;
    const key = s < t ? s * n + t : t * n + s;
    const pair = pairs.get(key);
    if (pair) pair.weight += e.weight;
    else pairs.set(key, s < t ? { a: e.source, b: e.target, weight: e.weight } : { a: e.target, b: e.source, weight: e.weight });
  }
  const edges = [...pairs.keys()].sort((x, y) => x - y).map((k) => pairs.get(k) as { a: string; b: string; weight: number });
  return { nodes, edges, coOccurs: includeCoOccurs };
}

/** A small seeded generator (mulberry32), so that Louvain gives the same partition on every run. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Members of each community named in `top`. */
const TOP = 5;

/**
 * Exact betweenness costs one breadth-first search per entity: up to this many steps in all
 * (entities x adjacency entries, a few seconds) it is exact, beyond it estimated from sampled sources.
 */
export const EXACT_BETWEENNESS_WORK = 3e8;

/** Options of {@link computeAnalytics}. */
export interface AnalyticsOptions {
  /** Gives way between parts of the work (a server stays responsive): awaited every few ms. */
  pause?: () => Promise<void>;
  /** Overrides {@link EXACT_BETWEENNESS_WORK}. */
  exactWork?: number;
}

/** Sources for estimated betweenness: `k` distinct entities drawn with a fixed seed. */
function sampleSources(n: number, k: number): Int32Array {
  const all = Int32Array.from({ length: n }, (_, i) => i);
  const rand = seededRandom(7);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(rand() * (n - i));
    [all[i], all[j]] = [all[j], all[i]];
  }
  return all.slice(0, k).sort();
}

/**
 * Centrality and communities of an analysed graph, with graphology's maintained implementations:
 * degree (distinct neighbours) and weighted degree (sum of the collapsed weights); betweenness
 * counted in steps (edge weights are strengths, not distances) and normalised as NetworkX does
 * (by 1/((n-1)(n-2))); PageRank with damping 0.85 on the weights, iterated to 1e-10; Louvain
 * communities on the weights (resolution 1, a fixed seed) and their modularity. On graphs too
 * large for exact betweenness in seconds, it is estimated from `betweennessSources` sampled
 * sources (scaled by n/k as NetworkX does with `k`). Entities
 * without an edge get community -1. Communities are numbered largest first; entities come
 * ranked by PageRank, then by id.
 */
export async function computeAnalytics(g: AnalysedGraph, options: AnalyticsOptions = {}): Promise<AnalyticsResult> {
  const graph = new Graph({ type: 'undirected', multi: false, allowSelfLoops: false });
  const pause = options.pause;
  for (const n of g.nodes) graph.addNode(n.id);
  for (let i = 0; i < g.edges.length; i++) {
    const e = g.edges[i];
    graph.addEdge(e.a, e.b, { weight: e.weight });
    if (pause && i % 4096 === 4095) await pause();
  }
  const weighted = new Map<string, number>();
  for (const e of g.edges) {
    weighted.set(e.a, (weighted.get(e.a) ?? 0) + e.weight);
    weighted.set(e.b, (weighted.get(e.b) ?? 0) + e.weight);
  }
  const index = new Map(g.nodes.map((n, i) => [n.id, i]));
  const csr = toCsr(g.nodes.length, g.edges.map((e) => [index.get(e.a) ?? 0, index.get(e.b) ?? 0] as const));
  const work = g.nodes.length * Math.max(1, csr.adj.length);
  const exact = work <= (options.exactWork ?? EXACT_BETWEENNESS_WORK);
  const k = exact ? g.nodes.length : Math.max(1, Math.min(g.nodes.length, Math.floor(((options.exactWork ?? EXACT_BETWEENNESS_WORK) / work) * g.nodes.length)));
  const between = await betweennessCentrality(csr, {
    sources: exact ? undefined : sampleSources(g.nodes.length, k),
    pause: pause ? () => pause() : undefined,
    every: 4,
  });
  await pause?.();
  const rank = graph.order > 0 ? pagerank(graph, { getEdgeWeight: 'weight', alpha: 0.85, tolerance: 1e-10, maxIterations: 1000 }) : {};
  await pause?.();
  const detailed = graph.size > 0 ? louvain.detailed(graph, { getEdgeWeight: 'weight', resolution: 1, rng: seededRandom(42) }) : null;

  // Renumber the communities of linked entities: largest first, ties by their first member's id.
  const members = new Map<number, string[]>();
  for (const n of g.nodes) {
    if (graph.degree(n.id) === 0 || !detailed) continue;
    const c = detailed.communities[n.id];
    const list = members.get(c);
    if (list) list.push(n.id);
    else members.set(c, [n.id]);
  }
  const ordered = [...members.values()].sort((x, y) => y.length - x.length || byText(x[0], y[0]));
  const community = new Map<string, number>();
  ordered.forEach((list, i) => list.forEach((id) => community.set(id, i)));

  const entities: EntityMetrics[] = g.nodes.map((n) => ({
    id: n.id,
    name: n.name,
    type: n.type,
    degree: graph.degree(n.id),
    weightedDegree: weighted.get(n.id) ?? 0,
    betweenness: between[index.get(n.id) ?? 0] ?? 0,
    pagerank: rank[n.id] ?? 0,
    community: community.get(n.id) ?? -1,
  }));
  entities.sort((x, y) => y.pagerank - x.pagerank || byText(x.id, y.id));
  const names = new Map(entities.map((e) => [e.id, e.name]));
  const position = new Map(entities.map((e, i) => [e.id, i]));
  const communities = ordered.map((list, id) => ({
    id,
    size: list.length,
    top: [...list].sort((x, y) => (position.get(x) ?? 0) - (position.get(y) ?? 0)).slice(0, TOP).map((m) => names.get(m) ?? m),
  }));
  return {
    graph: { nodes: graph.order, edges: graph.size, directed: false, weighted: true, coOccurs: g.coOccurs },
    modularity: detailed?.modularity ?? 0,
    communities,
    entities,
    ...(exact ? {} : { betweennessSources: k }),
  };
}
