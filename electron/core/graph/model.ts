import type { Article, EntityType, Evidence, ExtractResult, GraphData, OrphanEdit, StoredEdit } from '../../shared/types';

/** Everything the graph is built from: stored articles, their extraction results and the user's edits. */
export interface GraphInput {
  articles: Article[];
  /** Extraction result per article id; offsets point into that article's `text`. */
  extractions: Record<string, ExtractResult>;
  /** The user's edit log, replayed in order of `seq`. */
  edits: StoredEdit[];
  /** Pinned positions by node id. */
  positions?: Record<string, { x: number; y: number }>;
}

/** One mention of an entity, kept for the details panel and for splitting aliases. */
export interface MentionRef {
  article: string;
  start: number;
  end: number;
  surface: string;
  /** The sentence around the mention, as evidence; one object per sentence, shared with the `mentions` edges. */
  sentence: Evidence;
}

/** An entity that an edit removed (deleted or merged away), with the names it had. */
export interface RemovedEntity {
  type: EntityType;
  name: string;
  aliases: string[];
  /** `deleted`, or `merged` into `into`. */
  how: 'deleted' | 'merged';
  into?: string;
}

/** The graph with everything needed to answer questions about it. */
export interface BuiltGraph {
  /** Entities, article nodes, typed edges, `reported_by` and `mentions` edges. */
  graph: GraphData;
  /** Edits that could not be applied because their target is gone; in log order. */
  orphans: OrphanEdit[];
  /** Mentions per entity id, in article order then offset. */
  mentionIndex: Map<string, MentionRef[]>;
  /** Where merged-away (or re-keyed) entity ids went; follow it to reach the live id. */
  redirects: Map<string, string>;
  /** Entities removed by edits during this build, by their id. */
  removed: Map<string, RemovedEntity>;
}
