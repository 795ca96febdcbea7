import type { GraphData, GraphEdge, PathResult, PathStep } from '../../shared/types';
import { isUndirected } from './ids';

/** Most paths `findPaths` returns. */
export const MAX_PATHS = 10;
/** Evidence sentences listed per step. */
const EVIDENCE_PER_STEP = 3;

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The edge shown for a step between two entities: a typed relation before co-occurrence, then the heaviest, then by id. */
function better(a: GraphEdge, b: GraphEdge): boolean {
  const ca = a.type === 'co_occurs' ? 1 : 0;
  const cb = b.type === 'co_occurs' ? 1 : 0;
  if (ca !== cb) return ca < cb;
  if (a.weight !== b.weight) return a.weight > b.weight;
  return a.id < b.id;
}

/** Neighbours of each node (sorted, for deterministic paths) and the best edge of each linked pair. */
interface Links {
  neighbours: Map<string, string[]>;
  best: Map<string, GraphEdge>;
}

const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

function linksOf(graph: GraphData): Links {
  const present = new Set(graph.nodes.map((n) => n.id));
  const sets = new Map<string, Set<string>>();
  const best = new Map<string, GraphEdge>();
  for (const e of graph.edges) {
    if (e.source === e.target || !present.has(e.source) || !present.has(e.target)) continue;
    const key = pairKey(e.source, e.target);
    const known = best.get(key);
    if (!known || better(e, known)) best.set(key, e);
    for (const [a, b] of [[e.source, e.target], [e.target, e.source]]) {
      const set = sets.get(a);
      if (set) set.add(b);
      else sets.set(a, new Set([b]));
    }
  }
  const neighbours = new Map<string, string[]>();
  for (const [id, set] of sets) neighbours.set(id, [...set].sort(byText));
  return { neighbours, best };
}

/** A shortest path (fewest steps) avoiding the given nodes and pairs, or null. */
function bfs(links: Links, source: string, target: string, blockedNodes: Set<string>, blockedPairs: Set<string>): string[] | null {
  if (source === target) return [source];
  const prev = new Map<string, string>([[source, source]]);
  let frontier = [source];
  while (frontier.length > 0) {
    const next: string[] = [];
    for (const v of frontier) {
      for (const w of links.neighbours.get(v) ?? []) {
        if (prev.has(w) || blockedNodes.has(w) || blockedPairs.has(pairKey(v, w))) continue;
        prev.set(w, v);
        if (w === target) {
          const path = [w];
          for (let cur = w; cur !== source; ) path.push((cur = prev.get(cur) as string));
          return path.reverse();
        }
        next.push(w);
      }
    }
    frontier = next;
  }
  return null;
}

/** Shorter first, then by the node ids in order. */
function comparePaths(a: string[], b: string[]): number {
  if (a.length !== b.length) return a.length - b.length;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return byText(a[i], b[i]);
  return 0;
}

/** Yen's algorithm on step counts: up to `k` loopless paths, shortest first. */
function kShortest(links: Links, source: string, target: string, k: number): string[][] {
  const first = bfs(links, source, target, new Set(), new Set());
  if (!first) return [];
  const found = [first];
  const candidates: string[][] = [];
  const seen = new Set([first.join('>')]);
  while (found.length < k) {
    const last = found[found.length - 1];
    for (let i = 0; i < last.length - 1; i++) {
      const root = last.slice(0, i + 1);
      const blockedPairs = new Set<string>();
      for (const p of found) {
        if (p.length > i + 1 && root.every((id, j) => p[j] === id)) blockedPairs.add(pairKey(p[i], p[i + 1]));
      }
      const blockedNodes = new Set(root.slice(0, i));
      const spur = bfs(links, root[i], target, blockedNodes, blockedPairs);
      if (!spur) continue;
      const path = [...root.slice(0, i), ...spur];
      const key = path.join('>');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push(path);
    }
    if (candidates.length === 0) break;
    candidates.sort(comparePaths);
    found.push(candidates.shift() as string[]);
  }
  return found;
}

function stepOf(links: Links, from: string, to: string): PathStep {
  const e = links.best.get(pairKey(from, to)) as GraphEdge;
  const direction = isUndirected(e.type) ? 'undirected' : e.source === from ? 'forward' : 'backward';
  return {
    from,
    to,
    edge: { id: e.id, type: e.type, label: e.label, weight: e.weight, direction },
    evidence: e.evidence.slice(0, EVIDENCE_PER_STEP),
  };
}

/**
 * The `k` shortest paths (fewest steps, ignoring direction; at most {@link MAX_PATHS}) between
 * two nodes of a graph, by Yen's algorithm: loopless, shortest first, ties in the order of
 * their node ids. Each step names the edge taken (a typed relation rather than co-occurrence
 * where both link the pair, then the heaviest), its direction as walked, and up to three of
 * its evidence sentences. Empty when either node is missing or no path joins them.
 */
export function findPaths(graph: GraphData, source: string, target: string, k = 1): PathResult[] {
  const present = new Set(graph.nodes.map((n) => n.id));
  if (!present.has(source) || !present.has(target)) return [];
  const links = linksOf(graph);
  const count = Math.max(1, Math.min(MAX_PATHS, Math.floor(k)));
  return kShortest(links, source, target, count).map((nodes) => ({
    nodes,
    steps: nodes.slice(1).map((to, i) => stepOf(links, nodes[i], to)),
  }));
}
