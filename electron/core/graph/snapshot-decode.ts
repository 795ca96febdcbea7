import type { Evidence, GraphEdge, GraphNode } from '../../shared/types';
import { RELATION_TYPES } from '../../shared/types';
import { keyId } from './snapshot-edges';
import type { MentionRef } from './model';
import { NODE_KINDS } from './snapshot-model';
import type { ArticleRows, EdgeTable, EvidenceLine, MentionLine, NodeTable } from './snapshot-model';

/** The text of an article by its slot (the caller has read it); undefined when it is not at hand. */
export type TextOf = (slot: number) => string | undefined;

/**
 * `edge-ids.json`: the typed edges whose id is not of the usual form, with their rows
 * (`edge-ids.bin` holds the others), and `fence`: the key of the first record of each chunk of
 * {@link ID_CHUNK} records of `edge-ids.bin` (two numbers each, flat).
 */
export interface EdgeIdOthers {
  other: Record<string, number>;
  fence: number[];
}

/**
 * Bytes of one record of `edge-ids.bin`: the typed edges' ids of the usual form sorted, each
 * as its key (two uint32, see `idKey`), the edge's row (uint32) and where its evidence line
 * starts in `evidence.jsonl` (float64). A lookup finds its chunk by the fence, then reads that
 * chunk alone (one positioned read of ~64 KB).
 */
export const ID_RECORD = 4 * 3 + 8;
/** Records per chunk of `edge-ids.bin` (a chunk is about one 64 KB block). */
export const ID_CHUNK = 3200;

/** `edge-ids.bin` of typed edges with these ids (`null`: an id of another form) and evidence line starts, and its fence. */
export function encodeEdgeIds(keys: ReadonlyArray<[number, number] | null>, evidenceStarts: ArrayLike<number>): { bin: Buffer; fence: number[] } {
  const flat: number[] = [];
  for (const k of keys) flat.push(k ? k[0] : 0, k ? k[1] : 0);
  return encodeKeyColumn(flat, (row) => keys[row] !== null, evidenceStarts);
}

/**
 * {@link encodeEdgeIds} over an edge table's key column (two numbers per row); `has(row)` says
 * whether the row's id is of the usual form. Sorts row numbers in a typed array, no tuples.
 */
export function encodeKeyColumn(key: ArrayLike<number>, has: (row: number) => boolean, evidenceStarts: ArrayLike<number>): { bin: Buffer; fence: number[] } {
  const n = key.length / 2;
  const hi = new Uint32Array(n);
  const lo = new Uint32Array(n);
  let count = 0;
  const picked = new Uint32Array(n);
  for (let row = 0; row < n; row++) {
    hi[row] = key[2 * row];
    lo[row] = key[2 * row + 1];
    if (has(row)) picked[count++] = row;
  }
  const rows = picked.subarray(0, count).sort((a, b) => hi[a] - hi[b] || lo[a] - lo[b]);
  const bin = Buffer.alloc(count * ID_RECORD);
  const fence: number[] = [];
  for (let j = 0; j < count; j++) {
    const row = rows[j];
    if (j % ID_CHUNK === 0) fence.push(hi[row], lo[row]);
    const o = j * ID_RECORD;
    bin.writeUInt32LE(hi[row], o);
    bin.writeUInt32LE(lo[row], o + 4);
    bin.writeUInt32LE(row, o + 8);
    bin.writeDoubleLE(evidenceStarts[row], o + 12);
  }
  return { bin, fence };
}

/** Where a typed edge is: its row and the start of its evidence line. */
export interface EdgePlace {
  row: number;
  evidenceStart: number;
}

const before = (a: number, b: number, key: readonly [number, number]): boolean => a < key[0] || (a === key[0] && b < key[1]);

/**
 * The typed edge with this key among `count` records of `edge-ids.bin` (`fence` as
 * `EdgeIdOthers` has it), or null: the chunk is found by the fence, then read alone
 * (`read(offset, length)`: a positioned read) and searched. One read, whatever the size of the corpus.
 */
export async function findEdgeKey(key: [number, number], count: number, fence: readonly number[], read: (offset: number, length: number) => Promise<Buffer> | Buffer): Promise<EdgePlace | null> {
  const chunks = fence.length / 2;
  if (chunks !== Math.ceil(count / ID_CHUNK)) throw new Error('edge-ids: the fence does not fit the records');
  // The last chunk whose first key is not after `key`.
  let lo = 0;
  let hi = chunks - 1;
  let chunk = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (before(key[0], key[1], [fence[2 * mid], fence[2 * mid + 1]])) hi = mid - 1;
    else {
      chunk = mid;
      lo = mid + 1;
    }
  }
  if (chunk < 0) return null;
  const first = chunk * ID_CHUNK;
  const n = Math.min(count, first + ID_CHUNK) - first;
  const records = await read(first * ID_RECORD, n * ID_RECORD);
  if (records.length !== n * ID_RECORD) throw new Error('edge-ids: a chunk is cut');
  lo = 0;
  hi = n - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const o = mid * ID_RECORD;
    const a = records.readUInt32LE(o);
    const b = records.readUInt32LE(o + 4);
    if (a === key[0] && b === key[1]) return { row: records.readUInt32LE(o + 8), evidenceStart: records.readDoubleLE(o + 12) };
    if (before(a, b, key)) lo = mid + 1;
    else hi = mid - 1;
  }
  return null;
}

/** The node of row `i` (`articles`: its article ids, when read from its mentions line; positions are the caller's). */
export function nodeAt(t: NodeTable, i: number, articles: string[] = []): GraphNode {
  const aliases = t.aliases[i];
  const node: GraphNode = {
    id: t.id[i],
    type: NODE_KINDS[t.type[i]],
    name: t.name[i],
    aliases: aliases === 0 ? [] : [...aliases],
    mentions: t.mentions[i],
    articles,
    degree: t.degree[i],
    weightedDegree: t.weighted[i],
  };
  const extra = t.extra[i];
  if (extra) {
    if (extra.note !== undefined) node.note = extra.note;
    if (extra.tags !== undefined) node.tags = [...extra.tags];
    if (extra.color !== undefined) node.color = extra.color;
    if (extra.code !== undefined) node.code = extra.code;
    if (extra.manual) node.manual = true;
  }
  node.firstDate = t.first[i];
  node.lastDate = t.last[i];
  return node;
}

/** The id of edge `i` of a table (stored: never recomputed). */
export function edgeIdAt(t: EdgeTable, i: number): string {
  return t.ids[i] ?? keyId(t.key[2 * i], t.key[2 * i + 1]);
}

/** Edge `i` of a table with the evidence given (`evidenceCount` set when `lean`). */
export function edgeAt(t: EdgeTable, i: number, nodes: NodeTable, evidence: Evidence[], manual: ReadonlySet<number>, lean = false): GraphEdge {
  const edge: GraphEdge = {
    id: edgeIdAt(t, i),
    type: RELATION_TYPES[t.type[i]],
    source: nodes.id[t.source[i]],
    target: nodes.id[t.target[i]],
    label: t.labels[t.label[i]],
    weight: t.weight[i],
    evidence,
    firstDate: t.first[i],
    lastDate: t.last[i],
  };
  const attrs = t.attrs[i];
  if (attrs) edge.attrs = { ...attrs };
  if (manual.has(i)) edge.manual = true;
  if (lean) edge.evidenceCount = t.count[i];
  return edge;
}

/** The article slots an evidence line refers to. */
export function evidenceSlots(line: EvidenceLine): number[] {
  const r = Array.isArray(line) ? line : line.r;
  const out: number[] = [];
  for (let k = 0; k < r.length; k += 3) if (r[k] >= 0) out.push(r[k]);
  return out;
}

/**
 * The evidence of an edge from its line. `share` gives one object per distinct piece (pass the
 * same map for a whole graph, as aggregation shares a sentence's evidence).
 */
export function evidenceOf(line: EvidenceLine, articles: ArticleRows, text: TextOf, share?: Map<string, Evidence>): Evidence[] {
  const r = Array.isArray(line) ? line : line.r;
  const o = Array.isArray(line) ? undefined : line;
  const out: Evidence[] = [];
  for (let k = 0; k * 3 < r.length; k++) {
    const slot = r[k * 3];
    const start = r[k * 3 + 1];
    const end = r[k * 3 + 2];
    const row = slot >= 0 ? articles.rows[slot] : undefined;
    const article = o?.a?.[k] ?? row?.id ?? '';
    const date = o?.d && k in o.d ? (o.d[k] as string | null) : (row?.date ?? null);
    const ownText = o?.t?.[k];
    const key = share && ownText === undefined ? `${slot}:${start}:${end}:${date}` : null;
    const hit = key ? share?.get(key) : undefined;
    if (hit) {
      out.push(hit);
      continue;
    }
    const ev: Evidence = { article, start, end, text: ownText ?? text(slot)?.slice(start, end) ?? '', date };
    if (key) share?.set(key, ev);
    out.push(ev);
  }
  return out;
}

/** Article ids of article slots (a node's articles line). */
export function articleIds(slots: number[], articles: ArticleRows): string[] {
  return slots.map((slot) => articles.rows[slot]?.id ?? '');
}

/** A node's mentions from its line (sentences shared through `share`, as in `evidenceOf`). */
export function mentionsOf(line: MentionLine, articles: ArticleRows, text: TextOf, share?: Map<string, Evidence>): MentionRef[] {
  const mentions: MentionRef[] = [];
  for (let k = 0; k * 5 < line.m.length; k++) {
    const [slot, start, end, sStart, sEnd] = line.m.slice(k * 5, k * 5 + 5);
    const row = articles.rows[slot];
    const body = text(slot);
    const key = `${slot}:${sStart}:${sEnd}:${row?.date ?? null}`;
    let sentence = share?.get(key);
    if (!sentence) {
      sentence = { article: row?.id ?? '', start: sStart, end: sEnd, text: body?.slice(sStart, sEnd) ?? '', date: row?.date ?? null };
      share?.set(key, sentence);
    }
    mentions.push({ article: row?.id ?? '', start, end, surface: line.s?.[k] ?? body?.slice(start, end) ?? '', sentence });
  }
  return mentions;
}
