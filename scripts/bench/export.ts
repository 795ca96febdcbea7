import { performance } from 'node:perf_hooks';
import { exportGraph } from '../../electron/core/export';
import type { Evidence, GraphData, GraphEdge, GraphNode, NodeKind, RelationType } from '../../electron/shared/types';
import { EXPORT_FORMATS, RELATION_TYPES } from '../../electron/shared/types';

// Times every export format on a synthetic graph: `npx tsx scripts/bench/export.ts [nodes] [edges]`.
const nodeCount = Number(process.argv[2] ?? 10_000);
const edgeCount = Number(process.argv[3] ?? 50_000);
const KINDS: NodeKind[] = ['organisation', 'person', 'place', 'program'];
const SENTENCE = '据了解,深圳市职工发展基金会是由深圳市总工会1996年发起成立的公募基金,秘书长夏海燕介绍道。';

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2147483648;
  return seed / 2147483648;
}

function makeGraph(): GraphData {
  const nodes: GraphNode[] = Array.from({ length: nodeCount }, (_, i) => ({
    id: `n${i}`,
    type: KINDS[i % KINDS.length],
    name: `深圳市第${i}职工发展基金会`,
    aliases: i % 3 === 0 ? [`基金会${i}`, `“简称”${i}`] : [],
    mentions: 1 + (i % 17),
    articles: [`a_${i % 500}`],
    degree: 0,
    weightedDegree: 0,
    ...(i % 10 === 0 ? { note: `备注 "${i}" & <注>`, tags: ['工会', '公益'] } : {}),
  }));
  const edges: GraphEdge[] = Array.from({ length: edgeCount }, (_, i) => {
    const evidence: Evidence[] = Array.from({ length: 1 + (i % 3) }, (_, k) => ({
      article: `a_${(i + k) % 500}`,
      start: k * 40,
      end: k * 40 + SENTENCE.length,
      text: SENTENCE,
      date: '2024-10-14',
    }));
    return {
      id: `e${i}`,
      type: RELATION_TYPES[i % RELATION_TYPES.length] as RelationType,
      source: `n${Math.floor(random() * nodeCount)}`,
      target: `n${Math.floor(random() * nodeCount)}`,
      label: i % 4 === 0 ? '秘书长' : '',
      weight: evidence.length,
      evidence,
      firstDate: '2024-10-14',
      lastDate: '2024-10-14',
    };
  });
  return { nodes, edges };
}

const graph = makeGraph();
console.log(`graph: ${nodeCount} nodes, ${edgeCount} edges, ${graph.edges.reduce((s, e) => s + e.evidence.length, 0)} evidence rows`);
for (const format of EXPORT_FORMATS) {
  global.gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  const files = exportGraph(graph, format, { generatedAt: '2026-11-29T00:00:00.000Z' });
  const ms = performance.now() - t0;
  // CPU time too: on a shared, loaded machine wall time mostly measures the neighbours.
  const cpu = process.cpuUsage(cpu0);
  const cpuMs = (cpu.user + cpu.system) / 1000;
  const bytes = files.reduce((s, f) => s + Buffer.byteLength(f.content, 'utf8'), 0);
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  console.log(
    `${format.padEnd(8)} ${ms.toFixed(0).padStart(6)} ms wall ${cpuMs.toFixed(0).padStart(6)} ms cpu  ${(bytes / 1e6).toFixed(1).padStart(7)} MB  heap ${heapMb >= 0 ? '+' : ''}${heapMb.toFixed(0)} MB`,
  );
}
