import type { ExportFile, GraphData, GraphNode } from '../../shared/types';
import type { ResolvedContext } from './context';
import { nodeAttributeValues } from './node-attributes';

/** The `format` tag and version of the full JSON export (described by zhitu-graph.schema.json). */
export const ZHITU_GRAPH_FORMAT = 'zhitu-graph';
export const ZHITU_GRAPH_VERSION = 1;

/**
 * The whole graph with every attribute, all evidence and the articles' metadata:
 * `{ format: 'zhitu-graph', version: 1, generatedAt, nodes, edges, articles }`. Extra node
 * attributes are declared in `nodeAttributes` and given in each node's `attributes`.
 */
export function writeJson(graph: GraphData, ctx: ResolvedContext): ExportFile[] {
  const declared = ctx.nodeAttributes.columns;
  const nodes = declared.length === 0 ? graph.nodes : graph.nodes.map((n) => withAttributes(n, nodeAttributeValues(ctx.nodeAttributes, n.id)));
  const doc = {
    format: ZHITU_GRAPH_FORMAT,
    version: ZHITU_GRAPH_VERSION,
    generatedAt: ctx.generatedAt,
    ...(declared.length === 0 ? {} : { nodeAttributes: declared }),
    nodes,
    edges: graph.edges,
    articles: ctx.articles,
  };
  return [{ name: 'graph.json', mime: 'application/json', content: JSON.stringify(doc, null, 2) + '\n' }];
}

function withAttributes(node: GraphNode, attributes: Record<string, string | number | boolean>): GraphNode & { attributes?: typeof attributes } {
  return Object.keys(attributes).length === 0 ? node : { ...node, attributes };
}
