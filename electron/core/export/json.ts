import type { GraphEdge, GraphNode } from '../../shared/types';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
import { prettyJsonChunks, streamed } from './json-stream';
import { nodeAttributeValues } from './node-attributes';

/** The `format` tag and version of the full JSON export (described by zhitu-graph.schema.json). */
export const ZHITU_GRAPH_FORMAT = 'zhitu-graph';
export const ZHITU_GRAPH_VERSION = 1;

/**
 * The whole graph with every attribute, all evidence and the articles' metadata:
 * `{ format: 'zhitu-graph', version: 1, generatedAt, nodes, edges, articles }`. Extra node
 * attributes are declared in `nodeAttributes` and given in each node's `attributes`.
 */
export function writeJson(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  const declared = ctx.nodeAttributes.columns;
  function* nodes(): Generator<GraphNode> {
    for (const n of graph.nodes) yield declared.length === 0 ? n : withAttributes(n, nodeAttributeValues(ctx.nodeAttributes, n.id));
  }
  function* edges(): Generator<GraphEdge> {
    for (const e of graph.edges) yield ctx.edge(e);
  }
  const doc = {
    format: ZHITU_GRAPH_FORMAT,
    version: ZHITU_GRAPH_VERSION,
    generatedAt: ctx.generatedAt,
    ...(declared.length === 0 ? {} : { nodeAttributes: declared }),
    nodes: streamed('nodes'),
    edges: streamed('edges'),
    articles: streamed('articles'),
  };
  function* chunks(): Generator<string> {
    yield* prettyJsonChunks(doc, { nodes, edges, articles: () => ctx.articles });
    yield '\n';
  }
  return [{ name: 'graph.json', mime: 'application/json', chunks }];
}

function withAttributes(node: GraphNode, attributes: Record<string, string | number | boolean>): GraphNode & { attributes?: typeof attributes } {
  return Object.keys(attributes).length === 0 ? node : { ...node, attributes };
}
