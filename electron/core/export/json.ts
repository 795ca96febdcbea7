import type { ExportFile, GraphData } from '../../shared/types';
import type { ResolvedContext } from './context';

/** The `format` tag and version of the full JSON export (described by zhitu-graph.schema.json). */
export const ZHITU_GRAPH_FORMAT = 'zhitu-graph';
export const ZHITU_GRAPH_VERSION = 1;

/**
 * The whole graph with every attribute, all evidence and the articles' metadata:
 * `{ format: 'zhitu-graph', version: 1, generatedAt, nodes, edges, articles }`.
 */
export function writeJson(graph: GraphData, ctx: ResolvedContext): ExportFile[] {
  const doc = {
    format: ZHITU_GRAPH_FORMAT,
    version: ZHITU_GRAPH_VERSION,
    generatedAt: ctx.generatedAt,
    nodes: graph.nodes,
    edges: graph.edges,
    articles: ctx.articles,
  };
  return [{ name: 'graph.json', mime: 'application/json', content: JSON.stringify(doc, null, 2) + '\n' }];
}
