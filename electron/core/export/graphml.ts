import type { GraphEdge, GraphNode } from '../../shared/types';
import type { Column, ColumnType, FlatValue } from './columns';
import { NODE_COLUMNS, edgeColumns, formatNumber, isDirected } from './columns';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
import { nodeAttributeColumns } from './node-attributes';
import { escapeXmlText, xmlAttrs } from './xml';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

interface Key<T> {
  id: string;
  column: Column<T>;
  /** `      <data key="id">`. */
  open: string;
}

const LABEL_COLUMN: Column<GraphNode> = { key: 'label', type: 'string', value: (n) => n.name };
const X_COLUMN: Column<GraphNode> = { key: 'x', type: 'double', value: (n) => n.position?.x ?? null };
const Y_COLUMN: Column<GraphNode> = { key: 'y', type: 'double', value: (n) => n.position?.y ?? null };
const EDGE_LABEL_COLUMN: Column<GraphEdge> = { key: 'label', type: 'string', value: (e) => e.label };
const WEIGHT_COLUMN: Column<GraphEdge> = { key: 'weight', type: 'double', value: (e) => e.weight };

function flat(value: FlatValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return formatNumber(value);
  return value === '' ? null : String(value);
}

/** The `<data>` lines of an element, each ending in a newline. */
function dataLines<T>(item: T, keys: ReadonlyArray<Key<T>>, ctx: ResolvedContext): string {
  let out = '';
  for (const { open, column } of keys) {
    const value = flat(column.value(item, ctx));
    if (value !== null) out += open + escapeXmlText(value) + '</data>\n';
  }
  return out;
}

function keyLine(id: string, target: 'graph' | 'node' | 'edge', name: string, type: ColumnType): string {
  return `  <key${xmlAttrs({ id, for: target, 'attr.name': name, 'attr.type': GRAPHML_TYPES[type] })}/>`;
}

/**
 * GraphML with typed `<key>` declarations (string, int, double, boolean) for NetworkX, igraph,
 * yEd and Gephi. Key ids are generated (`n0`, `e0`, ...) because attribute names may be any text;
 * the readable names are in `attr.name`. graphology-graphml only parses, so this writes by hand.
 */
export function writeGraphml(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  return [{ name: 'graph.graphml', mime: 'application/graphml+xml', chunks: () => graphmlChunks(graph, ctx) }];
}

function* graphmlChunks(graph: ExportGraph, ctx: ResolvedContext): Generator<string> {
  const hasPositions = graph.nodes.some((n) => n.position !== undefined);
  const nodeCols: Array<Column<GraphNode>> = [
    LABEL_COLUMN,
    ...NODE_COLUMNS,
    ...(hasPositions ? [X_COLUMN, Y_COLUMN] : []),
    ...nodeAttributeColumns(ctx.nodeAttributes),
  ];
  const edgeCols: Array<Column<GraphEdge>> = [EDGE_LABEL_COLUMN, WEIGHT_COLUMN, ...edgeColumns(graph)];
  const key = <T>(prefix: string) => (column: Column<T>, i: number): Key<T> => ({ id: `${prefix}${i}`, column, open: `      <data key="${prefix}${i}">` });
  const nodeKeys = nodeCols.map(key<GraphNode>('n'));
  const edgeKeys = edgeCols.map(key<GraphEdge>('e'));
  const head: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    keyLine('g0', 'graph', 'generator', 'string'),
    keyLine('g1', 'graph', 'generated_at', 'string'),
    ...nodeKeys.map((k) => keyLine(k.id, 'node', k.column.key, k.column.type)),
    ...edgeKeys.map((k) => keyLine(k.id, 'edge', k.column.key, k.column.type)),
    `  <graph${xmlAttrs({ id: 'G', edgedefault: 'directed' })}>`,
    `    <data key="g0">${escapeXmlText('Zhitu (知图)')}</data>`,
    `    <data key="g1">${escapeXmlText(ctx.generatedAt)}</data>`,
  ];
  yield head.join('\n') + '\n';
  for (const node of graph.nodes) {
    yield `    <node${xmlAttrs({ id: node.id })}>\n${dataLines(node, nodeKeys, ctx)}    </node>\n`;
  }
  for (const lean of graph.edges) {
    const edge = ctx.edge(lean);
    const directed = ctx.mixedGraph && !isDirected(edge.type) ? 'false' : null;
    yield `    <edge${xmlAttrs({ id: edge.id, source: edge.source, target: edge.target, directed })}>\n${dataLines(edge, edgeKeys, ctx)}    </edge>\n`;
  }
  yield '  </graph>\n</graphml>\n';
}
