import { neutraliseCsvText } from '../../shared/csv-cell';
import type { GraphEdge, GraphNode } from '../../shared/types';
import type { Column, ColumnType, FlatValue } from './columns';
import { LIST_SEPARATOR, NODE_COLUMNS, edgeColumns, formatNumber } from './columns';
import type { ExportGraph, ExportStream, ResolvedContext } from './context';
import { nodeAttributeColumns } from './node-attributes';

type Cell = string | null;

/**
 * One cell. Numeric columns hold numbers as JavaScript prints them (a plain `-12.5` is a number
 * to a spreadsheet, never a formula); every text cell is neutralised (a leading `=`, `+`, `-`,
 * `@`, tab or CR gets a `'`), so that a sentence such as `=HYPERLINK(...)` stays text in Excel.
 */
function cell(value: FlatValue, type: ColumnType = 'string'): Cell {
  if (value === null) return null;
  if (typeof value === 'number' && type !== 'string') return formatNumber(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return neutraliseCsvText(String(value));
}

const NEEDS_QUOTES = /[",\r\n]/;

/**
 * One CSV record ending in CRLF (RFC 4180): a cell is quoted only when it holds a quote, a comma
 * or a line break, quotes doubled; null is an empty cell. These are csv-stringify's defaults,
 * byte for byte, written here because its sync API joins each call's records into one string,
 * which made the CSV export of a 30,000-article corpus several times slower.
 */
export function csvRecord(cells: readonly Cell[]): string {
  let out = '';
  for (let i = 0; i < cells.length; i++) {
    const value = cells[i];
    if (i > 0) out += ',';
    if (value === null || value === '') continue;
    out += NEEDS_QUOTES.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
  }
  return out + '\r\n';
}

/**
 * A table streamed a record at a time: the header row, then the rows `rows()` yields.
 * BOM so that Excel reads UTF-8; CRLF as RFC 4180 asks; quotes only where a cell needs them.
 */
function table(name: string, header: string[], rows: () => Iterable<Cell[]>): ExportStream {
  function* chunks(): Generator<string> {
    yield '\ufeff' + csvRecord(header);
    for (const row of rows()) yield csvRecord(row);
  }
  return { name, mime: 'text/csv; charset=utf-8', chunks };
}

function* rowsOf<T>(items: Iterable<T>, columns: ReadonlyArray<Column<T>>, ctx: ResolvedContext, prepare: (item: T) => T = (item) => item): Generator<Cell[]> {
  for (const item of items) {
    const full = prepare(item);
    yield columns.map((c) => cell(c.value(full, ctx), c.type));
  }
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
 * Text cells are neutralised against formula injection (see `cell`); the header row is ours.
 */
export function writeCsv(graph: ExportGraph, ctx: ResolvedContext): ExportStream[] {
  const hasPositions = graph.nodes.some((n) => n.position !== undefined);
  const nodeCols = [...NODE_HEAD, ...NODE_COLUMNS, ...(hasPositions ? NODE_POSITION : []), ...nodeAttributeColumns(ctx.nodeAttributes)];
  const edgeCols = [...EDGE_HEAD, ...edgeColumns(graph).filter((c) => c.key !== 'evidence')];
  function* evidenceRows(): Generator<Cell[]> {
    for (const lean of graph.edges) {
      const edge = ctx.edge(lean);
      for (const ev of edge.evidence) {
        yield [cell(edge.id), cell(ev.article), cell(ev.start, 'integer'), cell(ev.end, 'integer'), cell(ev.text), cell(ev.date)];
      }
    }
  }
  const files = [
    table('nodes.csv', nodeCols.map((c) => c.key), () => rowsOf(graph.nodes, nodeCols, ctx)),
    table('edges.csv', edgeCols.map((c) => c.key), () => rowsOf(graph.edges, edgeCols, ctx, ctx.edge)),
    table('evidence.csv', ['edge_id', 'article_id', 'start', 'end', 'sentence', 'date'], evidenceRows),
  ];
  if (ctx.articles.length > 0) {
    const rows = function* (): Generator<Cell[]> {
      for (const a of ctx.articles) {
        yield [
          cell(a.id),
          cell(a.title),
          cell(a.date),
          cell(a.place),
          cell(a.byline.map((b) => `${b.role}:${b.name}`).join(LIST_SEPARATOR)),
          cell(a.source),
          cell(a.chars, 'integer'),
        ];
      }
    };
    files.push(table('articles.csv', ['id', 'title', 'date', 'place', 'byline', 'source', 'chars'], rows));
  }
  return files;
}
