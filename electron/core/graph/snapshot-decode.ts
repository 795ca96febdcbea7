import type { Evidence, GraphEdge, GraphNode } from '../../shared/types';
import { RELATION_TYPES } from '../../shared/types';
import { edgeId } from './ids';
import type { MentionRef } from './model';
import { NODE_KINDS } from './snapshot-model';
import type { ArticleRows, EdgeTable, EvidenceLine, MentionLine, NodeTable } from './snapshot-model';

/** The text of an article by its slot (the caller has read it); undefined when it is not at hand. */
export type TextOf = (slot: number) => string | undefined;

/** `edge-ids`: the typed edges' ids sorted (16 hex digits each, one string) with their rows; unusual ids apart. */
export interface EdgeIdIndex {
  hex: string;
  rows: number[];
  other: Record<string, number>;
}

/** The row of the edge with this id in the typed edge table, or -1. */
export function edgeRow(index: EdgeIdIndex, id: string): number {
  const own = index.other[id];
  if (own !== undefined) return own;
  if (!/^r_[0-9a-f]{16}$/.test(id)) return -1;
  const key = id.slice(2);
  let lo = 0;
  let hi = index.rows.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const at = index.hex.slice(mid * 16, mid * 16 + 16);
    if (at === key) return index.rows[mid];
    if (at < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
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

/** The id of edge `i` of a table. */
export function edgeIdAt(t: EdgeTable, i: number, nodes: NodeTable): string {
  return t.ids[i] ?? edgeId(RELATION_TYPES[t.type[i]], nodes.id[t.source[i]], nodes.id[t.target[i]], t.labels[t.label[i]]);
}

/** Edge `i` of a table with the evidence given (`evidenceCount` set when `lean`). */
export function edgeAt(t: EdgeTable, i: number, nodes: NodeTable, evidence: Evidence[], manual: ReadonlySet<number>, lean = false): GraphEdge {
  const edge: GraphEdge = {
    id: edgeIdAt(t, i, nodes),
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
