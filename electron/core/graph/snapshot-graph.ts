import type { Evidence, GraphData, GraphEdge, GraphNode } from '../../shared/types';
import type { BuiltGraph, MentionRef, RemovedEntity } from './model';
import { articleIds, edgeAt, evidenceOf, mentionsOf, nodeAt, type TextOf } from './snapshot-decode';
import type { ArticleTable, EdgeTable, EvidenceLine, MentionLine, NodeTable, ReplayState, SnapshotSummary } from './snapshot-model';

/** The parts of a snapshot a whole graph is made from. */
export interface SnapshotTables {
  summary: SnapshotSummary;
  articles: ArticleTable;
  nodes: NodeTable;
  edges: EdgeTable;
  mentionEdges: EdgeTable;
  state: ReplayState;
}

/** The JSON-lines files of a snapshot, whole (evidence and mentions are only needed in `full` mode). */
export interface SnapshotTexts {
  nodeArticles: string;
  mentions: string | null;
  evidence: string | null;
}

/** What to do with evidence when making the whole graph: none (lean: empty lists and counts), or all of it. */
export type EvidenceMode = 'lean' | 'full';

/** The JSON values of a file of one JSON value per line (empty lines skipped). */
export function parseJsonLines<T>(text: string): T[] {
  const out: T[] = [];
  let at = 0;
  while (at < text.length) {
    const nl = text.indexOf('\n', at);
    const end = nl < 0 ? text.length : nl;
    if (end > at) out.push(JSON.parse(text.slice(at, end)) as T);
    at = end + 1;
  }
  return out;
}

function parseLines<T>(text: string, count: number, what: string): T[] {
  const out = parseJsonLines<T>(text);
  if (out.length !== count) throw new Error(`${what}: ${count} lines expected, found ${out.length}`);
  return out;
}

/** Positions applied to nodes (copies of the nodes that have one). */
export function placeNodes(nodes: GraphNode[], positions: Record<string, { x: number; y: number }> | undefined): void {
  if (!positions) return;
  for (let i = 0; i < nodes.length; i++) {
    const p = positions[nodes[i].id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) nodes[i] = { ...nodes[i], position: { x: p.x, y: p.y } };
  }
}

/**
 * The whole graph of a snapshot: nodes (with their articles), edges in graph order, and, in
 * `full` mode, every edge's evidence and every entity's mentions, texts from `text` (all
 * articles must be at hand). Equal to the graph the snapshot was made from.
 */
export function snapshotGraph(t: SnapshotTables, files: SnapshotTexts, text: TextOf, mode: EvidenceMode): BuiltGraph {
  const share = new Map<string, Evidence>();
  const count = t.nodes.id.length;
  const articleLines = parseLines<number[]>(files.nodeArticles, count, 'node-articles');
  const mentionLines = mode === 'full' && files.mentions !== null ? parseLines<MentionLine>(files.mentions, count, 'mentions') : null;
  const mentionIndex = new Map<string, MentionRef[]>();
  const nodes: GraphNode[] = articleLines.map((slots, i) => {
    if (mentionLines) {
      const mentions = mentionsOf(mentionLines[i], t.articles, text, share);
      if (mentions.length > 0) mentionIndex.set(t.nodes.id[i], mentions);
    }
    return nodeAt(t.nodes, i, articleIds(slots, t.articles));
  });
  const total = t.edges.type.length + t.mentionEdges.type.length;
  const evidence = mode === 'full' && files.evidence !== null ? parseLines<EvidenceLine>(files.evidence, total, 'evidence') : null;
  const edges: GraphEdge[] = [];
  let k = 0;
  for (const table of [t.edges, t.mentionEdges]) {
    const manual = new Set(table.manual);
    for (let i = 0; i < table.type.length; i++, k++) {
      edges.push(edgeAt(table, i, t.nodes, evidence ? evidenceOf(evidence[k], t.articles, text, share) : [], manual, mode === 'lean'));
    }
  }
  const graph: GraphData = { nodes, edges };
  return {
    graph,
    orphans: t.summary.orphans,
    mentionIndex,
    redirects: new Map(t.state.redirects),
    removed: new Map<string, RemovedEntity>(t.state.removed),
  };
}
