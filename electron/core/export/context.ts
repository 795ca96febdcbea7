import { posix, win32 } from 'node:path';
import type { ArticleSummary, Evidence, GraphEdge, GraphNode } from '../../shared/types';
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
  /**
   * The edge with its evidence, when the caller makes it (in place of `evidence`): for edges made
   * afresh for each walk, which it may fill in place rather than copy.
   */
  edge?: (edge: GraphEdge) => GraphEdge;
  /** The article ids of an edge's evidence, when cheaper than `evidence` (used to pick the articles an export lists). */
  evidenceArticles?: (edge: GraphEdge) => Iterable<string>;
  /** The ids of the articles the graph refers to, when the caller knows them (else found by a pass over nodes and evidence). */
  articleIds?: () => ReadonlySet<string>;
}

/**
 * The edges an export writes: anything that can be walked more than once and knows its length.
 * An array of edges is one; so is a view over a snapshot's edge columns that makes each edge as
 * it is walked (and lets it go), so that a corpus's edges are never all in memory as objects.
 */
export interface EdgeList extends Iterable<GraphEdge> {
  readonly length: number;
  /** The extra facts (`attrs`) of the edges that have some, when cheaper than walking the edges. */
  attrs?: () => Iterable<Readonly<Record<string, string | number>>>;
}

/** The graph an export writes: nodes, and edges as an {@link EdgeList}. `GraphData` is one. */
export interface ExportGraph {
  nodes: GraphNode[];
  edges: EdgeList;
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
export type Serializer = (graph: ExportGraph, ctx: ResolvedContext) => ExportStream[];

/** The ids of the articles a graph refers to: article nodes, the articles of nodes, and evidence. */
export function referencedArticles(graph: ExportGraph, ctx: Pick<ExportContext, 'evidence' | 'evidenceArticles'> = {}): Set<string> {
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
export function resolveContext(graph: ExportGraph, ctx: ExportContext = {}): ResolvedContext {
  const used = ctx.articleIds ? ctx.articleIds() : referencedArticles(graph, ctx);
  const articles = (ctx.articles ?? []).filter((a) => used.has(a.id)).map(withoutAbsoluteSource);
  const nodeAttributes = ctx.nodeAttributes ?? { columns: [], values: {} };
  checkNodeAttributes(nodeAttributes);
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    generatedAt: ctx.generatedAt ?? new Date().toISOString(),
    mixedGraph: ctx.mixedGraph ?? false,
    nodeAttributes,
    edge: ctx.edge ?? (ctx.evidence ? withEvidence(ctx.evidence) : (edge) => edge),
  };
}

function withEvidence(evidence: (edge: GraphEdge) => Evidence[]): (edge: GraphEdge) => GraphEdge {
  return (edge) => {
    const { evidenceCount: _count, ...rest } = edge;
    return { ...rest, evidence: evidence(edge) };
  };
}

/** The graph with the given positions in place of pinned ones (finite positions only); the same graph when none are given. */
export function placeNodes<G extends ExportGraph>(graph: G, positions: ExportContext['positions']): G {
  if (!positions) return graph;
  const nodes = graph.nodes.map((n) => {
    const p = positions[n.id];
    return p && Number.isFinite(p.x) && Number.isFinite(p.y) ? { ...n, position: { x: p.x, y: p.y } } : n;
  });
  return { ...graph, nodes };
}
