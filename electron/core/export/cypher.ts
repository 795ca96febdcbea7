import type { GraphData, GraphEdge, GraphNode, NodeKind, RelationType } from '../../shared/types';
import { EDGE_ATTR_PREFIX, evidenceArticles, isDirected } from './columns';
import type { ExportStream, ResolvedContext } from './context';
import type { CypherValue } from './cypher-literal';
import { cypherName, cypherValue } from './cypher-literal';
import { nodeAttributeValues } from './node-attributes';
import { present } from './present';

/** Rows per `UNWIND` statement: big enough to be fast, small enough for one transaction each. */
export const CYPHER_BATCH_SIZE = 500;

/** The Neo4j label of each node type. */
export const NODE_LABELS: Readonly<Record<NodeKind, string>> = {
  organisation: 'Organisation',
  person: 'Person',
  place: 'Place',
  program: 'Program',
  article: 'Article',
};

/** The Neo4j relationship type of each relation. */
export const RELATIONSHIP_TYPES: Readonly<Record<RelationType, string>> = {
  role: 'ROLE',
  organises: 'ORGANISES',
  partner: 'PARTNER',
  founded: 'FOUNDED',
  part_of: 'PART_OF',
  located_in: 'LOCATED_IN',
  participates: 'PARTICIPATES',
  reported_by: 'REPORTED_BY',
  mentions: 'MENTIONS',
  co_occurs: 'CO_OCCURS',
};

type Props = Record<string, CypherValue>;

function nodeProps(node: GraphNode, ctx: ResolvedContext): Props {
  const article = node.type === 'article' ? ctx.articleById.get(node.id) : undefined;
  return present<CypherValue>({
    name: node.name,
    type: node.type,
    aliases: node.aliases,
    note: node.note,
    tags: node.tags,
    mentions: node.mentions,
    degree: node.degree,
    weightedDegree: node.weightedDegree,
    code: node.code,
    firstDate: node.firstDate ?? article?.date,
    lastDate: node.lastDate ?? article?.date,
    articles: node.articles,
    color: node.color,
    manual: node.manual,
    x: node.position?.x,
    y: node.position?.y,
    title: article?.title,
    date: article?.date,
    place: article?.place,
    byline: article?.byline.map((b) => `${b.role}:${b.name}`),
    source: article?.source,
    chars: article?.chars,
    ...nodeAttributeValues(ctx.nodeAttributes, node.id),
  });
}

function edgeProps(edge: GraphEdge): Props {
  const extra: Record<string, CypherValue> = {};
  for (const [key, value] of Object.entries(edge.attrs ?? {})) extra[EDGE_ATTR_PREFIX + key] = value;
  return present<CypherValue>({
    label: edge.label,
    weight: edge.weight,
    directed: isDirected(edge.type),
    firstDate: edge.firstDate,
    lastDate: edge.lastDate,
    evidenceCount: edge.evidence.length,
    articles: evidenceArticles(edge),
    // Neo4j properties cannot be maps: the sentences as a list, the full records as a JSON string.
    evidence: edge.evidence.map((ev) => ev.text),
    evidenceJson: JSON.stringify(edge.evidence),
    manual: edge.manual,
    ...extra,
  });
}

function* batches<T>(items: readonly T[], size: number): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    const group = groups.get(k);
    if (group) group.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

function unwind(rows: ReadonlyArray<Record<string, CypherValue>>): string {
  return `UNWIND [\n${rows.map((r) => `  ${cypherValue(r)}`).join(',\n')}\n] AS row`;
}

function pattern(variable: string, label: string | undefined, idField: string): string {
  return `(${variable}${label ? `:${cypherName(label)}` : ''} {id: row.${idField}})`;
}

/**
 * A Neo4j 5 script: one uniqueness constraint per label, then nodes and relationships in
 * batched `UNWIND [...] AS row MERGE ... SET x += row.props` statements. Re-running it updates
 * rather than duplicates. Strings are single-quoted Cypher literals with `\` and `'` escaped.
 */
export function writeCypher(graph: GraphData, ctx: ResolvedContext): ExportStream[] {
  return [{ name: 'graph.cypher', mime: 'text/plain; charset=utf-8', chunks: () => cypherChunks(graph, ctx) }];
}

function* cypherChunks(graph: GraphData, ctx: ResolvedContext): Generator<string> {
  const labelOf = new Map(graph.nodes.map((n) => [n.id, NODE_LABELS[n.type]]));
  const head: string[] = [
    `// Zhitu (知图) knowledge graph for Neo4j 5, generated ${ctx.generatedAt.replace(/[\r\n]/g, ' ')}`,
    `// ${graph.nodes.length} nodes, ${graph.edges.length} relationships. Run: cypher-shell -f graph.cypher`,
    '// Safe to run again: nodes and relationships are merged on their id.',
    '',
  ];
  const nodeGroups = groupBy(graph.nodes, (n) => NODE_LABELS[n.type]);
  for (const label of nodeGroups.keys()) {
    const name = cypherName(`zhitu_${label.toLowerCase()}_id`);
    head.push(`CREATE CONSTRAINT ${name} IF NOT EXISTS FOR (n:${cypherName(label)}) REQUIRE n.id IS UNIQUE;`);
  }
  // Every statement below is followed by an empty line; the file ends with one newline.
  let separator = head.join('\n') + '\n';
  for (const [label, nodes] of nodeGroups) {
    for (const batch of batches(nodes, CYPHER_BATCH_SIZE)) {
      const rows = batch.map((n) => ({ id: n.id, props: nodeProps(n, ctx) }));
      yield `${separator}\n${unwind(rows)}\nMERGE (n:${cypherName(label)} {id: row.id})\nSET n += row.props;\n`;
      separator = '';
    }
  }
  const edgeGroups = groupBy(graph.edges, (e) => `${e.type}\u0000${labelOf.get(e.source) ?? ''}\u0000${labelOf.get(e.target) ?? ''}`);
  for (const edges of edgeGroups.values()) {
    const first = edges[0];
    const relType = cypherName(RELATIONSHIP_TYPES[first.type]);
    const a = pattern('a', labelOf.get(first.source), 'source');
    const b = pattern('b', labelOf.get(first.target), 'target');
    for (const batch of batches(edges, CYPHER_BATCH_SIZE)) {
      const rows = batch.map((lean) => {
        const e = ctx.edge(lean);
        return { id: e.id, source: e.source, target: e.target, props: edgeProps(e) };
      });
      yield `${separator}\n${unwind(rows)}\nMATCH ${a}\nMATCH ${b}\nMERGE (a)-[r:${relType} {id: row.id}]->(b)\nSET r += row.props;\n`;
      separator = '';
    }
  }
  yield separator;
}
