import type { Article, Evidence, GraphEdge, GraphNode, RelationType } from '../../shared/types';
import { RELATION_TYPES } from '../../shared/types';
import type { BuiltGraph } from './model';
import { encodeKeyColumn, type EdgeIdOthers } from './snapshot-decode';
import { emptyColumns, encodeEdgeParts, putIdKey, sizedColumns, type EdgeColumns } from './snapshot-edges';
import { encodeIncident } from './snapshot-incident';
import { Lines } from './snapshot-lines';
import { NODE_KINDS, PARTS, SNAPSHOT_VERSION, TOP_VIEW } from './snapshot-model';
import type { ArticlePlace, ArticleRefs, TopView, ArticleTable, EvidenceLine, MentionLine, NodeExtra, NodeTable, ReplayState, SnapshotKey, SnapshotSummary } from './snapshot-model';
import { graphStats } from './summaries';
import type { UserLexicon } from './user-lexicon';

/** One file of a snapshot: its name (with extension) and content (text, bytes, or bytes in parts to join). */
export interface SnapshotFile {
  name: string;
  content: string | Buffer | Buffer[];
}

/** A file's content as one buffer. */
export function contentBytes(content: SnapshotFile['content']): Buffer {
  if (typeof content === 'string') return Buffer.from(content, 'utf8');
  return Buffer.isBuffer(content) ? content : Buffer.concat(content);
}

const KIND_INDEX = new Map<string, number>(NODE_KINDS.map((k, i) => [k, i]));
const RELATION_INDEX = new Map<string, number>(RELATION_TYPES.map((t, i) => [t, i]));
const ARTICLE_EDGES: ReadonlySet<RelationType> = new Set<RelationType>(['mentions', 'reported_by']);

/** How {@link encodeSnapshot} may treat the graph it is given. */
export interface EncodeOptions {
  /**
   * The caller gives the graph up (nothing else holds it): its mentions index is emptied as the
   * node files are made and its edges as the edge files are, so that each is let go once written
   * instead of living to the end. The graph is of no use afterwards.
   */
  consume?: boolean;
}

/**
 * The snapshot of a built graph (built without positions): the summary, tables of articles,
 * nodes and edges (without evidence), evidence and mentions as JSON lines read a line at a time,
 * the edges' ids sorted for lookups, and what the replay left (redirects, removed, the lexicon).
 * Evidence is kept as references into the articles; its text is read from them. The files come
 * one at a time, each made when the writer asks for it, and what made it is let go before the
 * next (the node files, then the edge files, then the views of the edge table); the summary last.
 */
export function* encodeSnapshot(
  built: BuiltGraph,
  articles: readonly Article[],
  key: SnapshotKey,
  lexicon: UserLexicon,
  placeOf?: (id: string) => ArticlePlace | undefined,
  options: EncodeOptions = {},
): Generator<SnapshotFile> {
  const { nodes, edges } = built.graph;
  const slots = new Map<string, number>();
  articles.forEach((a, i) => slots.set(a.id, i));
  const rows = new Map<string, number>();
  nodes.forEach((n, i) => rows.set(n.id, i));

  // The graph lists every `mentions` edge after the others: two tables keep that order.
  let firstMention = edges.length;
  for (let k = 0; k < edges.length; k++) {
    if (edges[k].type !== 'mentions') {
      if (firstMention < k) throw new Error('a relation follows the mentions edges');
    } else if (firstMention === edges.length) firstMention = k;
  }
  // Counted now, while the graph is whole.
  const summary: SnapshotSummary = {
    version: SNAPSHOT_VERSION,
    key,
    stats: graphStats(built.graph, articles.length),
    entities: nodes.filter((n) => n.type !== 'article').length,
    // Every edge but `mentions` (as `listRelations` counts them).
    relations: firstMention,
    orphans: built.orphans,
    nodes: nodes.length,
    edges: firstMention,
    mentionEdges: edges.length - firstMention,
  };
  const state: ReplayState = { redirects: [...built.redirects], removed: [...built.removed], lexicon };

  // Each part is made in a function of its own (or a generator that ends once its files are
  // written), so that nothing it made outlives its files; the edge pass's parts are taken one by one.
  yield* articleFiles(articles, placeOf);
  yield* nodeFiles(built, slots, rows, articles, firstMention, options.consume === true);
  const labels: string[] = [];
  const pass = edgePass(built, slots, rows, articles, firstMention, labels, options.consume === true);
  yield { name: `${PARTS.evidence}.jsonl`, content: take(pass, 'evidence').parts() };
  yield* tableFiles(PARTS.mentionEdges, encodeEdgeParts(take(pass, 'mention'), labels));
  const typed = take(pass, 'typed');
  yield* tableFiles(PARTS.edges, encodeEdgeParts(typed, labels));
  yield* topFiles(nodes, typed, labels);
  yield* tableFiles(PARTS.incident, encodeIncident(typed, nodes.length));
  yield* edgeIdFiles(typed);
  yield json(PARTS.state, state);
  // Last: a reader takes the snapshot as whole once the summary is there.
  yield json(PARTS.summary, summary);
}

const json = (name: string, value: unknown): SnapshotFile => ({ name: `${name}.json`, content: JSON.stringify(value) });

/** A part's two files: `meta` as `.json`, `bin` as `.bin`. */
function* tableFiles(name: string, part: { meta: string; bin: Buffer | Buffer[] }): Generator<SnapshotFile> {
  yield { name: `${name}.json`, content: part.meta };
  yield { name: `${name}.bin`, content: part.bin };
}

/** What the edge pass made, each part taken once (and then no longer held here). */
interface EdgePass {
  evidence: Lines | null;
  mention: EdgeColumns | null;
  typed: EdgeColumns | null;
}

/** Takes a part out of the edge pass's result. */
function take<K extends keyof EdgePass>(pass: EdgePass, key: K): NonNullable<EdgePass[K]> {
  const part = pass[key];
  if (!part) throw new Error(`the ${key} part of the edge pass was taken already`);
  pass[key] = null;
  return part as NonNullable<EdgePass[K]>;
}

/** The first view (`top.json`) and the table of its edges. */
function* topFiles(nodes: readonly GraphNode[], typed: EdgeColumns, labels: string[]): Generator<SnapshotFile> {
  const { top, topEdges } = topView(nodes, typed);
  yield json(PARTS.top, top);
  yield* tableFiles(PARTS.topEdges, encodeEdgeParts(topEdges, labels));
}

/** The typed edges' ids of the usual form sorted with their rows (a binary search finds a row), the others apart. */
function* edgeIdFiles(typed: EdgeColumns): Generator<SnapshotFile> {
  const evidenceStarts = new Float64Array(typed.el.length);
  for (let i = 1; i < typed.el.length; i++) evidenceStarts[i] = evidenceStarts[i - 1] + typed.el[i - 1];
  const edgeIds = encodeKeyColumn(typed.key, (row) => typed.ids[row] === undefined, evidenceStarts);
  const others: EdgeIdOthers = { other: Object.fromEntries(Object.entries(typed.ids).map(([row, id]) => [id, Number(row)])), fence: edgeIds.fence };
  yield json(PARTS.edgeIds, others);
  yield { name: `${PARTS.edgeIds}.bin`, content: edgeIds.bin };
}

/** The article table (articles without their text) and the articles' references (ids, dates, places in the shards). */
function* articleFiles(articles: readonly Article[], placeOf?: (id: string) => ArticlePlace | undefined): Generator<SnapshotFile> {
  const articleTable: ArticleTable = { rows: articles.map(({ text: _text, ...rest }) => rest) };
  yield json(PARTS.articles, articleTable);
  const articleRefs: ArticleRefs = { ids: articles.map((a) => a.id), dates: articles.map((a) => a.date) };
  if (placeOf) {
    const places = { shard: [] as number[], offset: [] as number[], length: [] as number[] };
    for (const a of articles) {
      const at = placeOf(a.id);
      places.shard.push(at?.shard ?? -1);
      places.offset.push(at?.offset ?? 0);
      places.length.push(at?.length ?? 0);
    }
    articleRefs.places = places;
  }
  yield json(PARTS.articleRefs, articleRefs);
}

/**
 * The node table and each node's mentions and articles as JSON lines. A node's typed-edge degree
 * and weight (`ed`, `ew`: every edge but `mentions` and `reported_by`) are summed over the
 * graph's edges in their order. With `consume`, each node's mentions are let go once written.
 */
function* nodeFiles(built: BuiltGraph, slots: Map<string, number>, rows: Map<string, number>, articles: readonly Article[], firstMention: number, consume: boolean): Generator<SnapshotFile> {
  const { nodes, edges } = built.graph;
  const ed = new Float64Array(nodes.length);
  const ew = new Float64Array(nodes.length);
  for (let k = 0; k < firstMention; k++) {
    const e = edges[k];
    if (ARTICLE_EDGES.has(e.type)) continue;
    const s = rows.get(e.source);
    const t = rows.get(e.target);
    if (s === undefined || t === undefined) throw new Error(`edge ${e.id} has an end that is not a node`);
    ed[s]++;
    ed[t]++;
    ew[s] += e.weight;
    ew[t] += e.weight;
  }
  const table: NodeTable = { id: [], type: [], name: [], aliases: [], mentions: [], degree: [], weighted: [], first: [], last: [], ed: [], ew: [], extra: {}, ml: [], al: [] };
  const mentions = new Lines();
  const nodeArticles = new Lines();
  const slotList: number[] = [];
  const mentionList: number[] = [];
  nodes.forEach((n: GraphNode, i) => {
    table.id.push(n.id);
    table.type.push(KIND_INDEX.get(n.type) as number);
    table.name.push(n.name);
    table.aliases.push(n.aliases.length > 0 ? n.aliases : 0);
    table.mentions.push(n.mentions);
    table.degree.push(n.degree);
    table.weighted.push(n.weightedDegree);
    table.first.push(n.firstDate ?? null);
    table.last.push(n.lastDate ?? null);
    table.ed.push(ed[i]);
    table.ew.push(ew[i]);
    const extra: NodeExtra = {};
    if (n.note !== undefined) extra.note = n.note;
    if (n.tags && n.tags.length > 0) extra.tags = n.tags;
    if (n.color !== undefined) extra.color = n.color;
    if (n.code !== undefined) extra.code = n.code;
    if (n.manual) extra.manual = true;
    if (Object.keys(extra).length > 0) table.extra[i] = extra;
    const articleSlots = slotList;
    articleSlots.length = 0;
    for (const id of n.articles) articleSlots.push(slots.get(id) ?? -1);
    nodeArticles.pushInts(articleSlots);
    table.al.push(nodeArticles.lengths[nodeArticles.lengths.length - 1]);
    const m5 = mentionList;
    m5.length = 0;
    let surfaces: Record<number, string> | undefined;
    for (const m of built.mentionIndex.get(n.id) ?? []) {
      const slot = slots.get(m.article) ?? -1;
      const at = m5.length / 5;
      m5.push(slot, m.start, m.end, m.sentence.start, m.sentence.end);
      if (slot < 0 || !sameText(articles[slot].text, m.start, m.end, m.surface)) (surfaces ??= {})[at] = m.surface;
    }
    if (consume) built.mentionIndex.delete(n.id);
    if (surfaces) mentions.push({ m: m5, s: surfaces } satisfies MentionLine);
    else mentions.pushWrapped('{"m":', m5, '}');
    table.ml.push(mentions.lengths[mentions.lengths.length - 1]);
  });
  if (consume) built.mentionIndex.clear();
  yield { name: `${PARTS.mentions}.jsonl`, content: mentions.parts() };
  yield { name: `${PARTS.nodeArticles}.jsonl`, content: nodeArticles.parts() };
  yield json(PARTS.nodes, table);
}

/**
 * The edge tables (typed edges, then `mentions` edges, in the graph's order; `labels` filled in
 * the order labels are met) and every edge's evidence as JSON lines, in one pass over the edges.
 * With `consume`, each edge is let go of once it is in the columns.
 */
function edgePass(
  built: BuiltGraph,
  slots: Map<string, number>,
  rows: Map<string, number>,
  articles: readonly Article[],
  firstMention: number,
  labels: string[],
  consume: boolean,
): EdgePass {
  const edges = built.graph.edges;
  const evidence = new Lines();
  // The slots and offsets of one line, reused line after line.
  const r: number[] = [];
  /** Appends the evidence line of an edge: `[slot, start, end, ...]`, or an object when a piece differs from its article. */
  const evidenceLine = (list: readonly Evidence[]): void => {
    r.length = 0;
    let d: Record<number, string | null> | undefined;
    let t: Record<number, string> | undefined;
    let a: Record<number, string> | undefined;
    for (let k = 0; k < list.length; k++) {
      const ev = list[k];
      const slot = slots.get(ev.article);
      const article = slot === undefined ? undefined : articles[slot];
      r.push(slot ?? -1, ev.start, ev.end);
      if (!article) (a ??= {})[k] = ev.article;
      if (!article || ev.date !== article.date) (d ??= {})[k] = ev.date;
      // Compared in place: no slice of the article for each piece of evidence.
      if (!article || ev.text.length !== ev.end - ev.start || !article.text.startsWith(ev.text, ev.start)) (t ??= {})[k] = ev.text;
    }
    const line: EvidenceLine = d || t || a ? { r, ...(d ? { d } : {}), ...(t ? { t } : {}), ...(a ? { a } : {}) } : r;
    evidence.push(line);
  };
  const typed = sizedColumns(firstMention);
  const mentionEdges = sizedColumns(edges.length - firstMention);
  const labelIndex = new Map<string, number>();
  const addEdge = (table: EdgeColumns, i: number, e: GraphEdge): void => {
    const s = rows.get(e.source);
    const t = rows.get(e.target);
    if (s === undefined || t === undefined) throw new Error(`edge ${e.id} has an end that is not a node`);
    let label = labelIndex.get(e.label);
    if (label === undefined) {
      label = labels.length;
      labels.push(e.label);
      labelIndex.set(e.label, label);
    }
    table.type[i] = RELATION_INDEX.get(e.type) as number;
    table.source[i] = s;
    table.target[i] = t;
    table.label[i] = label;
    table.weight[i] = e.weight;
    table.first[i] = e.firstDate;
    table.last[i] = e.lastDate;
    table.count[i] = e.evidence.length;
    if (e.attrs) table.attrs[i] = e.attrs;
    if (e.manual) table.manual.push(i);
    // An id of another form is listed apart (its key stays 0, 0).
    if (!putIdKey(e.id, table.key, 2 * i)) table.ids[i] = e.id;
    evidenceLine(e.evidence);
    table.el[i] = evidence.lengths[evidence.lengths.length - 1];
  };
  const n = edges.length;
  for (let k = 0; k < n; k++) {
    if (k < firstMention) addEdge(typed, k, edges[k]);
    else addEdge(mentionEdges, k - firstMention, edges[k]);
    // The edge is in the columns and its evidence in the lines: nothing else needs it.
    if (consume) (edges as Array<GraphEdge | null>)[k] = null;
  }
  if (consume) edges.length = 0;
  return { evidence, mention: mentionEdges, typed };
}

/** Whether `text.slice(start, end)` is `surface`, without making the slice when it is. */
function sameText(text: string, start: number, end: number, surface: string): boolean {
  if (start >= 0 && end <= text.length && surface.length === end - start) return text.startsWith(surface, start);
  return text.slice(start, end) === surface;
}

/**
 * The first view kept ready (see `TopView`): the entity rows ranked as `selectView` ranks them for
 * a filter of only `limit` (sums in the same order, the same ties), the first {@link TOP_VIEW}
 * of them, and the table of the typed edges among those.
 */
function topView(nodes: readonly GraphNode[], typed: EdgeColumns): { top: TopView; topEdges: EdgeColumns } {
  const entity = nodes.map((n) => n.type !== 'article');
  const eligible = (e: number): boolean => !ARTICLE_EDGES.has(RELATION_TYPES[typed.type[e]]) && entity[typed.source[e]] && entity[typed.target[e]];
  const weighted = new Float64Array(nodes.length);
  for (let e = 0; e < typed.type.length; e++) {
    if (!eligible(e)) continue;
    weighted[typed.source[e]] += typed.weight[e];
    weighted[typed.target[e]] += typed.weight[e];
  }
  const rows: number[] = [];
  nodes.forEach((n, i) => entity[i] && rows.push(i));
  rows.sort((a, b) => weighted[b] - weighted[a] || nodes[b].mentions - nodes[a].mentions || (nodes[a].id < nodes[b].id ? -1 : 1));
  const rank = rows.slice(0, TOP_VIEW);
  const inTop = new Uint8Array(nodes.length);
  for (const r of rank) inTop[r] = 1;
  const topEdges = emptyColumns();
  const kept: number[] = [];
  const manual = new Set(typed.manual);
  for (let e = 0; e < typed.type.length; e++) {
    if (!eligible(e) || !inTop[typed.source[e]] || !inTop[typed.target[e]]) continue;
    const j = kept.length;
    kept.push(e);
    topEdges.type.push(typed.type[e]);
    topEdges.source.push(typed.source[e]);
    topEdges.target.push(typed.target[e]);
    topEdges.label.push(typed.label[e]);
    topEdges.weight.push(typed.weight[e]);
    topEdges.first.push(typed.first[e]);
    topEdges.last.push(typed.last[e]);
    topEdges.count.push(typed.count[e]);
    topEdges.el.push(typed.el[e]);
    if (typed.attrs[e]) topEdges.attrs[j] = typed.attrs[e];
    if (manual.has(e)) topEdges.manual.push(j);
    if (typed.ids[e] !== undefined) topEdges.ids[j] = typed.ids[e];
    topEdges.key.push(typed.key[2 * e], typed.key[2 * e + 1]);
  }
  return { top: { rank, rows: kept, all: rank.length === rows.length }, topEdges };
}
