import type { GraphEdge, GraphNode, NodeKind, RelationType } from '../../shared/types';
import { EDGE_ATTR_PREFIX, evidenceArticles, isDirected } from './columns';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
import type { CypherValue } from './cypher-literal';
import { cypherName, cypherValue } from './cypher-literal';
import { nodeAttributeValues } from './node-attributes';
import { present } from './present';

/** Rows per `UNWIND` statement: big enough to be fast, small enough for one transaction each. */
export const CYPHER_BATCH_SIZE = 500;
/** Relationship rows held for all groups together before the fullest group's batch is written early. */
const CYPHER_HELD_ROWS = 4 * CYPHER_BATCH_SIZE;

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
export function writeCypher(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  return [{ name: 'graph.cypher', mime: 'text/plain; charset=utf-8', chunks: () => cypherChunks(graph, ctx) }];
}

function* cypherChunks(graph: ExportGraph, ctx: ResolvedContext): Generator<string> {
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
  // Edges are grouped by relationship type and end labels (one statement shape per group) in one
  // pass: each edge is written into its group's pending batch as it comes, and a batch is
  // written when full, or, when all groups together hold more than a few batches, the fullest
  // one is: memory holds a few batches, never every edge.
  const pending = new Map<string, { tail: string; rows: string[] }>();
  let held = 0;
  const statement = (group: { tail: string; rows: string[] }): string => {
    const text = `${separator}\nUNWIND [\n${group.rows.join(',\n')}\n] AS row\n${group.tail}`;
    separator = '';
    held -= group.rows.length;
    group.rows = [];
    return text;
  };
  const fullest = (): { tail: string; rows: string[] } => {
    let best: { tail: string; rows: string[] } | null = null;
    for (const group of pending.values()) if (!best || group.rows.length > best.rows.length) best = group;
    return best as { tail: string; rows: string[] };
  };
  for (const lean of graph.edges) {
    const key = `${lean.type}\u0000${labelOf.get(lean.source) ?? ''}\u0000${labelOf.get(lean.target) ?? ''}`;
    let group = pending.get(key);
    if (!group) {
      const a = pattern('a', labelOf.get(lean.source), 'source');
      const b = pattern('b', labelOf.get(lean.target), 'target');
      const tail = `MATCH ${a}\nMATCH ${b}\nMERGE (a)-[r:${cypherName(RELATIONSHIP_TYPES[lean.type])} {id: row.id}]->(b)\nSET r += row.props;\n`;
      pending.set(key, (group = { tail, rows: [] }));
    }
    const e = ctx.edge(lean);
    group.rows.push(`  ${cypherValue({ id: e.id, source: e.source, target: e.target, props: edgeProps(e) })}`);
    held++;
    if (group.rows.length === CYPHER_BATCH_SIZE) yield statement(group);
    else if (held > CYPHER_HELD_ROWS) yield statement(fullest());
  }
  for (const group of pending.values()) if (group.rows.length > 0) yield statement(group);
  yield separator;
}
