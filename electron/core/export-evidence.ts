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
  const index = new Map<GraphEdge, number>();
  edges.forEach((edge, k) => index.set(edge, k));
  const text = await reader.text(PARTS.evidence);
  const starts = lineStarts(text);
  const total = (await reader.edges()).type.length + (await reader.mentionEdges()).type.length;
  if (starts.length - 1 !== total || edges.length !== total) {
    throw new StaleSnapshot(`graph snapshot: ${starts.length - 1} evidence lines for ${total} edges (${edges.length} read)`);
  }
  const articles = await reader.articles();
  const byId = new Map(plainArticles.map((a) => [a.id, a.text]));
  const texts = articles.rows.map((row) => byId.get(row.id));
  return (edge) => {
    if (edge.evidenceCount === undefined) return edge.evidence;
    const k = index.get(edge);
    if (k === undefined) throw new Error(`export: edge ${edge.id} is not an edge of the graph being exported`);
    return evidenceOf(JSON.parse(text.slice(starts[k], starts[k + 1] - 1)), articles, (slot) => texts[slot]);
  };
}
