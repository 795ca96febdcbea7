import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { exportGraph } from '../../../electron/core/export';
import { ARTICLES, sampleGraph } from './fixture';

// Real readers researchers use: NetworkX (GEXF, GraphML) and python-igraph (GraphML), from Debian's
// python3-networkx and python3-igraph. Each check skips, saying why, only when no interpreter has the module.
const dir = mkdtempSync(path.join(tmpdir(), 'zhitu-py-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const graph = sampleGraph();
const gexfPath = path.join(dir, 'graph.gexf');
const graphmlPath = path.join(dir, 'graph.graphml');
writeFileSync(gexfPath, exportGraph(graph, 'gexf', { articles: ARTICLES })[0].content, 'utf8');
writeFileSync(graphmlPath, exportGraph(graph, 'graphml', { articles: ARTICLES })[0].content, 'utf8');

interface Summary {
  nodes: number;
  edges: number;
  label: string;
  type: string;
  mentions: number;
  relation: string;
  weight: number;
}

/**
 * Runs a script with the first interpreter that has what it needs (the one on PATH, then Debian's,
 * where apt-get puts python3-networkx and python3-igraph); a script exits 3 when its module is missing.
 */
function runPython(script: string, file: string): Summary | null {
  for (const python of ['python3', '/usr/bin/python3']) {
    const result = spawnSync(python, ['-c', script, file], { encoding: 'utf8' });
    if (result.error) continue;
    if (result.status === 3) continue;
    expect(result.status, result.stderr).toBe(0);
    return JSON.parse(result.stdout) as Summary;
  }
  return null;
}

const NETWORKX = `
import json, sys
try:
    import networkx as nx
except ImportError:
    sys.exit(3)
path = sys.argv[1]
if path.endswith('.gexf') and '1.3' not in nx.readwrite.gexf.GEXF.versions:
    sys.exit(3)
G = nx.read_gexf(path) if path.endswith('.gexf') else nx.read_graphml(path)
# NetworkX keeps an edge's id as its key in multigraphs, else as the attribute 'id'.
e = [d for _, _, k, d in G.edges(keys=True, data=True) if 'r_co_occurs_o_zszgh_x_jngfb' in (k, d.get('id'))][0]
print(json.dumps({'nodes': G.number_of_nodes(), 'edges': G.number_of_edges(), 'label': G.nodes['x_jngfb']['label'],
  'type': G.nodes['x_jngfb']['type'], 'mentions': G.nodes['o_szjjh']['mentions'], 'relation': e['relation'], 'weight': e['weight']}))
`;

const IGRAPH = `
import json, sys
try:
    import igraph
except ImportError:
    sys.exit(3)
g = igraph.Graph.Read_GraphML(sys.argv[1])
v = g.vs.find(id='x_jngfb')
e = g.es.find(id='r_co_occurs_o_zszgh_x_jngfb')
print(json.dumps({'nodes': g.vcount(), 'edges': g.ecount(), 'label': v['label'], 'type': v['type'],
  'mentions': g.vs.find(id='o_szjjh')['mentions'], 'relation': e['relation'], 'weight': e['weight']}))
`;

function expectSummary(s: Summary): void {
  expect(s.nodes).toBe(graph.nodes.length);
  expect(s.edges).toBe(graph.edges.length);
  expect(s.label).toBe('技能共富保');
  expect(s.type).toBe('program');
  expect(s.mentions).toBe(6);
  expect(s.relation).toBe('co_occurs');
  expect(s.weight).toBe(1.5);
}

describe('exports open in outside tools', () => {
  it('NetworkX reads the GEXF', (ctx) => {
    const summary = runPython(NETWORKX, gexfPath);
    if (!summary) {
      console.warn('skipped: no python3 with NetworkX >= 3.0, the first to read GEXF 1.3 (Debian bookworm ships 2.8.8)');
      ctx.skip();
    }
    expectSummary(summary as Summary);
  });

  it('NetworkX reads the GraphML', (ctx) => {
    const summary = runPython(NETWORKX, graphmlPath);
    if (!summary) {
      console.warn('skipped: no python3 with NetworkX (apt-get install python3-networkx)');
      ctx.skip();
    }
    expectSummary(summary as Summary);
  });

  it('igraph reads the GraphML', (ctx) => {
    const summary = runPython(IGRAPH, graphmlPath);
    if (!summary) {
      console.warn('skipped: no python3 with igraph (apt-get install python3-igraph)');
      ctx.skip();
    }
    expectSummary(summary as Summary);
  });
});
