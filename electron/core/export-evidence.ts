import type { Article, Evidence, GraphEdge } from '../shared/types';
import { evidenceOf } from './graph/snapshot-decode';
import { PARTS } from './graph/snapshot-model';
import type { SnapshotReader } from './pipeline/snapshot-reader';
import { StaleSnapshot } from './pipeline/snapshot-reader';

/** Start offsets of the lines of a JSON-lines text, one more entry for the end (as if the text ended in a newline). */
function lineStarts(text: string): Float64Array {
  const starts: number[] = [0];
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  if (text.length > 0 && !text.endsWith('\n')) starts.push(text.length + 1);
  return Float64Array.from(starts);
}

/**
 * The evidence of the edges of a lean whole graph (`edges`, in snapshot order: typed edges, then
 * mentions edges), read from the snapshot's evidence file one edge at a time when an export
 * writes it, so that the sentences of the whole corpus are never in memory at once (in `full`
 * mode they are, with every mention besides, over a gigabyte at 30,000 articles). Edges that
 * carry their evidence (no `evidenceCount`) keep their own.
 */
export async function lazyEvidence(reader: SnapshotReader, edges: readonly GraphEdge[], plainArticles: readonly Article[]): Promise<(edge: GraphEdge) => Evidence[]> {
  const text = await reader.text(PARTS.evidence);
  const starts = lineStarts(text);
  const total = (await reader.edges()).type.length + (await reader.mentionEdges()).type.length;
  if (starts.length - 1 !== total || edges.length !== total) {
    throw new StaleSnapshot(`graph snapshot: ${starts.length - 1} evidence lines for ${total} edges (${edges.length} read)`);
  }
  const articles = await reader.articles();
  const byId = new Map(plainArticles.map((a) => [a.id, a.text]));
  const texts = articles.rows.map((row) => byId.get(row.id));
  // An export asks for the edges of a filtered graph, which keeps the whole graph's order: a
  // cursor finds each one just after the one before (an index of 10^6 edges would cost 100 MB).
  // A format that groups edges (Cypher) starts again from the top once per group.
  let cursor = 0;
  const find = (edge: GraphEdge): number => {
    for (let k = cursor; k < edges.length; k++) if (edges[k] === edge) return (cursor = k + 1) - 1;
    for (let k = 0; k < cursor; k++) if (edges[k] === edge) return (cursor = k + 1) - 1;
    throw new Error(`export: edge ${edge.id} is not an edge of the graph being exported`);
  };
  return (edge) => {
    if (edge.evidenceCount === undefined) return edge.evidence;
    const k = find(edge);
    return evidenceOf(JSON.parse(text.slice(starts[k], starts[k + 1] - 1)), articles, (slot) => texts[slot]);
  };
}
