import type { EdgeTable } from './snapshot-model';

/** A numeric column of an edge table being built: a growing list, or a typed array of the table's size. */
export type Column = number[] | Uint8Array | Uint32Array | Float64Array;

/** An edge table as it is built (plain lists, or typed arrays of its size), before it is stored. */
export interface EdgeColumns<C extends Column = Column> {
  type: C;
  source: C;
  target: C;
  label: C;
  weight: C;
  first: Array<string | null>;
  last: Array<string | null>;
  count: C;
  attrs: Record<number, Record<string, string | number>>;
  manual: number[];
  ids: Record<number, string>;
  el: C;
  /** Each edge's id as two numbers (see `idKey`), 0 and 0 for an id listed in `ids`. */
  key: C;
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
export function emptyColumns(): EdgeColumns<number[]> {
  return { type: [], source: [], target: [], label: [], weight: [], first: [], last: [], count: [], attrs: {}, manual: [], ids: {}, el: [], key: [] };
}

/** An edge table of `n` edges to fill row by row (typed columns: a third of the memory of lists, no growing). */
export function sizedColumns(n: number): EdgeColumns {
  return {
    type: new Uint8Array(n),
    source: new Uint32Array(n),
    target: new Uint32Array(n),
    label: new Uint32Array(n),
    weight: new Float64Array(n),
    first: new Array<string | null>(n),
    last: new Array<string | null>(n),
    count: new Uint32Array(n),
    attrs: {},
    manual: [],
    ids: {},
    el: new Float64Array(n),
    key: new Uint32Array(2 * n),
  };
}

/** An edge id of the usual form (`r_` and 16 hex digits). */
export const ID_FORM = /^r_[0-9a-f]{16}$/;

/** An id of the usual form as two numbers (its first and last 8 hex digits); null for another id. */
export function idKey(id: string): [number, number] | null {
  if (!ID_FORM.test(id)) return null;
  return [parseInt(id.slice(2, 10), 16), parseInt(id.slice(10, 18), 16)];
}

/** The value of a hex digit's character code (0-9, a-f), or -1. */
function hexValue(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  return -1;
}

/**
 * Writes the key of an id of the usual form (as `idKey` gives it) at `key[at]` and `key[at + 1]`;
 * false (nothing written) for another id. No regular expression, slice or pair made per id.
 */
export function putIdKey(id: string, key: Column, at: number): boolean {
  if (id.length !== 18 || id.charCodeAt(0) !== 114 || id.charCodeAt(1) !== 95) return false;
  let hi = 0;
  let lo = 0;
  for (let i = 2; i < 18; i++) {
    const v = hexValue(id.charCodeAt(i));
    if (v < 0) return false;
    if (i < 10) hi = hi * 16 + v;
    else lo = lo * 16 + v;
  }
  key[at] = hi;
  key[at + 1] = lo;
  return true;
}

/** The id of the usual form with these two numbers. */
export function keyId(hi: number, lo: number): string {
  return `r_${hex8(hi)}${hex8(lo)}`;
}

// Two hex digits per byte value: an export makes an id per edge, and this is ~5x faster than toString(16) + padStart.
const HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));
const hex8 = (n: number): string => HEX[n >>> 24] + HEX[(n >>> 16) & 255] + HEX[(n >>> 8) & 255] + HEX[n & 255];

/**
 * Dates as small numbers for the binary tables: `code(d)` is 1 + the date's place in `dates`
 * (added on first sight), 0 for no date.
 */
export function dateCodes(): { dates: string[]; code: (d: string | null) => number } {
  const dates: string[] = [];
  const index = new Map<string, number>();
  const code = (d: string | null): number => {
    if (d === null) return 0;
    let k = index.get(d);
    if (k === undefined) {
      k = dates.length + 1;
      dates.push(d);
      index.set(d, k);
    }
    return k;
  };
  return { dates, code };
}

/** Bytes per edge of the binary columns. */
const EDGE_BYTES = 8 * 2 + 4 * 6 + 1 + 8;

/**
 * Where edge `row`'s value of each column lies in the binary columns of a table of `n` edges
 * (byte offset and length), in the order {@link encodeEdges} writes them.
 */
export function columnsAt(n: number, row: number): Array<{ offset: number; length: number }> {
  const sizes = [8, 8, 4, 4, 4, 4, 4, 4, 1, 8];
  const out: Array<{ offset: number; length: number }> = [];
  let base = 0;
  for (const size of sizes) {
    out.push({ offset: base + size * row, length: size });
    base += size * n;
  }
  return out;
}

/**
 * An edge table as two files' contents: `meta` (JSON) and `bin`, the dense columns as arrays of
 * little-endian numbers one after the other: weight and evidence line length (float64), source,
 * target, label, evidence count, first and last date (uint32; dates as 1 + their place in
 * `meta.dates`, 0 for none), type (uint8), the id's key (two uint32 per edge, see `idKey`; the
 * ids are stored, never recomputed). Read back with {@link decodeEdges}, no parsing.
 */
export function encodeEdges(t: EdgeColumns, labels: string[]): { meta: string; bin: Buffer } {
  const { meta, bin } = encodeEdgeParts(t, labels);
  return { meta, bin: Buffer.concat(bin) };
}

/**
 * {@link encodeEdges} with `bin` in parts, one per column, to be written one after the other:
 * views of the table's typed columns (not copies), so they must not change until written.
 */
export function encodeEdgeParts(t: EdgeColumns, labels: string[]): { meta: string; bin: Buffer[] } {
  const n = t.type.length;
  const { dates, code: dateCode } = dateCodes();
  const first = Uint32Array.from(t.first, dateCode);
  const last = Uint32Array.from(t.last, dateCode);
  // Typed columns are written as they are; lists become typed arrays first.
  const f64 = (c: Column): Float64Array => (c instanceof Float64Array ? c : Float64Array.from(c));
  const u32 = (c: Column): Uint32Array => (c instanceof Uint32Array ? c : Uint32Array.from(c));
  const columns: ArrayBufferView[] = [
    f64(t.weight),
    f64(t.el),
    u32(t.source),
    u32(t.target),
    u32(t.label),
    u32(t.count),
    first,
    last,
    t.type instanceof Uint8Array ? t.type : Uint8Array.from(t.type),
    u32(t.key),
  ];
  const bin = columns.map((c) => Buffer.from(c.buffer, c.byteOffset, c.byteLength));
  const meta: EdgeMeta = { n, labels, dates, attrs: t.attrs, manual: t.manual, ids: t.ids };
  return { meta: JSON.stringify(meta), bin };
}

/** The edge table stored as {@link encodeEdges} wrote it; throws when the parts do not agree. */
export function decodeEdges(metaText: string, bin: Buffer): EdgeTable {
  const meta = JSON.parse(metaText) as EdgeMeta;
  const n = meta.n;
  if (!Number.isInteger(n) || bin.length !== n * EDGE_BYTES) throw new Error('edge table: the columns do not have the size of the table');
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
  const key = new Uint32Array(take(8 * n));
  const date = (k: number): string | null => (k === 0 ? null : meta.dates[k - 1]);
  const first: Array<string | null> = new Array<string | null>(n);
  const last: Array<string | null> = new Array<string | null>(n);
  for (let i = 0; i < n; i++) {
    first[i] = date(firstCodes[i]);
    last[i] = date(lastCodes[i]);
  }
  return { type, source, target, label, labels: meta.labels, weight, first, last, count, attrs: meta.attrs, manual: meta.manual, ids: meta.ids, el, key };
}

/** The small JSON part of a stored edge table, parsed. */
export type EdgeTableMeta = EdgeMeta;

/**
 * Edge `row` as a table of one edge, from the bytes of its columns (read at `columnsAt`, in that
 * order) and the table's JSON part.
 */
export function decodeEdgeRow(meta: EdgeMeta, row: number, values: Buffer[]): EdgeTable {
  if (values.length !== 10 || values.some((v, k) => v.length !== columnsAt(1, 0)[k].length)) throw new Error(`edge ${row}: its columns are cut`);
  const date = (k: number): string | null => (k === 0 ? null : meta.dates[k - 1]);
  const u32 = (k: number): Uint32Array => Uint32Array.of(values[k].readUInt32LE(0));
  const manual = meta.manual.includes(row) ? [0] : [];
  return {
    weight: Float64Array.of(values[0].readDoubleLE(0)),
    el: Float64Array.of(values[1].readDoubleLE(0)),
    source: u32(2),
    target: u32(3),
    label: u32(4),
    count: u32(5),
    first: [date(values[6].readUInt32LE(0))],
    last: [date(values[7].readUInt32LE(0))],
    type: Uint8Array.of(values[8].readUInt8(0)),
    key: Uint32Array.of(values[9].readUInt32LE(0), values[9].readUInt32LE(4)),
    labels: meta.labels,
    attrs: meta.attrs[row] ? { 0: meta.attrs[row] } : {},
    manual,
    ids: meta.ids[row] !== undefined ? { 0: meta.ids[row] } : {},
  };
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

/**
 * Where each node's incident edges begin in a node-after-node list (an edge counted at both of
 * its ends, a self-loop once; only the edges `keep` accepts, when given): `nodeCount + 1`
 * offsets, the last being the list's length.
 */
export function incidenceStarts(t: { source: ArrayLike<number>; target: ArrayLike<number> }, nodeCount: number, keep?: (e: number) => boolean): Uint32Array {
  const start = new Uint32Array(nodeCount + 1);
  for (let e = 0; e < t.source.length; e++) {
    if (keep && !keep(e)) continue;
    start[t.source[e] + 1]++;
    if (t.target[e] !== t.source[e]) start[t.target[e] + 1]++;
  }
  for (let v = 0; v < nodeCount; v++) start[v + 1] += start[v];
  return start;
}

/** The adjacency of an edge table over `nodeCount` nodes (made once per table, by counting). */
export function adjacencyOf(t: EdgeTable, nodeCount: number): Adjacency {
  const hit = adjacencies.get(t);
  if (hit && hit.start.length === nodeCount + 1) return hit;
  const n = t.type.length;
  const start = incidenceStarts(t, nodeCount);
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
