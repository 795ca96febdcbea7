import type { ArticleSummary, ExportFile, GraphData } from '../../shared/types';

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
}

/** The context with its defaults filled in, as serialisers receive it. */
export interface ResolvedContext {
  articles: ArticleSummary[];
  articleById: Map<string, ArticleSummary>;
  generatedAt: string;
  mixedGraph: boolean;
}

/** A serialiser turns the graph into the files of one format. */
export type Serializer = (graph: GraphData, ctx: ResolvedContext) => ExportFile[];

/** The ids of the articles a graph refers to: article nodes, the articles of nodes, and evidence. */
export function referencedArticles(graph: GraphData): Set<string> {
  const ids = new Set<string>();
  for (const node of graph.nodes) {
    if (node.type === 'article') ids.add(node.id);
    for (const id of node.articles) ids.add(id);
  }
  for (const edge of graph.edges) for (const ev of edge.evidence) ids.add(ev.article);
  return ids;
}

/** Fills in the defaults of an export context and keeps the articles the graph refers to. */
export function resolveContext(graph: GraphData, ctx: ExportContext = {}): ResolvedContext {
  const used = referencedArticles(graph);
  const articles = (ctx.articles ?? []).filter((a) => used.has(a.id));
  return {
    articles,
    articleById: new Map(articles.map((a) => [a.id, a])),
    generatedAt: ctx.generatedAt ?? new Date().toISOString(),
    mixedGraph: ctx.mixedGraph ?? false,
  };
}
