import type { AnalyticsResult, GraphData, GraphFilter } from '../../shared/types';
import { analysedGraph, computeAnalytics } from './analytics';
import { filterGraph } from './filter';

/** Results kept per graph (different filters). */
const KEPT = 8;

// Keyed by the graph's edge list: a new edit builds a new one, moving nodes (pinned positions) does not.
const cache = new WeakMap<readonly unknown[], Map<string, Promise<AnalyticsResult>>>();

/** A pause that gives way to other work (requests, I/O) at most every `ms` milliseconds. */
export function givingWay(ms = 15): () => Promise<void> {
  let last = performance.now();
  return async () => {
    if (performance.now() - last < ms) return;
    await new Promise<void>((done) => setImmediate(done));
    last = performance.now();
  };
}

/** A stable key of the arguments (object keys sorted). */
function keyOf(filter: GraphFilter | undefined, includeCoOccurs: boolean): string {
  const sorted = (v: unknown): unknown =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.keys(v).sort().map((k) => [k, sorted((v as Record<string, unknown>)[k])]))
      : v;
  return JSON.stringify([sorted(filter ?? {}), includeCoOccurs]);
}

/**
 * Centrality and communities of the graph as `filter` leaves it (article nodes left out),
 * with or without `co_occurs` edges (default with). Computed once per graph and arguments: the
 * same call on the same graph returns the same result without recomputing, and the work gives
 * way to the event loop every few milliseconds, so a server keeps answering meanwhile.
 */
export function analyzeGraph(graph: GraphData, args: { filter?: GraphFilter; includeCoOccurs?: boolean }): Promise<AnalyticsResult> {
  const includeCoOccurs = args.includeCoOccurs ?? args.filter?.includeCoOccurs ?? true;
  const key = keyOf(args.filter, includeCoOccurs);
  let results = cache.get(graph.edges);
  if (!results) {
    results = new Map();
    cache.set(graph.edges, results);
  }
  const hit = results.get(key);
  if (hit) {
    results.delete(key);
    results.set(key, hit);
    return hit;
  }
  const pause = givingWay();
  const promise = (async () => {
    await new Promise<void>((done) => setImmediate(done));
    const filtered = filterGraph(graph, { ...args.filter, includeArticles: false, includeCoOccurs });
    await pause();
    const analysed = analysedGraph(filtered, includeCoOccurs);
    await pause();
    return computeAnalytics(analysed, { pause });
  })();
  results.set(key, promise);
  if (results.size > KEPT) results.delete(results.keys().next().value as string);
  const kept = results;
  promise.catch(() => kept.delete(key));
  return promise;
}
