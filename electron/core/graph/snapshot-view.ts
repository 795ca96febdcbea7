import type { GraphData, GraphFilter, GraphNode } from '../../shared/types';
import { RELATION_TYPES } from '../../shared/types';
import { rowsOf } from './light-edits';
import { edgeAt, nodeAt } from './snapshot-decode';
import { NODE_KINDS } from './snapshot-model';
import type { EdgeTable, NodeTable } from './snapshot-model';

const ARTICLE = NODE_KINDS.indexOf('article');
const CO_OCCURS = RELATION_TYPES.indexOf('co_occurs');
const ARTICLE_EDGES = new Set([RELATION_TYPES.indexOf('mentions'), RELATION_TYPES.indexOf('reported_by')]);
/** Filter fields the tables answer without evidence; any other field needs the whole graph. */
const TABLE_FIELDS = new Set(['types', 'relationTypes', 'minWeight', 'includeCoOccurs', 'focus', 'limit', 'includeArticles']);

/**
 * Whether `selectView` can answer this filter from the node and edge tables: no article nodes,
 * no scope by articles or dates, and nothing else it does not know.
 */
export function tablesAnswer(filter: GraphFilter): boolean {
  if (filter.includeArticles === true) return false;
  return Object.entries(filter).every(([k, v]) => v === undefined || TABLE_FIELDS.has(k) || (Array.isArray(v) && v.length === 0 && (k === 'articles' || k === 'types')));
}

/** The rows a view keeps (in graph order) and the degrees counted over its edges. */
export interface ViewSelection {
  nodes: number[];
  edges: number[];
  degree: Map<number, number>;
  weighted: Map<number, number>;
}

function count(rows: Iterable<number>, edges: readonly number[], t: EdgeTable): { degree: Map<number, number>; weighted: Map<number, number> } {
  const degree = new Map<number, number>();
  const weighted = new Map<number, number>();
  for (const r of rows) {
    degree.set(r, 0);
    weighted.set(r, 0);
  }
  for (const e of edges) {
    for (const end of [t.source[e], t.target[e]]) {
      const d = degree.get(end);
      if (d === undefined) continue;
      degree.set(end, d + 1);
      weighted.set(end, (weighted.get(end) as number) + t.weight[e]);
    }
  }
  return { degree, weighted };
}

/**
 * What `filterGraph` keeps for a filter that `tablesAnswer`, computed on the tables: entity
 * nodes of the types asked, the typed edges between them (relation types, co-occurrences,
 * minimum weight), the neighbourhood of `focus`, then the `limit` nodes of highest weighted
 * degree over those edges (ties: more mentions, then id) and the edges among them.
 */
export function selectView(nodes: NodeTable, edges: EdgeTable, filter: GraphFilter): ViewSelection {
  const types = filter.types && filter.types.length > 0 ? new Set(filter.types.map((t) => NODE_KINDS.indexOf(t))) : null;
  const relationTypes = filter.relationTypes && filter.relationTypes.length > 0 ? new Set(filter.relationTypes.map((t) => RELATION_TYPES.indexOf(t))) : null;
  const keep = new Uint8Array(nodes.id.length);
  for (let i = 0; i < keep.length; i++) if (nodes.type[i] !== ARTICLE && (types === null || types.has(nodes.type[i]))) keep[i] = 1;
  let kept: number[] = [];
  for (let e = 0; e < edges.type.length; e++) {
    const type = edges.type[e];
    if ((relationTypes !== null && !relationTypes.has(type)) || (filter.includeCoOccurs === false && type === CO_OCCURS) || ARTICLE_EDGES.has(type)) continue;
    if (!keep[edges.source[e]] || !keep[edges.target[e]]) continue;
    if (filter.minWeight !== undefined && edges.weight[e] < filter.minWeight) continue;
    kept.push(e);
  }
  if (filter.focus && filter.focus.ids.length > 0) {
    const rows = rowsOf(nodes);
    const near = new Uint8Array(keep.length);
    let frontier = filter.focus.ids.map((id) => rows.get(id)).filter((r): r is number => r !== undefined && keep[r] === 1);
    for (const r of frontier) near[r] = 1;
    const adjacent = new Map<number, number[]>();
    for (const e of kept) {
      for (const [a, b] of [[edges.source[e], edges.target[e]], [edges.target[e], edges.source[e]]]) {
        const list = adjacent.get(a);
        if (list) list.push(b);
        else adjacent.set(a, [b]);
      }
    }
    for (let d = 0; d < Math.max(0, Math.floor(filter.focus.depth)) && frontier.length > 0; d++) {
      const next: number[] = [];
      for (const r of frontier) {
        for (const o of adjacent.get(r) ?? []) {
          if (near[o]) continue;
          near[o] = 1;
          next.push(o);
        }
      }
      frontier = next;
    }
    for (let i = 0; i < keep.length; i++) if (!near[i]) keep[i] = 0;
    kept = kept.filter((e) => near[edges.source[e]] && near[edges.target[e]]);
  }
  let rows: number[] = [];
  for (let i = 0; i < keep.length; i++) if (keep[i]) rows.push(i);
  if (filter.limit !== undefined && rows.length > filter.limit) {
    const { weighted } = count(rows, kept, edges);
    const ranked = [...rows].sort((a, b) => (weighted.get(b) as number) - (weighted.get(a) as number) || nodes.mentions[b] - nodes.mentions[a] || (nodes.id[a] < nodes.id[b] ? -1 : 1));
    const top = new Uint8Array(keep.length);
    for (const r of ranked.slice(0, Math.max(0, filter.limit))) top[r] = 1;
    rows = rows.filter((r) => top[r]);
    kept = kept.filter((e) => top[edges.source[e]] && top[edges.target[e]]);
  }
  return { nodes: rows, edges: kept, ...count(rows, kept, edges) };
}

/** The lean graph data of a selection (edges without evidence, with `evidenceCount`); `articles` per selected node, in order. */
export function viewData(nodes: NodeTable, edges: EdgeTable, view: ViewSelection, articles: string[][]): GraphData {
  const manual = new Set(edges.manual);
  const out: GraphNode[] = view.nodes.map((r, k) => ({ ...nodeAt(nodes, r, articles[k]), degree: view.degree.get(r) as number, weightedDegree: view.weighted.get(r) as number }));
  return { nodes: out, edges: view.edges.map((e) => edgeAt(edges, e, nodes, [], manual, true)) };
}
