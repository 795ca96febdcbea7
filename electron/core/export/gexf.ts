import type { ExportFile, GraphData } from '../../shared/types';
import type { Column, ColumnType, FlatValue } from './columns';
import { NODE_COLUMNS, edgeColumns, formatNumber, isDirected } from './columns';
import type { ResolvedContext } from './context';
import { nodeAttributeColumns } from './node-attributes';
import { hexToRgb, nodeColor } from './palette';
import { escapeXmlAttr, escapeXmlText, xmlAttrs } from './xml';

const GEXF_TYPES: Record<ColumnType, string> = { string: 'string', integer: 'integer', double: 'double', boolean: 'boolean' };

function declare<T>(cls: 'node' | 'edge', columns: ReadonlyArray<Column<T>>): string[] {
  const lines = [`    <attributes${xmlAttrs({ class: cls, mode: 'static' })}>`];
  for (const c of columns) lines.push(`      <attribute${xmlAttrs({ id: c.key, title: c.key, type: GEXF_TYPES[c.type] })}/>`);
  lines.push('    </attributes>');
  return lines;
}

function flat(value: FlatValue): string | null {
  if (value === null) return null;
  if (typeof value === 'number') return formatNumber(value);
  return value === '' ? null : String(value);
}

interface Declared<T> {
  column: Column<T>;
  /** `<attvalue for="key" value="`, escaped once. */
  open: string;
}

function prepare<T>(columns: ReadonlyArray<Column<T>>): Array<Declared<T>> {
  return columns.map((column) => ({ column, open: `          <attvalue for="${escapeXmlAttr(column.key)}" value="` }));
}

/** Appends the `<attvalues>` block of an element; returns false when it has no values. */
function pushAttvalues<T>(out: string[], item: T, columns: ReadonlyArray<Declared<T>>, ctx: ResolvedContext): boolean {
  const start = out.length;
  out.push('        <attvalues>');
  for (const { column, open } of columns) {
    const value = flat(column.value(item, ctx));
    if (value !== null) out.push(open + escapeXmlAttr(value) + '"/>');
  }
  if (out.length === start + 1) {
    out.length = start;
    return false;
  }
  out.push('        </attvalues>');
  return true;
}

/** The date part of an ISO timestamp, when it is one (GEXF's `lastmodifieddate` is an xsd:date). */
function isoDate(timestamp: string): string | null {
  const m = /^(\d{4}-\d{2}-\d{2})/.exec(timestamp);
  return m ? m[1] : null;
}

/**
 * GEXF 1.3 for Gephi: declared attributes (extra node attributes such as measures included),
 * `viz:color` per node (the user's colour or the type's), positions as `viz:position`, edge `kind` = relation type, `weight`, and `label`. Written by hand rather than
 * with graphology-gexf, whose writer infers attribute types from values and copies control
 * characters into the XML unescaped (an invalid document).
 */
export function writeGexf(graph: GraphData, ctx: ResolvedContext): ExportFile[] {
  const edgeCols = edgeColumns(graph);
  const nodeCols = [...NODE_COLUMNS, ...nodeAttributeColumns(ctx.nodeAttributes)];
  const nodeDecl = prepare(nodeCols);
  const edgeDecl = prepare(edgeCols);
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<gexf xmlns="http://gexf.net/1.3" xmlns:viz="http://gexf.net/1.3/viz" version="1.3">',
    `  <meta${xmlAttrs({ lastmodifieddate: isoDate(ctx.generatedAt) })}>`,
    `    <creator>${escapeXmlText('Zhitu (知图)')}</creator>`,
    `    <description>${escapeXmlText(`Knowledge graph of news articles, exported ${ctx.generatedAt}`)}</description>`,
    '  </meta>',
    `  <graph${xmlAttrs({ defaultedgetype: 'directed', idtype: 'string', mode: 'static' })}>`,
    ...declare('node', nodeCols),
    ...declare('edge', edgeCols),
    `    <nodes count="${graph.nodes.length}">`,
  ];
  for (const node of graph.nodes) {
    out.push(`      <node id="${escapeXmlAttr(node.id)}" label="${escapeXmlAttr(node.name)}">`);
    pushAttvalues(out, node, nodeDecl, ctx);
    const { r, g, b } = hexToRgb(nodeColor(node));
    out.push(`        <viz:color${xmlAttrs({ r, g, b })}/>`);
    const pos = node.position;
    if (pos && Number.isFinite(pos.x) && Number.isFinite(pos.y)) {
      out.push(`        <viz:position${xmlAttrs({ x: pos.x, y: pos.y, z: 0 })}/>`);
    }
    out.push('      </node>');
  }
  out.push('    </nodes>', `    <edges count="${graph.edges.length}">`);
  for (const edge of graph.edges) {
    const undirected = ctx.mixedGraph && !isDirected(edge.type);
    const attrs = xmlAttrs({
      id: edge.id,
      type: undirected ? 'undirected' : null,
      source: edge.source,
      target: edge.target,
      label: edge.label === '' ? null : edge.label,
      weight: formatNumber(edge.weight),
      kind: edge.type,
    });
    const at = out.push(`      <edge${attrs}>`);
    if (pushAttvalues(out, edge, edgeDecl, ctx)) out.push('      </edge>');
    else out[at - 1] = `      <edge${attrs}/>`;
  }
  out.push('    </edges>', '  </graph>', '</gexf>', '');
  return [{ name: 'graph.gexf', mime: 'application/gexf+xml', content: out.join('\n') }];
}
