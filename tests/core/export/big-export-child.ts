import { writeExportStreams, streamExport } from '../../../electron/core/export';
import type { Evidence, ExportFormat, GraphData, GraphEdge, GraphNode } from '../../../electron/shared/types';

// Run by small-heap.test.ts in a process with a small heap: exports a generated graph whose
// files are many times that heap (and each far more than one string of it could hold), its
// evidence made for each edge when the edge is written, as the service reads it from the snapshot.
const [format, out, edgeCount, sentenceChars] = [process.argv[2] as ExportFormat, process.argv[3], Number(process.argv[4]), Number(process.argv[5])];
const SENTENCE = '深圳市总工会1996年发起成立深圳市职工发展基金会,秘书长夏海燕介绍"公益"&<慈善>。'.repeat(Math.ceil(sentenceChars / 40)).slice(0, sentenceChars);
const nodes: GraphNode[] = Array.from({ length: 1000 }, (_, i) => ({ id: `n${i}`, type: 'organisation', name: `基金会${i}`, aliases: [], mentions: 1, articles: ['a_1'], degree: 0, weightedDegree: 0 }));
const edges: GraphEdge[] = Array.from({ length: edgeCount }, (_, i) => ({
  id: `e${i}`,
  type: 'partner',
  source: `n${i % 1000}`,
  target: `n${(i * 7 + 1) % 1000}`,
  label: '',
  weight: 3,
  evidence: [],
  evidenceCount: 3,
  firstDate: '2024-10-14',
  lastDate: '2024-10-14',
}));
const evidence = (edge: GraphEdge): Evidence[] => [0, 1, 2].map((k) => ({ article: 'a_1', start: k, end: k + SENTENCE.length, text: `${edge.id}:${k}${SENTENCE}`, date: '2024-10-14' }));
const graph: GraphData = { nodes, edges };
await writeExportStreams(streamExport(graph, format, { evidence, evidenceArticles: () => ['a_1'] }), out, format);
console.log(JSON.stringify({ heapMb: Math.round(process.memoryUsage().heapUsed / 1e6), rssMb: Math.round(process.memoryUsage().rss / 1e6) }));
