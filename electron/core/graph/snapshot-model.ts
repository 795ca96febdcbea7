import type { Article, OrphanEdit, Stats } from '../../shared/types';
import type { RemovedEntity } from './model';
import type { UserLexicon } from './user-lexicon';

/**
 * Bumped when the snapshot's shape changes: an old snapshot is then rebuilt, or upgraded in place
 * where that is cheap (6 -> 7: `incident` without `co_occurs`, see `SnapshotReader.open`).
 */
export const SNAPSHOT_VERSION = 7;

/** Node kinds by their number in the node table. */
export const NODE_KINDS = ['organisation', 'person', 'place', 'program', 'article'] as const;

/** What a snapshot was built from: the committed shards and the edits replayed (the first `editCount` of the log). */
export interface SnapshotKey {
  catalog: string;
  /** Hash of the edits replayed. */
  edits: string;
  editCount: number;
}

/** `summary`: small, read by every command; what `stats` and `workspaceInfo` need. */
export interface SnapshotSummary {
  version: number;
  key: SnapshotKey;
  stats: Stats;
  /** Entity nodes, and edges that are not `mentions` (as `listRelations` counts them). */
  entities: number;
  relations: number;
  orphans: OrphanEdit[];
  nodes: number;
  edges: number;
  mentionEdges: number;
}

/** Per-node annotations and flags, only where set. */
export interface NodeExtra {
  note?: string;
  tags?: string[];
  color?: string;
  code?: string;
  manual?: boolean;
}

/**
 * `nodes`: every node of the graph in its order (articles first), by column. `ew` and `ed` are
 * degree and weighted degree over the edges between entities (no article edges): what the
 * explorer's first view ranks by. `ml` and `al` are the byte lengths of each node's lines in
 * `mentions.jsonl` and `node-articles.jsonl` (its article slots, as a JSON list).
 */
export interface NodeTable {
  id: string[];
  type: number[];
  name: string[];
  aliases: Array<string[] | 0>;
  mentions: number[];
  degree: number[];
  weighted: number[];
  first: Array<string | null>;
  last: Array<string | null>;
  ed: number[];
  ew: number[];
  extra: Record<number, NodeExtra>;
  ml: number[];
  al: number[];
}

/**
 * An edge table (by column, in graph order), without evidence: `count` is the number of pieces of
 * evidence, `el` the byte length of each edge's line in `evidence.jsonl`. Ends are node rows.
 * Ids are stored, not recomputed: `key` holds two numbers per edge (see `idKey`), unless the id is
 * listed in `ids` (an id of another form). Stored as a binary file
 * of the dense columns and a small JSON of the rest (see `snapshot-edges.ts`).
 */
export interface EdgeTable {
  type: Uint8Array;
  source: Uint32Array;
  target: Uint32Array;
  label: Uint32Array;
  labels: string[];
  weight: Float64Array;
  first: Array<string | null>;
  last: Array<string | null>;
  count: Uint32Array;
  attrs: Record<number, Record<string, string | number>>;
  manual: number[];
  ids: Record<number, string>;
  el: Float64Array;
  key: Uint32Array;
}

/**
 * One edge's evidence in `evidence.jsonl`: [article slot, start, end] per piece, flat; or, when a
 * piece's date is not its article's, its text not the article's text there, or its article not
 * a stored one, an object with those overrides by piece number.
 */
export type EvidenceLine = number[] | { r: number[]; d?: Record<number, string | null>; t?: Record<number, string>; a?: Record<number, string> };

/**
 * One node's line in `mentions.jsonl`: its mentions, flat [article slot, start, end, sentence
 * start, sentence end] each; `s` holds the surfaces that are not the article's text at the mention.
 */
export interface MentionLine {
  m: number[];
  s?: Record<number, string>;
}

/** What evidence and mentions need of an article by its slot: its id and date. */
export interface ArticleRows {
  rows: ReadonlyArray<{ id: string; date: string | null }>;
  /** Where each article's line is in the shards, by slot, when the snapshot keeps it (see `ArticleRefs`). */
  places?: ArticleRefs['places'];
}

/** `article-refs`: each article's id and date by slot (small: what views and details read instead of `articles`). */
export interface ArticleRefs {
  ids: string[];
  dates: Array<string | null>;
  /**
   * Where each article's line is in the shards (shard id, byte offset, byte length; shard -1 when
   * unknown), so that details read their articles without the shards' indexes. Snapshots
   * upgraded from version 6 have none.
   */
  places?: { shard: number[]; offset: number[]; length: number[] };
}

/** Where an article's line is in the shards. */
export interface ArticlePlace {
  shard: number;
  offset: number;
  length: number;
}

/**
 * `top`: the explorer's first view kept ready. `rank` holds the first {@link TOP_VIEW} entity
 * rows in the order a filter of only `limit` ranks them (weighted degree over the typed edges
 * between entities, then mentions, then id); `top-edges` is the table of the typed edges among
 * them (not `mentions`, `reported_by`), `rows` their rows in the whole table. Light edits change
 * none of that order.
 */
export interface TopView {
  rank: number[];
  rows: number[];
  /** Whether `rank` holds every entity row. */
  all: boolean;
}

/** Entities in the kept first view (a `limit` above it is computed over the whole tables). */
export const TOP_VIEW = 2000;

/** `articles`: the articles in graph order, without their text (kept in the shards). */
export interface ArticleTable {
  rows: Array<Omit<Article, 'text'>>;
}

/** `state`: what the replay of the edits leaves besides the graph. */
export interface ReplayState {
  redirects: Array<[string, string]>;
  removed: Array<[string, RemovedEntity]>;
  lexicon: UserLexicon;
}

/** The names of the parts. */
export const PARTS = { incident: 'incident', summary: 'summary', articles: 'articles', articleRefs: 'article-refs', top: 'top', topEdges: 'top-edges', nodes: 'nodes', edges: 'edges', mentionEdges: 'mention-edges', edgeIds: 'edge-ids', state: 'state', evidence: 'evidence', mentions: 'mentions', nodeArticles: 'node-articles' } as const;
