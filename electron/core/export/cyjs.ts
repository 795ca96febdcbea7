import type { GraphEdge, GraphNode } from '../../shared/types';
import { EDGE_ATTR_PREFIX, edgeColumns, evidenceArticles, isDirected } from './columns';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
import { prettyJsonChunks, streamed } from './json-stream';
import { nodeAttributeValues } from './node-attributes';
import { nodeColor } from './palette';
import { present } from './present';

/**
 * Cytoscape JSON (`{ data, elements: { nodes: [{ data, position? }], edges: [{ data }] } }`) for
 * Cytoscape Desktop and cytoscape.js. Lists stay JSON arrays (Desktop makes list columns of them);
 * extra node attributes (measures) are fields of `data`; edges carry `interaction` (Desktop's name for the relation type) and a Desktop-style `name`.
 */
export function writeCyjs(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const attrColumns = edgeColumns(graph).filter((c) => c.key.startsWith(EDGE_ATTR_PREFIX));
  const node = (n: GraphNode) => {
    const article = n.type === 'article' ? ctx.articleById.get(n.id) : undefined;
    const data = present({
      id: n.id,
      name: n.name,
      type: n.type,
      aliases: n.aliases,
      tags: n.tags ?? [],
      note: n.note,
      mentions: n.mentions,
      degree: n.degree,
      weighted_degree: n.weightedDegree,
      code: n.code,
      first_date: n.firstDate ?? article?.date,
      last_date: n.lastDate ?? article?.date,
      articles: n.articles,
      source: article?.source,
      color: nodeColor(n),
      manual: n.manual === true,
      ...nodeAttributeValues(ctx.nodeAttributes, n.id),
    });
    const pos = n.position;
    return pos && Number.isFinite(pos.x) && Number.isFinite(pos.y) ? { data, position: { x: pos.x, y: pos.y } } : { data };
  };
  const edge = (lean: GraphEdge) => {
    const e = ctx.edge(lean);
    const data = present({
      id: e.id,
      source: e.source,
      target: e.target,
      name: `${names.get(e.source) ?? e.source} (${e.type}) ${names.get(e.target) ?? e.target}`,
      interaction: e.type,
      relation: e.type,
      label: e.label,
      weight: e.weight,
      directed: isDirected(e.type),
      first_date: e.firstDate,
      last_date: e.lastDate,
      evidence_count: e.evidence.length,
      articles: evidenceArticles(e),
      evidence: e.evidence.map((ev) => ev.text),
      manual: e.manual === true,
    });
    for (const c of attrColumns) {
      const value = c.value(e, ctx);
      if (value !== null) data[c.key] = value;
    }
    return { data };
  };
  const doc = {
    format_version: '1.0',
    generated_by: 'Zhitu (知图)',
    target_cytoscapejs_version: '~3.35',
    data: { name: 'Zhitu graph', generated_at: ctx.generatedAt },
    elements: { nodes: streamed('nodes'), edges: streamed('edges') },
  };
  function* chunks(): Generator<string> {
    yield* prettyJsonChunks(doc, { nodes: () => mapped(graph.nodes, node), edges: () => mapped(graph.edges, edge) });
    yield '\n';
  }
  return [{ name: 'graph.cyjs', mime: 'application/json', chunks }];
}

function* mapped<T, U>(items: Iterable<T>, f: (item: T) => U): Generator<U> {
  for (const item of items) yield f(item);
}
