import type { Article, GraphEdge, GraphFilter, GraphNode, RelationType } from '../../shared/types';
import { RELATION_TYPES } from '../../shared/types';
import type { EdgeList, ExportContext, ExportGraph } from '../export';
import { edgeAt, evidenceOf, nodeAt } from '../graph/snapshot-decode';
import { NODE_KINDS, PARTS } from '../graph/snapshot-model';
import { parseJsonLines } from '../graph/snapshot-graph';
import type { EdgeTable, EvidenceLine, NodeTable } from '../graph/snapshot-model';
import type { SnapshotReader } from './snapshot-reader';
import { StaleSnapshot } from './snapshot-reader';

/** What the export of a snapshot reads besides the snapshot. */
export interface SnapshotExportInput {
  reader: SnapshotReader;
  /** The node table with the light edits applied. */
  nodes: NodeTable;
  /** Every stored article with its text (evidence is stored as offsets into them). */
  plainArticles: readonly Article[];
  positions: Readonly<Record<string, { x: number; y: number }>>;
  /** The filter, `includeArticles` and `includeCoOccurs` given (as the export options leave them). */
  filter: GraphFilter;
}

const ARTICLE_EDGES: ReadonlySet<RelationType> = new Set<RelationType>(['mentions', 'reported_by']);

/**
 * Whether {@link snapshotExport} can write what a filter keeps: every filter but those that scope
 * by articles or dates (they re-weigh edges by their evidence), a focus or a limit (they need the
 * whole graph's structure). Those go through the whole graph in memory.
 */
export function snapshotExportable(filter: GraphFilter): boolean {
  const scoped = (filter.articles?.length ?? 0) > 0 || Boolean(filter.dateFrom) || Boolean(filter.dateTo);
  return !scoped && !(filter.focus && filter.focus.ids.length > 0) && filter.limit === undefined;
}

/** One table's kept rows and where each row's evidence line starts in `evidence.jsonl`. */
interface Part {
  table: EdgeTable;
  manual: ReadonlySet<number>;
  rows: Uint32Array;
  /** Byte offset of each kept row's evidence line (the sum of the stored lengths of the lines before it). */
  starts: Float64Array;
}

/**
 * The graph an export writes, read from the snapshot's tables as `filterGraph` and
 * `applyExportOptions` would leave the lean whole graph (same nodes, edges, order and degrees),
 * without making that graph: the edges are an {@link EdgeList} over the binary edge columns that
 * makes each kept edge as it is walked and lets it go; `mentions` edges (half the edges of a
 * corpus) are not even looked at unless article nodes are exported. Each edge's evidence is one
 * line of `evidence.jsonl`, found by the stored line lengths (the `el` column; `edge-ids.bin`
 * keeps the same starts by id, for single look-ups) and parsed when the edge is written:
 * `ctx.edge` must be called with the edge just walked, as every serialiser does.
 * Call only when {@link snapshotExportable} says so.
 */
export async function snapshotExport(input: SnapshotExportInput): Promise<{ graph: ExportGraph; ctx: Pick<ExportContext, 'edge' | 'articleIds'> }> {
  const { reader, nodes: table, filter } = input;
  const includeArticles = filter.includeArticles === true;
  const includeCoOccurs = filter.includeCoOccurs !== false;
  const types = filter.types && filter.types.length > 0 ? new Set<string>(filter.types) : null;
  const relationTypes = filter.relationTypes && filter.relationTypes.length > 0 ? new Set<string>(filter.relationTypes) : null;

  const articleRows = await reader.articles();
  const nodeCount = table.id.length;
  const keptNode = new Uint8Array(nodeCount);
  for (let i = 0; i < nodeCount; i++) {
    const kind = NODE_KINDS[table.type[i]];
    keptNode[i] = (kind === 'article' ? includeArticles : types === null || types.has(kind)) ? 1 : 0;
  }

  const typed = await reader.edges();
  const mentions = await reader.mentionEdges();
  const evidence = await reader.bytes(`${PARTS.evidence}.jsonl`);
  let total = 0;
  for (const t of [typed, mentions]) for (let i = 0; i < t.el.length; i++) total += t.el[i];
  if (total !== evidence.length) throw new StaleSnapshot(`graph snapshot: evidence has ${evidence.length} bytes, its lines ${total}`);

  const keepsType = (type: RelationType): boolean =>
    (relationTypes === null || relationTypes.has(type)) && (includeCoOccurs || type !== 'co_occurs') && (includeArticles || !ARTICLE_EDGES.has(type));
  const degree = new Float64Array(nodeCount);
  const weighted = new Float64Array(nodeCount);
  const parts: Part[] = [];
  let base = 0;
  for (const t of [typed, mentions]) {
    const n = t.type.length;
    // The mentions table holds `mentions` edges only: skipped whole when they cannot be kept.
    const skip = t === mentions && !keepsType('mentions');
    const rows: number[] = [];
    const starts: number[] = [];
    let at = base;
    for (let i = 0; i < n && !skip; at += t.el[i], i++) {
      const type = RELATION_TYPES[t.type[i]];
      if (!keepsType(type)) continue;
      if (filter.excludeInferred && t.attrs[i]?.via !== undefined) continue;
      const s = t.source[i];
      const g = t.target[i];
      if (!keptNode[s] || !keptNode[g]) continue;
      if (filter.minWeight !== undefined && t.weight[i] < filter.minWeight) continue;
      rows.push(i);
      starts.push(at);
      degree[s]++;
      weighted[s] += t.weight[i];
      degree[g]++;
      weighted[g] += t.weight[i];
    }
    for (let i = 0; i < n; i++) base += t.el[i];
    parts.push({ table: t, manual: new Set(t.manual), rows: Uint32Array.from(rows), starts: Float64Array.from(starts) });
  }

  const slots = parseLines<number[]>(await reader.text(PARTS.nodeArticles), nodeCount);
  const nodes: GraphNode[] = [];
  const used = new Set<string>();
  for (let i = 0; i < nodeCount; i++) {
    if (!keptNode[i]) continue;
    const ids = slots[i].map((slot) => articleRows.rows[slot]?.id ?? '');
    const node = nodeAt(table, i, ids);
    node.degree = degree[i];
    node.weightedDegree = weighted[i];
    const p = input.positions[node.id];
    if (p && Number.isFinite(p.x) && Number.isFinite(p.y)) node.position = { x: p.x, y: p.y };
    nodes.push(node);
    if (node.type === 'article') used.add(node.id);
    for (const id of ids) used.add(id);
  }

  const byId = new Map(input.plainArticles.map((a) => [a.id, a.text]));
  const texts = articleRows.rows.map((row) => byId.get(row.id));
  const lineAt = (part: Part, k: number): EvidenceLine => {
    const start = part.starts[k];
    const text = evidence.toString('utf8', start, start + part.table.el[part.rows[k]]);
    try {
      return JSON.parse(text) as EvidenceLine;
    } catch {
      throw new StaleSnapshot('graph snapshot: an evidence line is damaged');
    }
  };

  // The edge last walked and its place: `ctx.edge` fills in that edge's evidence.
  let walked: { edge: GraphEdge; part: Part; k: number } | null = null;
  const edges: EdgeList = {
    length: parts.reduce((sum, p) => sum + p.rows.length, 0),
    *[Symbol.iterator]() {
      for (const part of parts) {
        for (let k = 0; k < part.rows.length; k++) {
          // Made afresh for this walk (not lean: its evidence is filled in when it is written).
          const edge = edgeAt(part.table, part.rows[k], table, [], part.manual);
          walked = { edge, part, k };
          yield edge;
        }
      }
      walked = null;
    },
    *attrs() {
      for (const part of parts) for (const row of part.rows) if (part.table.attrs[row]) yield part.table.attrs[row];
    },
  };
  const withEvidence = (edge: GraphEdge): GraphEdge => {
    if (walked?.edge !== edge) throw new Error(`export: the evidence of edge ${edge.id} was asked for out of turn`);
    edge.evidence = evidenceOf(lineAt(walked.part, walked.k), articleRows, (slot) => texts[slot]);
    return edge;
  };
  const articleIds = (): ReadonlySet<string> => {
    // The articles of the kept edges' evidence besides those of the kept nodes.
    const slotSeen = new Uint8Array(articleRows.rows.length);
    for (const part of parts) {
      for (let k = 0; k < part.rows.length; k++) {
        const start = part.starts[k];
        const end = start + part.table.el[part.rows[k]];
        // Most lines are a flat list [slot, start, end, ...]: their slots are read off the bytes.
        if (evidence[start] === 0x5b && slotsOfList(evidence, start, end, slotSeen)) continue;
        const line = lineAt(part, k);
        const r = Array.isArray(line) ? line : line.r;
        const other = Array.isArray(line) ? undefined : line.a;
        for (let j = 0; j * 3 < r.length; j++) {
          const id = other?.[j] ?? (r[j * 3] >= 0 ? articleRows.rows[r[j * 3]]?.id : undefined) ?? '';
          used.add(id);
        }
      }
    }
    slotSeen.forEach((seen, slot) => seen && used.add(articleRows.rows[slot].id));
    return used;
  };
  return { graph: { nodes, edges }, ctx: { edge: withEvidence, articleIds } };
}

/**
 * Marks the article slots (every third number, from the first) of an evidence line that is a flat
 * list of non-negative integers; false, marking nothing, when it is anything else.
 */
function slotsOfList(bytes: Buffer, start: number, end: number, seen: Uint8Array): boolean {
  const slots: number[] = [];
  let value = -1;
  let index = 0;
  for (let at = start + 1; at < end; at++) {
    const c = bytes[at];
    if (c >= 0x30 && c <= 0x39) value = (value < 0 ? 0 : value * 10) + (c - 0x30);
    else if (c === 0x2c || c === 0x5d) {
      if (value < 0) return c === 0x5d && index === 0 && slots.length === 0;
      if (index % 3 === 0) slots.push(value);
      index++;
      value = -1;
      if (c === 0x5d) break;
    } else if (c !== 0x20 && c !== 0x0a) return false;
  }
  for (const slot of slots) {
    if (slot >= seen.length) return false;
  }
  for (const slot of slots) seen[slot] = 1;
  return true;
}

function parseLines<T>(text: string, count: number): T[] {
  const out = parseJsonLines<T>(text);
  if (out.length !== count) throw new StaleSnapshot(`graph snapshot: node-articles has ${out.length} lines for ${count} nodes`);
  return out;
}
