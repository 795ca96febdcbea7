import { posix, win32 } from 'node:path';
import type { ArticleSummary, Evidence, GraphData, GraphEdge } from '../../shared/types';
import type { NodeAttributes } from './node-attributes';
import { checkNodeAttributes } from './node-attributes';

/** What an export may know besides the graph. */
export interface ExportContext {
  /** Metadata of the articles the graph was built from (titles, dates, sources). */
  articles?: ArticleSummary[];
  /** ISO timestamp written into the files; defaults to now. */
  generatedAt?: string;
  /**
   * Write the symmetric relations (partner, co_occurs) as undirected edges in a mixed graph
   * (GEXF `type="undirected"`, GraphML `directed="false"`). Right for Gephi and yEd, but
   * NetworkX and igraph refuse mixed graphs, so the default keeps every edge directed and
   * marks symmetric ones with the attribute `directed = false`.
   */
  mixedGraph?: boolean;
  /** Extra node attributes (e.g. analytics measures, see `measuresAsNodeAttributes`), written by every format. */
  nodeAttributes?: NodeAttributes;
  /**
   * Node positions (e.g. the layout the user sees), by node id; they take the place of pinned
   * positions. GEXF writes them as `viz:position`, Cytoscape JSON as `position`, the others as x/y.
   */
  positions?: Readonly<Record<string, { x: number; y: number }>>;
  /**
   * The evidence of an edge of a lean graph (one whose edges leave `evidence` empty, as read
   * without it), fetched when the edge is written and then dropped: memory stays bounded by one
   * edge rather than the corpus. Default: the edge's own list.
   */
  evidence?: (edge: GraphEdge) => Evidence[];
  /** The article ids of an edge's evidence, when cheaper than `evidence` (used to pick the articles an export lists). */
  evidenceArticles?: (edge: GraphEdge) => Iterable<string>;
}

/** The context with its defaults filled in, as serialisers receive it. */
export interface ResolvedContext {
  articles: ArticleSummary[];
  articleById: Map<string, ArticleSummary>;
  generatedAt: string;
  mixedGraph: boolean;
  nodeAttributes: NodeAttributes;
  /** An edge with its evidence (itself when the graph carries it): call it once per edge written, and let it go. */
  edge: (edge: GraphEdge) => GraphEdge;
}

/** One file of an export, produced a piece at a time: `chunks()` yields its text in order (each call starts again). */
export interface ExportStream {
  name: string;
  mime: string;
  chunks: () => Iterable<string>;
}

/** A serialiser turns the graph into the files of one format, each written as it is produced. */
export type Serializer = (graph: GraphData, ctx: ResolvedContext) => ExportStream[];

/** The ids of the articles a graph refers to: article nodes, the articles of nodes, and evidence. */
export function referencedArticles(graph: GraphData, ctx: Pick<ExportContext, 'evidence' | 'evidenceArticles'> = {}): Set<string> {
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'article') ids.add(node.id);
    for (const id of node.articles) ids.add(id);
  }
  for (const edge of graph.edges) {
    if (ctx.evidenceArticles) for (const id of ctx.evidenceArticles(edge)) ids.add(id);
    else for (const ev of ctx.evidence ? ctx.evidence(edge) : edge.evidence) ids.add(ev.article);
  }
  return ids;
}

/**
 * An article whose source is an absolute path (stored by an older import) keeps only the file's
 * name: an export is shared, and must not show the layout of the user's disk. Relative sources
 * (relative to the folder that was imported) stay as they are.
 */
function withoutAbsoluteSource(article: ArticleSummary): ArticleSummary {
  const source = article.source;
  if (posix.isAbsolute(source)) return { ...article, source: posix.basename(source) };
  if (win32.isAbsolute(source)) return { ...article, source: win32.basename(source) };
  return article;
}

/**
 * Fills in the defaults of an export context and keeps the articles the graph refers to
 * (with no absolute source paths).
 * Throws when extra node attributes are declared badly (see `checkNodeAttributes`).
 */
export function resolveContext(graph: GraphData, ctx: ExportContext = {}): ResolvedContext {
  const used = referencedArticles(graph, ctx);
  const articles = (ctx.articles ?? []).filter((a) => used.has(a.id)).map(withoutAbsoluteSource);
  const nodeAttributes = ctx.nodeAttributes ?? { columns: [], values: {} };
  checkNodeAttributes(nodeAttributes);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    generatedAt: ctx.generatedAt ?? new Date().toISOString(),
    mixedGraph: ctx.mixedGraph ?? false,
    nodeAttributes,
    edge: ctx.evidence ? withEvidence(ctx.evidence) : (edge) => edge,
  };
}

function withEvidence(evidence: (edge: GraphEdge) => Evidence[]): (edge: GraphEdge) => GraphEdge {
  return (edge) => {
    const { evidenceCount: _count, ...rest } = edge;
    return { ...rest, evidence: evidence(edge) };
  };
}

/** The graph with the given positions in place of pinned ones (finite positions only); the same graph when none are given. */
export function placeNodes(graph: GraphData, positions: ExportContext['positions']): GraphData {
  if (!positions) return graph;
  const nodes = graph.nodes.map((n) => {
    const p = positions[n.id];
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
  });
  return { nodes, edges: graph.edges };
}
