import { stringify } from 'csv-stringify/sync';
import type { ExportFile, GraphData, GraphEdge, GraphNode } from '../../shared/types';
import type { Column, FlatValue } from './columns';
import { LIST_SEPARATOR, NODE_COLUMNS, edgeColumns, formatNumber } from './columns';
import type { ResolvedContext } from './context';

type Cell = string | null;

function cell(value: FlatValue): Cell {
  if (value === null) return null;
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return value;
}

function table(name: string, header: string[], rows: Cell[][]): ExportFile {
  // BOM so that Excel reads UTF-8; CRLF as RFC 4180 asks; quotes only where a cell needs them.
  const content = stringify([header, ...rows], { bom: true, record_delimiter: '\r\n' });
  return { name, mime: 'text/csv; charset=utf-8', content };
}

function rowsOf<T>(items: readonly T[], columns: ReadonlyArray<Column<T>>, ctx: ResolvedContext): Cell[][] {
  return items.map((item) => columns.map((c) => cell(c.value(item, ctx))));
}

const NODE_HEAD: ReadonlyArray<Column<GraphNode>> = [
  { key: 'id', type: 'string', value: (n) => n.id },
  { key: 'label', type: 'string', value: (n) => n.name },
];
const NODE_POSITION: ReadonlyArray<Column<GraphNode>> = [
  { key: 'x', type: 'double', value: (n) => n.position?.x ?? null },
  { key: 'y', type: 'double', value: (n) => n.position?.y ?? null },
];
// source and target come first: R's igraph::graph_from_data_frame reads the first two columns as the edge list.
const EDGE_HEAD: ReadonlyArray<Column<GraphEdge>> = [
  { key: 'source', type: 'string', value: (e) => e.source },
  { key: 'target', type: 'string', value: (e) => e.target },
  { key: 'id', type: 'string', value: (e) => e.id },
  { key: 'label', type: 'string', value: (e) => e.label },
  { key: 'weight', type: 'double', value: (e) => e.weight },
];

/**
 * CSV tables in UTF-8 with a BOM: `nodes.csv` (id first), `edges.csv` (source, target first;
 * they join nodes.id), `evidence.csv` (one row per supporting sentence, joined on edge_id), and
 * `articles.csv` when article metadata is given. Lists (aliases, tags, article ids) are joined
 * with `|`; the evidence sentences live in evidence.csv rather than in a cell of edges.csv.
 */
export function writeCsv(graph: GraphData, ctx: ResolvedContext): ExportFile[] {
  const hasPositions = graph.nodes.some((n) => n.position !== undefined);
  const nodeCols = [...NODE_HEAD, ...NODE_COLUMNS, ...(hasPositions ? NODE_POSITION : [])];
  const edgeCols = [...EDGE_HEAD, ...edgeColumns(graph).filter((c) => c.key !== 'evidence')];
  const evidenceRows: Cell[][] = [];
  for (const edge of graph.edges) {
    for (const ev of edge.evidence) {
      evidenceRows.push([edge.id, ev.article, String(ev.start), String(ev.end), ev.text, ev.date]);
    }
  }
  const files = [
    table('nodes.csv', nodeCols.map((c) => c.key), rowsOf(graph.nodes, nodeCols, ctx)),
    table('edges.csv', edgeCols.map((c) => c.key), rowsOf(graph.edges, edgeCols, ctx)),
    table('evidence.csv', ['edge_id', 'article_id', 'start', 'end', 'sentence', 'date'], evidenceRows),
  ];
  if (ctx.articles.length > 0) {
    const rows = ctx.articles.map((a): Cell[] => [
      a.id,
      a.title,
      a.date,
      a.place,
      a.byline.map((b) => `${b.role}:${b.name}`).join(LIST_SEPARATOR),
      a.source,
      String(a.chars),
    ]);
    files.push(table('articles.csv', ['id', 'title', 'date', 'place', 'byline', 'source', 'chars'], rows));
  }
  return files;
}
