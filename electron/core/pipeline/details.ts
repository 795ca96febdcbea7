import type { EntityDetails, Evidence, GraphEdge, MentionEvidence } from '../../shared/types';
import { rowsOf } from '../graph/light-edits';
import { mentionTimeline } from '../graph/timeline';
import { articleIds, edgeAt, evidenceOf, evidenceSlots, mentionsOf, nodeAt } from '../graph/snapshot-decode';
import { NODE_KINDS, type ArticleRows, type EvidenceLine } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import type { WorkspaceGraph } from './workspace-graph';

/** Mentions in one `getEntity` answer unless asked otherwise (`mentionCount` tells how many there are). */
export const DEFAULT_MENTION_LIMIT = 200;
/**
 * The most pieces of evidence, over all of a node's relations, that `getEntity` sends with them;
 * a node with more (a hub: thousands of relations) gets its relations without evidence, with
 * `evidenceCount`, and the explorer asks `getEdge` for one relation's evidence when it is opened.
 */
export const RELATION_EVIDENCE_LIMIT = 100;

/**
 * The texts of the articles at these slots, read from the shards (the articles only, cached): at
 * the places the snapshot keeps when it has them, else found by id through the shards' indexes.
 */
async function textsOf(ws: Workspace, articles: ArticleRows, slots: Iterable<number>): Promise<Map<number, string>> {
  const ids = new Map<number, string>();
  for (const slot of slots) {
    const id = articles.rows[slot]?.id;
    if (id !== undefined) ids.set(slot, id);
  }
  // Read together: a page of mentions touches up to a few hundred articles.
  const places = articles.places;
  const read = places
    ? await ws.articlesAt([...ids].map(([slot, id]) => ({ id, shard: places.shard[slot], offset: places.offset[slot], length: places.length[slot] })))
    : await ws.articles(ids.values());
  const out = new Map<number, string>();
  for (const [slot, id] of ids) {
    const article = read.get(id);
    if (article) out.set(slot, article.text);
  }
  return out;
}

async function evidenceWithText(ws: Workspace, articles: ArticleRows, line: EvidenceLine): Promise<Evidence[]> {
  const texts = await textsOf(ws, articles, evidenceSlots(line));
  return evidenceOf(line, articles, (slot) => texts.get(slot));
}

/**
 * A node's details from the snapshot: the node, its relations (not `co_occurs`, read through the
 * node's edge records) with all their evidence (none, with `evidenceCount`, when
 * they have more than `evidenceLimit` pieces in all), and a page of its mentions with their sentences; evidence texts are
 * read from the articles that hold them. An id merged away leads to its target.
 */
export async function entityDetails(
  ws: Workspace,
  graph: WorkspaceGraph,
  id: string,
  options: { mentionOffset?: number; mentionLimit?: number; evidenceLimit?: number } = {},
): Promise<EntityDetails> {
  const { reader } = await graph.current();
  const nodes = await graph.nodes();
  const rows = rowsOf(nodes);
  let live = id;
  if (!rows.has(live)) {
    const redirects = new Map((await reader.state()).redirects);
    for (let i = 0; i < 1000 && !rows.has(live) && redirects.has(live); i++) live = redirects.get(live) as string;
  }
  const row = rows.get(live);
  if (row === undefined) throw new Error(`Unknown entity: ${id}`);
  // The node's parts read together: its edge records (a hub's too: not the whole edge table),
  // its mentions line and its article slots.
  const mentionLine = reader.mentions(row);
  const nodeArticles = reader.nodeArticles(row);
  // Awaited below; a failure before that is not left unhandled.
  mentionLine.catch(() => undefined);
  nodeArticles.catch(() => undefined);
  const [articles, { table: edges, evidence: where }] = await Promise.all([reader.articleRows(), reader.incident(row)]);
  const manual = new Set(edges.manual);
  let pieces = 0;
  for (let e = 0; e < edges.type.length; e++) pieces += edges.count[e];
  const withEvidence = pieces <= (options.evidenceLimit ?? RELATION_EVIDENCE_LIMIT);
  // Evidence lines and their articles read together (at most `evidenceLimit` pieces in all).
  const evidence = withEvidence ? await Promise.all(where.map(async (at) => evidenceWithText(ws, articles, await reader.evidenceAt(at.start, at.length)))) : [];
  const relations: EntityDetails['relations'] = [];
  for (let e = 0; e < edges.type.length; e++) {
    const s = edges.source[e];
    const direction = s === row ? 'out' : 'in';
    const other = direction === 'out' ? edges.target[e] : s;
    const edge = edgeAt(edges, e, nodes, evidence[e] ?? [], manual, !withEvidence);
    relations.push({ ...edge, otherId: nodes.id[other], otherName: nodes.name[other], otherType: NODE_KINDS[nodes.type[other]], direction });
  }
  relations.sort((a, b) => b.weight - a.weight || (a.type < b.type ? -1 : a.type > b.type ? 1 : 0) || (a.id < b.id ? -1 : 1));
  const line = await mentionLine;
  const known = { m: [] as number[], s: {} as Record<number, string> };
  for (let k = 0; k * 5 < line.m.length; k++) {
    if (line.m[k * 5] < 0) continue;
    const at = known.m.length / 5;
    known.m.push(...line.m.slice(k * 5, k * 5 + 5));
    if (line.s?.[k] !== undefined) known.s[at] = line.s[k];
  }
  const count = known.m.length / 5;
  const from = Math.max(0, Math.floor(options.mentionOffset ?? 0));
  const to = Math.min(count, from + Math.max(0, Math.floor(options.mentionLimit ?? DEFAULT_MENTION_LIMIT)));
  const page = { m: known.m.slice(from * 5, to * 5), s: Object.fromEntries(Object.entries(known.s).filter(([k]) => Number(k) >= from && Number(k) < to).map(([k, v]) => [Number(k) - from, v])) };
  const texts = await textsOf(ws, articles, page.m.filter((_, i) => i % 5 === 0));
  const mentions: MentionEvidence[] = mentionsOf(page, articles, (slot) => texts.get(slot)).map((m) => ({ ...m.sentence, mentionStart: m.start, mentionEnd: m.end, surface: m.surface }));
  // Mentions per month, over all of them (a mention's date is its article's).
  const dates: Array<string | null> = [];
  for (let k = 0; k * 5 < known.m.length; k++) dates.push(articles.rows[known.m[k * 5]]?.date ?? null);
  const node = nodeAt(nodes, row, articleIds(await nodeArticles, articles));
  const position = ws.positions()[node.id];
  if (position && Number.isFinite(position.x) && Number.isFinite(position.y)) node.position = { x: position.x, y: position.y };
  return { node, relations, mentions, mentionCount: count, timeline: mentionTimeline(dates) };
}

/** One edge with all its evidence (texts read from its articles); throws when no edge has this id. */
export async function edgeDetails(ws: Workspace, graph: WorkspaceGraph, id: string): Promise<GraphEdge> {
  const { reader } = await graph.current();
  const nodes = await graph.nodes();
  const articles = await reader.articleRows();
  const place = await reader.edgePlace(id);
  if (place) {
    // The edge's columns and evidence line by positioned reads: no whole table read.
    const { table, evidence: at } = await reader.typedEdge(place.row, place.evidenceStart);
    const evidence = await evidenceWithText(ws, articles, await reader.evidenceAt(at.start, at.length));
    return { ...edgeAt(table, 0, nodes, evidence, new Set(table.manual)), evidenceCount: evidence.length };
  }
  const typedCount = reader.summary.edges;
  // A `mentions` edge (article to entity): rarer, found by its id among them.
  const lean = await graph.graph('lean');
  const at = lean.graph.edges.findIndex((e) => e.id === id);
  if (at < typedCount) throw new Error(`no relation with id ${id}`);
  const mentionRow = at - typedCount;
  const evidence = await evidenceWithText(ws, articles, await reader.evidence(mentionRow, true));
  const mentionTable = await reader.mentionEdges();
  return { ...edgeAt(mentionTable, mentionRow, nodes, evidence, new Set(mentionTable.manual)), evidenceCount: evidence.length };
}
