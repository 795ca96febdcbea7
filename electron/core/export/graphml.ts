import type { ExportFile, GraphData, GraphEdge, GraphNode } from '../../shared/types';
import type { Column, ColumnType, FlatValue } from './columns';
import { NODE_COLUMNS, edgeColumns, formatNumber, isDirected } from './columns';
import type { ResolvedContext } from './context';
import { nodeAttributeColumns } from './node-attributes';
import { escapeXmlText, xmlAttrs } from './xml';

const GRAPHML_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'int', double: 'double', boolean: 'boolean' };

interface Key<T> {
  id: string;
  column: Column<T>;
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

function dataLines<T>(item: T, keys: ReadonlyArray<Key<T>>, ctx: ResolvedContext): string[] {
  const lines: string[] = [];
  for (const { id, column } of keys) {
    const value = flat(column.value(item, ctx));
    if (value !== null) lines.push(`      <data key="${id}">${escapeXmlText(value)}</data>`);
  }
  return lines;
}

function keyLine(id: string, target: 'graph' | 'node' | 'edge', name: string, type: ColumnType): string {
  return `  <key${xmlAttrs({ id, for: target, 'attr.name': name, 'attr.type': GRAPHML_TYPES[type] })}/>`;
}

/**
 * GraphML with typed `<key>` declarations (string, int, double, boolean) for NetworkX, igraph,
 * yEd and Gephi. Key ids are generated (`n0`, `e0`, ...) because attribute names may be any text;
 * the readable names are in `attr.name`. graphology-graphml only parses, so this writes by hand.
 */
export function writeGraphml(graph: GraphData, ctx: ResolvedContext): ExportFile[] {
  const hasPositions = graph.nodes.some((n) => n.position !== undefined);
  const nodeCols: Array<Column<GraphNode>> = [
    LABEL_COLUMN,
    ...NODE_COLUMNS,
    ...(hasPositions ? [X_COLUMN, Y_COLUMN] : []),
    ...nodeAttributeColumns(ctx.nodeAttributes),
  ];
  const edgeCols: Array<Column<GraphEdge>> = [EDGE_LABEL_COLUMN, WEIGHT_COLUMN, ...edgeColumns(graph)];
  const nodeKeys = nodeCols.map((column, i) => ({ id: `n${i}`, column }));
  const edgeKeys = edgeCols.map((column, i) => ({ id: `e${i}`, column }));
  const out: string[] = [
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
  for (const node of graph.nodes) {
    out.push(`    <node${xmlAttrs({ id: node.id })}>`, ...dataLines(node, nodeKeys, ctx), '    </node>');
  }
  for (const edge of graph.edges) {
    const directed = ctx.mixedGraph && !isDirected(edge.type) ? 'false' : null;
    out.push(
      `    <edge${xmlAttrs({ id: edge.id, source: edge.source, target: edge.target, directed })}>`,
      ...dataLines(edge, edgeKeys, ctx),
      '    </edge>',
    );
  }
  out.push('  </graph>', '</graphml>', '');
  return [{ name: 'graph.graphml', mime: 'application/graphml+xml', content: out.join('\n') }];
}
