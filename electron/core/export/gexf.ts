import type { Column, ColumnType, FlatValue } from './columns';
import { NODE_COLUMNS, edgeColumns, formatNumber, isDirected } from './columns';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
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

/** The `<attvalues>` block of an element (lines ending in a newline), or '' when it has no values. */
function attvalues<T>(item: T, columns: ReadonlyArray<Declared<T>>, ctx: ResolvedContext): string {
  let out = '';
  for (const { column, open } of columns) {
    const value = flat(column.value(item, ctx));
    if (value !== null) out += open + escapeXmlAttr(value) + '"/>\n';
  }
  return out === '' ? '' : `        <attvalues>\n${out}        </attvalues>\n`;
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
export function writeGexf(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  return [{ name: 'graph.gexf', mime: 'application/gexf+xml', chunks: () => gexfChunks(graph, ctx) }];
}

function* gexfChunks(graph: ExportGraph, ctx: ResolvedContext): Generator<string> {
  const edgeCols = edgeColumns(graph);
  const nodeCols = [...NODE_COLUMNS, ...nodeAttributeColumns(ctx.nodeAttributes)];
  const nodeDecl = prepare(nodeCols);
  const edgeDecl = prepare(edgeCols);
  const head: string[] = [
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
  yield head.join('\n') + '\n';
  for (const node of graph.nodes) {
    let out = `      <node id="${escapeXmlAttr(node.id)}" label="${escapeXmlAttr(node.name)}">\n`;
    out += attvalues(node, nodeDecl, ctx);
    const { r, g, b } = hexToRgb(nodeColor(node));
    out += `        <viz:color${xmlAttrs({ r, g, b })}/>\n`;
    const pos = node.position;
    if (pos && Number.isFinite(pos.x) && Number.isFinite(pos.y)) {
      out += `        <viz:position${xmlAttrs({ x: pos.x, y: pos.y, z: 0 })}/>\n`;
    }
    yield out + '      </node>\n';
  }
  yield `    </nodes>\n    <edges count="${graph.edges.length}">\n`;
  for (const lean of graph.edges) {
    const edge = ctx.edge(lean);
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
    const values = attvalues(edge, edgeDecl, ctx);
    yield values === '' ? `      <edge${attrs}/>\n` : `      <edge${attrs}>\n${values}      </edge>\n`;
  }
  yield '    </edges>\n  </graph>\n</gexf>\n';
}
