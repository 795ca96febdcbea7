import { dateCodes, incidenceStarts, type EdgeColumns } from './snapshot-edges';
import { RELATION_TYPES } from '../../shared/types';
import type { EdgeTable } from './snapshot-model';

/**
 * Bytes of one record of `incident.bin`: the edge's row (uint32), source, target, label,
 * evidence count, first and last date (uint32, dates as 1 + their place in `dates`, 0 for none),
 * evidence line length (uint32), evidence line start (float64), weight (float64), type (uint8),
 * the id's key (two uint32, see `idKey`).
 */
const RECORD = 4 * 8 + 8 * 2 + 1 + 8;

/** `incident.json`: where each node's records start (in records; one more entry: the end) and the dates. */
export interface IncidentMeta {
  starts: number[];
  dates: string[];
}

/** The type of the edges left out of the records (details do not list them; 4 of 5 typed edges at 30k). */
const CO_OCCURS = RELATION_TYPES.indexOf('co_occurs');
/** Where a record's type byte is. */
const TYPE_AT = 48;

/**
 * Each node's typed edges but `co_occurs` as records, node after node (an edge under both of its
 * ends, an edge from a node to itself once), in row order: a node's details read its records
 * only, one positioned read, instead of the whole edge table.
 */
export function encodeIncident(t: EdgeColumns, nodeCount: number): { meta: string; bin: Buffer } {
  const n = t.type.length;
  const keep = (e: number): boolean => t.type[e] !== CO_OCCURS;
  const count = incidenceStarts(t, nodeCount, keep);
  const starts = Array.from(count);
  const fill = count.slice(0, nodeCount);
  const { dates, code } = dateCodes();
  const evStart = new Float64Array(n);
  for (let e = 1; e < n; e++) evStart[e] = evStart[e - 1] + t.el[e - 1];
  const bin = Buffer.alloc(starts[nodeCount] * RECORD);
  const put = (at: number, e: number): void => {
    let o = at * RECORD;
    for (const v of [e, t.source[e], t.target[e], t.label[e], t.count[e], code(t.first[e]), code(t.last[e]), t.el[e]]) {
      bin.writeUInt32LE(v, o);
      o += 4;
    }
    bin.writeDoubleLE(evStart[e], o);
    bin.writeDoubleLE(t.weight[e], o + 8);
    bin.writeUInt8(t.type[e], o + 16);
    bin.writeUInt32LE(t.key[2 * e], o + 17);
    bin.writeUInt32LE(t.key[2 * e + 1], o + 21);
  };
  for (let e = 0; e < n; e++) {
    if (!keep(e)) continue;
    put(fill[t.source[e]]++, e);
    if (t.target[e] !== t.source[e]) put(fill[t.target[e]]++, e);
  }
  const meta: IncidentMeta = { starts, dates };
  return { meta: JSON.stringify(meta), bin };
}

/** The byte range of a node's records in `incident.bin`. */
export function incidentRange(meta: IncidentMeta, row: number): { offset: number; length: number } {
  return { offset: meta.starts[row] * RECORD, length: (meta.starts[row + 1] - meta.starts[row]) * RECORD };
}

/** A node's edges as a small edge table (local rows), with their rows in the whole table and where their evidence lines are. */
export interface Incident {
  table: EdgeTable;
  rows: number[];
  evidence: Array<{ start: number; length: number }>;
}

/**
 * The edge table of a node's records; `whole` gives what the records leave out, by row of the
 * whole table (labels, attributes, manual flags, unusual ids: the small JSON part of `edges`).
 */
export function decodeIncident(bytes: Buffer, meta: IncidentMeta, whole: Pick<EdgeTable, 'labels' | 'attrs' | 'manual' | 'ids'>): Incident {
  if (bytes.length % RECORD !== 0) throw new Error('incident records are cut');
  const k = bytes.length / RECORD;
  const table: EdgeTable = {
    type: new Uint8Array(k),
    source: new Uint32Array(k),
    target: new Uint32Array(k),
    label: new Uint32Array(k),
    labels: whole.labels,
    weight: new Float64Array(k),
    first: new Array<string | null>(k),
    last: new Array<string | null>(k),
    count: new Uint32Array(k),
    attrs: {},
    manual: [],
    ids: {},
    el: new Float64Array(k),
    key: new Uint32Array(2 * k),
  };
  const manual = new Set(whole.manual);
  const rows: number[] = [];
  const evidence: Incident['evidence'] = [];
  const date = (c: number): string | null => (c === 0 ? null : meta.dates[c - 1]);
  for (let j = 0; j < k; j++) {
    const o = j * RECORD;
    const row = bytes.readUInt32LE(o);
    rows.push(row);
    table.source[j] = bytes.readUInt32LE(o + 4);
    table.target[j] = bytes.readUInt32LE(o + 8);
    table.label[j] = bytes.readUInt32LE(o + 12);
    table.count[j] = bytes.readUInt32LE(o + 16);
    table.first[j] = date(bytes.readUInt32LE(o + 20));
    table.last[j] = date(bytes.readUInt32LE(o + 24));
    table.el[j] = bytes.readUInt32LE(o + 28);
    evidence.push({ start: bytes.readDoubleLE(o + 32), length: table.el[j] });
    table.weight[j] = bytes.readDoubleLE(o + 40);
    table.type[j] = bytes.readUInt8(o + 48);
    table.key[2 * j] = bytes.readUInt32LE(o + 49);
    table.key[2 * j + 1] = bytes.readUInt32LE(o + 53);
    if (whole.attrs[row]) table.attrs[j] = whole.attrs[row];
    if (manual.has(row)) table.manual.push(j);
    if (whole.ids[row] !== undefined) table.ids[j] = whole.ids[row];
  }
  return { table, rows, evidence };
}

/**
 * The records of a version 6 snapshot (every typed edge, `co_occurs` too) as this version keeps
 * them: the `co_occurs` records dropped, the starts counted again. Records are copied as they are.
 */
export function incidentWithoutCoOccurs(metaText: string, bin: Buffer): { meta: string; bin: Buffer } {
  const meta = JSON.parse(metaText) as IncidentMeta;
  if (!Array.isArray(meta.starts) || !Array.isArray(meta.dates) || bin.length !== (meta.starts[meta.starts.length - 1] ?? 0) * RECORD) throw new Error('incident records do not match their starts');
  const out = Buffer.alloc(bin.length);
  const starts = [0];
  let kept = 0;
  for (let v = 0; v + 1 < meta.starts.length; v++) {
    for (let j = meta.starts[v]; j < meta.starts[v + 1]; j++) {
      if (bin[j * RECORD + TYPE_AT] === CO_OCCURS) continue;
      bin.copy(out, kept * RECORD, j * RECORD, (j + 1) * RECORD);
      kept++;
    }
    starts.push(kept);
  }
  return { meta: JSON.stringify({ starts, dates: meta.dates } satisfies IncidentMeta), bin: out.subarray(0, kept * RECORD) };
}
