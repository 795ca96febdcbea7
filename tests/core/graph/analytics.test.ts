import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { analysedGraph, computeAnalytics, seededRandom } from '../../../electron/core/graph/analytics';
import { analyzeGraph } from '../../../electron/core/graph/analytics-cache';
import type { AnalyticsResult, GraphData, GraphEdge, GraphNode, RelationType } from '../../../electron/shared/types';

const dir = mkdtempSync(path.join(tmpdir(), 'zhitu-analytics-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const TYPES = ['organisation', 'person', 'place', 'program'] as const;
const RELATIONS: RelationType[] = ['role', 'organises', 'partner', 'participates', 'located_in', 'co_occurs'];

/**
 * Groups of entities linked mostly inside their group, with pairs linked by several typed edges
 * in both directions, `co_occurs` edges, two entities without edges, and one article node with
 * `mentions` and `reported_by` edges (which the analysis must leave out).
 */
function plantedGraph(groups: number, size: number, seed: number): GraphData {
  const rand = seededRandom(seed);
  const pick = (k: number): number => Math.floor(rand() * k);
  const n = groups * size + 2;
  const nodes: GraphNode[] = [];
  for (let i = 0; i < n; i++) {
    nodes.push({ id: `e_${String(i).padStart(4, '0')}`, type: TYPES[i % 4], name: `实体${i}`, aliases: [], mentions: 1, articles: [], degree: 0, weightedDegree: 0 });
  }
  nodes.push({ id: 'a_0000', type: 'article', name: '报道', aliases: [], mentions: 0, articles: ['a_0000'], degree: 0, weightedDegree: 0 });
  const edges: GraphEdge[] = [];
  const edge = (type: RelationType, s: string, t: string, weight: number): void => {
    edges.push({ id: `r_${edges.length}`, type, source: s, target: t, label: String(edges.length % 3), weight, evidence: [], firstDate: null, lastDate: null });
  };
  for (let k = 0; k < groups * size * 3; k++) {
    const s = pick(groups * size);
    const t = rand() < 0.85 ? s - (s % size) + pick(size) : pick(groups * size);
    if (s === t) continue;
    const type = RELATIONS[pick(RELATIONS.length)];
    edge(type, nodes[s].id, nodes[t].id, type === 'co_occurs' ? 0.5 + pick(3) : 1 + pick(2));
    if (rand() < 0.2) edge('role', nodes[t].id, nodes[s].id, 1);
  }
  edge('mentions', 'a_0000', nodes[0].id, 3);
  edge('reported_by', 'a_0000', nodes[1].id, 1);
  return { nodes, edges };
}

interface NxResult {
  degree: Record<string, number>;
  weighted: Record<string, number>;
  betweenness: Record<string, number>;
  pagerank: Record<string, number>;
  modularity: number;
  louvain: number;
  nodes: number;
  edges: number;
}

// NetworkX reads the GraphML export, collapses it to a simple undirected graph (weights summed),
// measures it, and scores our partition and its own Louvain partition.
const NETWORKX = `
import json, sys
try:
    import networkx as nx
except ImportError:
    sys.exit(3)
if not hasattr(nx.community, 'louvain_communities'):
    sys.exit(3)
path, partition_path, co = sys.argv[1], sys.argv[2], sys.argv[3] == '1'
M = nx.read_graphml(path)
G = nx.Graph()
G.add_nodes_from(M.nodes())
for u, v, d in M.edges(data=True):
    r = d.get('relation')
    if r in ('mentions', 'reported_by') or (r == 'co_occurs' and not co):
        continue
    if G.has_edge(u, v):
        G[u][v]['weight'] += d['weight']
    else:
        G.add_edge(u, v, weight=d['weight'])
try:
    pr = nx.pagerank(G, alpha=0.85, weight='weight', tol=1e-13, max_iter=100000)
except ImportError:
    from networkx.algorithms.link_analysis.pagerank_alg import _pagerank_python
    pr = _pagerank_python(G, alpha=0.85, weight='weight', tol=1e-13, max_iter=100000)
partition = json.load(open(partition_path))
ours = nx.community.modularity(G, partition, weight='weight')
theirs = nx.community.modularity(G, nx.community.louvain_communities(G, weight='weight', seed=1), weight='weight')
print(json.dumps({'degree': dict(G.degree()), 'weighted': dict(G.degree(weight='weight')),
  'betweenness': nx.betweenness_centrality(G, normalized=True), 'pagerank': pr,
  'modularity': ours, 'louvain': theirs, 'nodes': G.number_of_nodes(), 'edges': G.number_of_edges()}))
`;

/** Runs the NetworkX check with the first interpreter that has NetworkX (null when none has). */
function networkx(graph: GraphData, result: AnalyticsResult, coOccurs: boolean): NxResult | null {
  const file = path.join(dir, `g${coOccurs ? 1 : 0}.graphml`);
  writeFileSync(file, exportGraph(graph, 'graphml', { articles: [] })[0].content, 'utf8');
  // Our partition as NetworkX wants it: every node in one community (unlinked ones alone).
  const groups = new Map<number, string[]>();
  const partition: string[][] = [];
  for (const e of result.entities) {
    if (e.community < 0) partition.push([e.id]);
    else groups.set(e.community, [...(groups.get(e.community) ?? []), e.id]);
  }
  partition.push(...groups.values());
  const partitionFile = path.join(dir, 'partition.json');
  writeFileSync(partitionFile, JSON.stringify(partition));
  for (const python of ['python3', '/usr/bin/python3']) {
    const run = spawnSync(python, ['-c', NETWORKX, file, partitionFile, coOccurs ? '1' : '0'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (run.error || run.status === 3) continue;
    expect(run.status, run.stderr).toBe(0);
    return JSON.parse(run.stdout) as NxResult;
  }
  return null;
}

const entityGraph = (g: GraphData): GraphData => ({ nodes: g.nodes.filter((n) => n.type !== 'article'), edges: g.edges.filter((e) => e.type !== 'mentions' && e.type !== 'reported_by') });

describe('analytics against NetworkX', () => {
  for (const coOccurs of [true, false]) {
    it(`gives NetworkX's degree, betweenness, PageRank and a Louvain modularity as good (co_occurs ${coOccurs ? 'in' : 'out'})`, async (ctx) => {
      const graph = plantedGraph(6, 25, 11);
      const result = await computeAnalytics(analysedGraph(graph, coOccurs));
      const nx = networkx(entityGraph(graph), result, coOccurs);
      if (!nx) {
        console.warn('skipped: no python3 with NetworkX >= 2.8 (louvain_communities)');
        ctx.skip();
        return;
      }
      expect(result.graph).toEqual({ nodes: nx.nodes, edges: nx.edges, directed: false, weighted: true, coOccurs });
      expect(result.betweennessSources).toBeUndefined();
      for (const e of result.entities) {
        expect(e.degree).toBe(nx.degree[e.id]);
        expect(e.weightedDegree).toBeCloseTo(nx.weighted[e.id], 9);
        expect(Math.abs(e.betweenness - nx.betweenness[e.id])).toBeLessThanOrEqual(1e-9);
        expect(Math.abs(e.pagerank - nx.pagerank[e.id])).toBeLessThanOrEqual(1e-6);
      }
      expect(result.modularity).toBeCloseTo(nx.modularity, 9);
      expect(result.modularity).toBeGreaterThanOrEqual(nx.louvain * 0.95);
    });
  }
});

describe('analytics', () => {
  const graph = plantedGraph(4, 12, 3);

  it('collapses multi-edges, leaves out article edges and unlinked entities get community -1', async () => {
    const g = analysedGraph(graph, true);
    expect(g.nodes.some((n) => n.id === 'a_0000')).toBe(false);
    const pairs = new Set(g.edges.map((e) => `${e.a}|${e.b}`));
    expect(pairs.size).toBe(g.edges.length);
    const total = graph.edges.filter((e) => e.type !== 'mentions' && e.type !== 'reported_by').reduce((s, e) => s + e.weight, 0);
    expect(g.edges.reduce((s, e) => s + e.weight, 0)).toBeCloseTo(total, 9);
    const result = await computeAnalytics(g);
    const lonely = result.entities.filter((e) => e.degree === 0);
    expect(lonely.map((e) => e.id)).toEqual(expect.arrayContaining(['e_0048', 'e_0049']));
    expect(lonely.every((e) => e.community === -1 && e.betweenness === 0)).toBe(true);
    expect(result.communities.reduce((s, c) => s + c.size, 0)).toBe(result.entities.length - lonely.length);
    const sizes = result.communities.map((c) => c.size);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const pageranks = result.entities.map((e) => e.pagerank);
    expect(pageranks).toEqual([...pageranks].sort((a, b) => b - a));
    expect(pageranks.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 9);
  });

  it('gives the same result on every run, and the cached one for the same graph and arguments', async () => {
    const a = await computeAnalytics(analysedGraph(graph, true));
    const b = await computeAnalytics(analysedGraph(plantedGraph(4, 12, 3), true));
    expect(b).toEqual(a);
    const first = await analyzeGraph(graph, { includeCoOccurs: true });
    expect(first).toEqual(a);
    expect(await analyzeGraph(graph, { filter: {}, includeCoOccurs: true })).toBe(first);
    const without = await analyzeGraph(graph, { includeCoOccurs: false });
    expect(without).not.toBe(first);
    expect(without.graph.coOccurs).toBe(false);
    expect(without.graph.edges).toBeLessThan(first.graph.edges);
  });

  it('measures only the filtered graph', async () => {
    const people = await analyzeGraph(graph, { filter: { types: ['person'] } });
    expect(people.entities.every((e) => e.type === 'person')).toBe(true);
    expect(people.graph.nodes).toBe(graph.nodes.filter((n) => n.type === 'person').length);
  });

  it('estimates betweenness from sampled sources on graphs too large for exact work, and says so', async () => {
    const g = analysedGraph(graph, true);
    const exact = await computeAnalytics(g);
    const sampled = await computeAnalytics(g, { exactWork: 2000 });
    expect(sampled.betweennessSources).toBeGreaterThan(0);
    expect(sampled.betweennessSources).toBeLessThan(g.nodes.length);
    // PageRank and communities do not depend on the sampling.
    expect(sampled.entities.map((e) => e.pagerank)).toEqual(exact.entities.map((e) => e.pagerank));
    const top = exact.entities.reduce((m, e) => (e.betweenness > m.betweenness ? e : m));
    expect(sampled.entities.find((e) => e.id === top.id)!.betweenness).toBeGreaterThan(0);
  });
});
