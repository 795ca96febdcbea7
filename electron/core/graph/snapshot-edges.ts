import type { EdgeTable } from './snapshot-model';

/** An edge table as it is built (plain lists), before it is stored. */
export interface EdgeColumns {
  type: number[];
  source: number[];
  target: number[];
  label: number[];
  weight: number[];
  first: Array<string | null>;
  last: Array<string | null>;
  count: number[];
  attrs: Record<number, Record<string, string | number>>;
  manual: number[];
  ids: Record<number, string>;
  el: number[];
}

/** The small part of a stored edge table: sparse columns, labels and dates (the rest is binary). */
interface EdgeMeta {
  n: number;
  labels: string[];
  dates: string[];
  attrs: Record<number, Record<string, string | number>>;
  manual: number[];
  ids: Record<number, string>;
}

/** An empty edge table builder. */
export function emptyColumns(): EdgeColumns {
  return { type: [], source: [], target: [], label: [], weight: [], first: [], last: [], count: [], attrs: {}, manual: [], ids: {}, el: [] };
}

/**
 * An edge table as two files' contents: `meta` (JSON) and `bin`, the dense columns as arrays of
 * little-endian numbers one after the other: weight and evidence line length (float64), source,
 * target, label, evidence count, first and last date (uint32; dates as 1 + their place in
 * `meta.dates`, 0 for none), type (uint8). Read back with {@link decodeEdges}, no parsing.
 */
export function encodeEdges(t: EdgeColumns, labels: string[]): { meta: string; bin: Buffer } {
  const n = t.type.length;
  const dates: string[] = [];
  const dateIndex = new Map<string, number>();
  const dateCode = (d: string | null): number => {
    if (d === null) return 0;
    let k = dateIndex.get(d);
    if (k === undefined) {
      k = dates.length + 1;
      dates.push(d);
      dateIndex.set(d, k);
    }
    return k;
  };
  const first = Uint32Array.from(t.first, dateCode);
  const last = Uint32Array.from(t.last, dateCode);
  const columns: ArrayBufferView[] = [
    Float64Array.from(t.weight),
    Float64Array.from(t.el),
    Uint32Array.from(t.source),
    Uint32Array.from(t.target),
    Uint32Array.from(t.label),
    Uint32Array.from(t.count),
    first,
    last,
    Uint8Array.from(t.type),
  ];
  const bin = Buffer.concat(columns.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength)));
  const meta: EdgeMeta = { n, labels, dates, attrs: t.attrs, manual: t.manual, ids: t.ids };
  return { meta: JSON.stringify(meta), bin };
}

/** The edge table stored as {@link encodeEdges} wrote it; throws when the parts do not agree. */
export function decodeEdges(metaText: string, bin: Buffer): EdgeTable {
  const meta = JSON.parse(metaText) as EdgeMeta;
  const n = meta.n;
  if (!Number.isInteger(n) || bin.length !== n * (8 * 2 + 4 * 6 + 1)) throw new Error('edge table: the columns do not have the size of the table');
  let at = bin.byteOffset;
  // Copies (aligned) of each column.
  const take = (bytes: number): ArrayBuffer => {
    const out = bin.buffer.slice(at, at + bytes) as ArrayBuffer;
    at += bytes;
    return out;
  };
  const weight = new Float64Array(take(8 * n));
  const el = new Float64Array(take(8 * n));
  const source = new Uint32Array(take(4 * n));
  const target = new Uint32Array(take(4 * n));
  const label = new Uint32Array(take(4 * n));
  const count = new Uint32Array(take(4 * n));
  const firstCodes = new Uint32Array(take(4 * n));
  const lastCodes = new Uint32Array(take(4 * n));
  const type = new Uint8Array(take(n));
  const date = (k: number): string | null => (k === 0 ? null : meta.dates[k - 1]);
  const first: Array<string | null> = new Array<string | null>(n);
  const last: Array<string | null> = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    first[i] = date(firstCodes[i]);
    last[i] = date(lastCodes[i]);
  }
  return { type, source, target, label, labels: meta.labels, weight, first, last, count, attrs: meta.attrs, manual: meta.manual, ids: meta.ids, el };
}

/**
 * Each node's edges (rows of the table) in row order: `rows.subarray(start[v], start[v + 1])`
 * are the edges with node v at one end (an edge from a node to itself once).
 */
export interface Adjacency {
  start: Uint32Array;
  rows: Uint32Array;
}

const adjacencies = new WeakMap<EdgeTable, Adjacency>();

/** The adjacency of an edge table over `nodeCount` nodes (made once per table, by counting). */
export function adjacencyOf(t: EdgeTable, nodeCount: number): Adjacency {
  const hit = adjacencies.get(t);
  if (hit && hit.start.length === nodeCount + 1) return hit;
  const n = t.type.length;
  const start = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < n; e++) {
    start[t.source[e] + 1]++;
    if (t.target[e] !== t.source[e]) start[t.target[e] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  const fill = start.slice(0, nodeCount);
  const rows = new Uint32Array(start[nodeCount]);
  for (let e = 0; e < n; e++) {
    rows[fill[t.source[e]]++] = e;
    if (t.target[e] !== t.source[e]) rows[fill[t.target[e]]++] = e;
  }
  const adjacency = { start, rows };
  adjacencies.set(t, adjacency);
  return adjacency;
}
