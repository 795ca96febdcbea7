import { isUndirectedRelation } from '../../shared/relation-direction';
import type { GraphEdge, GraphNode, RelationType } from '../../shared/types';
import type { EdgeList, ResolvedContext } from './context';
import { nodeColor } from './palette';

/** The value types a flat column can hold; GEXF, GraphML and CSV each map them to their own. */
export type ColumnType = 'string' | 'integer' | 'double' | 'boolean';
export type FlatValue = string | number | boolean | null;

/** One attribute of the flat (tabular) view of nodes or edges. */
export interface Column<T> {
  key: string;
  type: ColumnType;
  value: (item: T, ctx: ResolvedContext) => FlatValue;
}

/** Joins lists (aliases, tags, article ids) in flat formats; `|` is rare in Chinese news text. */
export const LIST_SEPARATOR = '|';
/** Joins the evidence sentences of an edge in flat formats (one sentence per line). */
export const EVIDENCE_SEPARATOR = '\n';
/** Prefix of the columns made from an edge's extra facts (`attrs`), e.g. `attr_year`. */
export const EDGE_ATTR_PREFIX = 'attr_';

/** True when a relation type has a direction; the others are written undirected in a mixed graph, `directed = false` otherwise. */
export function isDirected(type: RelationType): boolean {
  return !isUndirectedRelation(type);
}

function list(values: readonly string[] | undefined): string | null {
  return values && values.length > 0 ? values.join(LIST_SEPARATOR) : null;
}

function text(value: string | null | undefined): string | null {
  return value === undefined || value === null || value === '' ? null : value;
}

function articleDate(node: GraphNode, ctx: ResolvedContext): string | null {
  return node.type === 'article' ? (ctx.articleById.get(node.id)?.date ?? null) : null;
}

/** The distinct article ids of an edge's evidence, in order of first appearance. */
export function evidenceArticles(edge: GraphEdge): string[] {
  return [...new Set(edge.evidence.map((e) => e.article))];
}

/** The node columns shared by the flat formats (label, i.e. the name, is written by each format). */
export const NODE_COLUMNS: ReadonlyArray<Column<GraphNode>> = [
  { key: 'type', type: 'string', value: (n) => n.type },
  { key: 'aliases', type: 'string', value: (n) => list(n.aliases) },
  { key: 'note', type: 'string', value: (n) => text(n.note) },
  { key: 'tags', type: 'string', value: (n) => list(n.tags) },
  { key: 'mentions', type: 'integer', value: (n) => n.mentions },
  { key: 'degree', type: 'integer', value: (n) => n.degree },
  { key: 'weighted_degree', type: 'double', value: (n) => n.weightedDegree },
  { key: 'code', type: 'string', value: (n) => text(n.code) },
  { key: 'first_date', type: 'string', value: (n, ctx) => text(n.firstDate) ?? articleDate(n, ctx) },
  { key: 'last_date', type: 'string', value: (n, ctx) => text(n.lastDate) ?? articleDate(n, ctx) },
  { key: 'articles', type: 'string', value: (n) => list(n.articles) },
  { key: 'source', type: 'string', value: (n, ctx) => (n.type === 'article' ? text(ctx.articleById.get(n.id)?.source) : null) },
  { key: 'color', type: 'string', value: (n) => nodeColor(n) },
  { key: 'manual', type: 'boolean', value: (n) => n.manual === true },
];

const FIXED_EDGE_COLUMNS: ReadonlyArray<Column<GraphEdge>> = [
  { key: 'relation', type: 'string', value: (e) => e.type },
  { key: 'directed', type: 'boolean', value: (e) => isDirected(e.type) },
  { key: 'first_date', type: 'string', value: (e) => text(e.firstDate) },
  { key: 'last_date', type: 'string', value: (e) => text(e.lastDate) },
  { key: 'evidence_count', type: 'integer', value: (e) => e.evidence.length },
  { key: 'articles', type: 'string', value: (e) => list(evidenceArticles(e)) },
  { key: 'evidence', type: 'string', value: (e) => text(e.evidence.map((ev) => ev.text).join(EVIDENCE_SEPARATOR)) },
  { key: 'manual', type: 'boolean', value: (e) => e.manual === true },
];

/**
 * The edge columns of a graph: the fixed ones, then one `attr_<key>` column per extra fact found
 * on any edge (typed `double` when every value is a number).
 */
export function edgeColumns(graph: { edges: EdgeList }): Array<Column<GraphEdge>> {
  const numeric = new Map<string, boolean>();
  for (const attrs of graph.edges.attrs ? graph.edges.attrs() : attrsOf(graph.edges)) {
    for (const [key, value] of Object.entries(attrs)) {
      numeric.set(key, (numeric.get(key) ?? true) && typeof value === 'number');
    }
  }
  const extra = [...numeric.entries()].map(
    ([key, isNumber]): Column<GraphEdge> => ({
      key: EDGE_ATTR_PREFIX + key,
      type: isNumber ? 'double' : 'string',
      value: (e) => {
        const v = e.attrs?.[key];
        if (v === undefined) return null;
        if (isNumber) return typeof v === 'number' && Number.isFinite(v) ? v : null;
        return String(v);
      },
    }),
  );
  return [...FIXED_EDGE_COLUMNS, ...extra];
}

function* attrsOf(edges: Iterable<GraphEdge>): Generator<Readonly<Record<string, string | number>>> {
  for (const edge of edges) if (edge.attrs) yield edge.attrs;
}

/** Formats a number for text formats: finite numbers as JavaScript prints them, others as nothing. */
export function formatNumber(value: number): string | null {
  return Number.isFinite(value) ? String(value) : null;
}
