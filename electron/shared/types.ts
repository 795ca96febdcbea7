/** The four entity types of the guidelines (docs/extraction.md). */
export const ENTITY_TYPES = ['organisation', 'person', 'place', 'program'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

/** Typed, directed relations. `mentions` links an article to an entity; the rest link entities. */
export const RELATION_TYPES = [
  'role',
  'organises',
  'partner',
  'founded',
  'part_of',
  'located_in',
  'participates',
  'reported_by',
  'mentions',
  'co_occurs',
] as const;
export type RelationType = (typeof RELATION_TYPES)[number];

/** Where an article's `date` comes from (see docs: the dateline, else the page's date). */
export const DATE_SOURCES = ['dateline', 'page', 'file-name', 'masthead', 'metadata', 'user'] as const;
export type DateSource = (typeof DATE_SOURCES)[number];

/** A person credited on an article: 记者, 通讯员, 摄影 (photo), or 作者. */
export interface BylineEntry {
  name: string;
  role: string;
}

/** One article as the splitter produces it, before it is stored. */
export interface ArticleDraft {
  /** Headline (the main title line). */
  title: string;
  /** Sub-headline, if the layout gives one. */
  subtitle: string | null;
  /** Kicker such as 新闻特写 or 阅读提示. */
  kicker: string | null;
  /**
   * The article's full normalised text: headline block, a blank line, then the body with
   * layout breaks inside sentences joined. Every offset (mentions, evidence) points into this.
   */
  text: string;
  /** Offset in `text` where the body starts (after the headline block). */
  bodyStart: number;
  /** ISO date `YYYY-MM-DD`, or `YYYY-MM` / null when the text does not say. Never invented. */
  date: string | null;
  /** Publication date of the page the article came from (`YYYY-MM-DD`), or null when unknown. */
  pageDate: string | null;
  /** Where `date` came from: its dateline or lead (`dateline`), else where the page date came from; null without a date. */
  dateSource: DateSource | null;
  /** Dateline place, e.g. 河北邢台, if any. */
  place: string | null;
  byline: BylineEntry[];
}

/** A stored article. */
export interface Article extends ArticleDraft {
  /** Content hash of the normalised text: `a_` + 16 hex digits. */
  id: string;
  /** The file it came from, as given to import (or a name for dropped/pasted content). */
  source: string;
  /** Position of the article within its source file (0-based). */
  sourceIndex: number;
  importedAt: string;
  /** Length of `text` in UTF-16 code units. */
  chars: number;
}

/** The short form of an article for lists. */
export interface ArticleSummary {
  id: string;
  title: string;
  date: string | null;
  /** The publication date of the page it came from, or null. */
  pageDate: string | null;
  /** Where `date` comes from (`user` after a date edit), or null when there is no date. */
  dateSource: DateSource | null;
  place: string | null;
  byline: BylineEntry[];
  source: string;
  chars: number;
}

/** One mention of an entity in a text, as extraction finds it. */
export interface EntityMention {
  type: EntityType;
  /** Canonical name of the entity this mention refers to. */
  name: string;
  /** The text exactly as it stands in the input. */
  surface: string;
  /** UTF-16 offsets into the input, end exclusive. */
  start: number;
  end: number;
  /** Administrative code from the gazetteer (places only), when known. */
  code?: string;
}

/** A typed relation found in a text, between canonical entity names. */
export interface RelationMention {
  type: Exclude<RelationType, 'mentions' | 'reported_by'>;
  source: string;
  sourceType: EntityType;
  target: string;
  targetType: EntityType;
  /** The title (role), the verb (organises), or empty. */
  label: string;
  /** Offsets of the evidence (the sentence or span that supports it) in the input. */
  start: number;
  end: number;
  /** Extra facts, e.g. `{ year: 1996 }` for `founded`, `{ via: 'gazetteer' }`. */
  attrs?: Record<string, string | number>;
}

/** What extraction returns for one text. */
export interface ExtractResult {
  entities: EntityMention[];
  relations: RelationMention[];
}

/** What the user taught the extractor: names (with aliases) to find, names never to emit. */
export interface UserLexicon {
  entries: Array<{ type: EntityType; name: string; aliases?: string[] }>;
  blocked?: Array<{ type?: EntityType; name: string }>;
}

/** Where a relation or mention is supported. */
export interface Evidence {
  article: string;
  start: number;
  end: number;
  /** The sentence (or span) text. */
  text: string;
  /** The article's date, or a date in the sentence (e.g. `1996`). */
  date: string | null;
}

export type NodeKind = EntityType | 'article';

/** A node of the graph: an entity (or, optionally, an article). */
export interface GraphNode {
  id: string;
  type: NodeKind;
  name: string;
  aliases: string[];
  /** Number of mentions across all articles. */
  mentions: number;
  /** Ids of the articles that mention it. */
  articles: string[];
  degree: number;
  weightedDegree: number;
  note?: string;
  tags?: string[];
  /** `#RRGGBB` */
  color?: string;
  /** Gazetteer code (places). */
  code?: string;
  /** True when the user added it by hand. */
  manual?: boolean;
  /** A position the user pinned. */
  position?: { x: number; y: number };
  /** First and last dates of the articles that mention it. */
  firstDate?: string | null;
  lastDate?: string | null;
}

/** A typed edge of the graph with all its evidence. */
export interface GraphEdge {
  id: string;
  type: RelationType;
  source: string;
  target: string;
  label: string;
  weight: number;
  /** All its evidence; empty in lean graph payloads (`getGraph`), where `evidenceCount` tells how many there are. */
  evidence: Evidence[];
  /** How many pieces of evidence the edge has (set in lean payloads; equals `evidence.length` otherwise). */
  evidenceCount?: number;
  firstDate: string | null;
  lastDate: string | null;
  attrs?: Record<string, string | number>;
  manual?: boolean;
}

export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A view of the graph: what to keep. Every field is optional; empty means everything. */
export interface GraphFilter {
  types?: EntityType[];
  relationTypes?: RelationType[];
  minWeight?: number;
  /** ISO dates, inclusive. */
  dateFrom?: string;
  dateTo?: string;
  /** Only entities and evidence from these articles. */
  articles?: string[];
  /** Add article nodes with `mentions` and `reported_by` edges. */
  includeArticles?: boolean;
  /** Keep `co_occurs` edges (default true). */
  includeCoOccurs?: boolean;
  /** Only the neighbourhood of these nodes to this depth. */
  focus?: { ids: string[]; depth: number };
  /** Keep at most this many nodes, the highest by weighted degree. */
  limit?: number;
  /** With a date range: also keep what undated articles support. */
  includeUndated?: boolean;
  /** Drop edges inferred from a name or the gazetteer (those with `attrs.via`). */
  excludeInferred?: boolean;
}

/** Summary of an entity, as `zhitu entities --json` prints it. */
export interface EntitySummary {
  id: string;
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
  articles: string[];
  note?: string;
  tags?: string[];
  color?: string;
}

/** A typed relation, as `zhitu relations --json` prints it: the edge's identity, weight and all its evidence. */
export type RelationSummary = Pick<GraphEdge, 'id' | 'type' | 'source' | 'target' | 'label' | 'weight' | 'evidence'>;

/** One mention of an entity with its sentence, for the details panel. */
export interface MentionEvidence extends Evidence {
  /** Offsets of the mention itself in the article text. */
  mentionStart: number;
  mentionEnd: number;
  surface: string;
}

/** Everything the details panel shows about one entity. */
export interface EntityDetails {
  node: GraphNode;
  /**
   * Its relations (not co_occurs unless asked), each with the other end's id, name and type, and
   * with their evidence; a node whose relations have more than 100 pieces of evidence in all gets
   * them without (`evidence` empty, `evidenceCount` set): `getEdge` gives one relation's evidence.
   */
  relations: Array<GraphEdge & { otherId: string; otherName: string; otherType: NodeKind; direction: 'out' | 'in' }>;
  mentions: MentionEvidence[];
  /** All its mentions (`mentions` may be a page of them). */
  mentionCount?: number;
  /** Mentions per month (`YYYY-MM`), in order, months without mentions included. */
  timeline?: Array<{ period: string; mentions: number }>;
}

export interface Stats {
  articles: number;
  entities: Record<EntityType, number>;
  relations: Partial<Record<RelationType, number>>;
}

export interface SkippedFile {
  path: string;
  reason: string;
}

export interface ImportResult {
  files: number;
  articles: { added: number; unchanged: number };
  entities: number;
  relations: number;
  skipped: SkippedFile[];
  /** Ids of the articles added by this import. */
  addedIds?: string[];
  cancelled?: boolean;
}

/** Progress of long work, sent to the UI and the CLI. */
export interface Progress {
  task: 'import' | 'extract' | 'reextract' | 'export';
  done: number;
  total: number;
  /** The file or article being handled. */
  current?: string;
}

/** A user's correction or annotation. Stored in order in the edit log and replayed on extraction. */
export type EditOp =
  | { op: 'annotate'; id: string; note?: string | null; tags?: string[]; color?: string | null }
  | { op: 'rename'; id: string; name: string }
  | { op: 'retype'; id: string; type: EntityType }
  | { op: 'merge'; target: string; sources: string[] }
  | { op: 'splitAlias'; id: string; alias: string }
  /** `name`/`type`: what the entity was called, recorded with the edit so the name stays blocked after re-extraction. */
  | { op: 'delete'; id: string; name?: string; type?: EntityType }
  | { op: 'addNode'; type: EntityType; name: string }
  | { op: 'addEdge'; source: string; target: string; type: RelationType; label: string }
  | { op: 'deleteEdge'; id: string }
  /** Sets (or, with null, clears) the user's date of an article; its `dateSource` becomes `user`. */
  | { op: 'setDate'; article: string; date: string | null }
  /** Removes articles from the graph (undo brings them back); `source` records the file named, if any. */
  | { op: 'removeArticles'; ids: string[]; source?: string };

/** An edit as stored: the operation, when it was made, and its place in the log. */
/**
 * An edit as the log stores it. Edits made by one user action (a bulk delete from the table) share
 * a `group`: undo and redo step over the whole group at once. Logs written before groups have none.
 */
export type StoredEdit = EditOp & { seq: number; at: string; group?: string };

/** An edit whose target no longer exists after re-extraction: kept, and reported. */
export interface OrphanEdit {
  seq: number;
  op: EditOp['op'];
  reason: string;
}

export interface EditResult {
  /** The id of the entity or edge the edit produced or changed. */
  id?: string;
  canUndo: boolean;
  canRedo: boolean;
}

/** What a batch of edits (`applyEdits`) did: the id each edit changed or made, in order (null for none). */
export interface EditsResult {
  ids: Array<string | null>;
  canUndo: boolean;
  canRedo: boolean;
}

export interface WorkspaceInfo {
  dir: string;
  schemaVersion: number;
  articles: number;
  entities: number;
  relations: number;
  canUndo: boolean;
  canRedo: boolean;
  /** Edits whose targets vanished on re-extraction. */
  orphans: OrphanEdit[];
  /** Messages about recovery from corrupt files on open (file kept aside, backup restored). */
  warnings: string[];
  /** The repairs behind those messages, one per repaired file. */
  repairs?: Repair[];
}

/** A workspace file found damaged or missing, and what the store did about it. */
export interface Repair {
  /** The file, relative to the workspace folder (`edits.json`). */
  file: string;
  /** What was wrong with it (`not valid JSON (...)`, `the file is missing`). */
  damage: string;
  /** The backup restored (relative to the workspace folder), or null when the file was started afresh. */
  restoredFrom: string | null;
  /** Where the damaged copy is kept (relative to the workspace folder), or null when there was no file. */
  keptAt: string | null;
  /** What follows for the user, when something does (`extraction will be rebuilt from the articles`). */
  consequence?: string;
}

export const EXPORT_FORMATS = ['gexf', 'graphml', 'csv', 'cyjs', 'json', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** Export only what this filter keeps (default: the whole graph). */
  filter?: GraphFilter;
  /** Add article nodes and their mentions/reported_by edges. */
  includeArticles?: boolean;
  /** Keep co-occurrence edges (default true). */
  includeCoOccurs?: boolean;
}

/** One file an export produces. */
export interface ExportFile {
  name: string;
  mime: string;
  content: string;
}

/**
 * One file of an export made a piece at a time: `chunks()` yields its text in order. For the
 * Node-side shells only (it is not plain data): they write or send it as it is produced.
 */
export interface ExportFileStream {
  name: string;
  mime: string;
  chunks: () => Iterable<string>;
}

/** A file sent from the page (drag-and-drop or a file input): its name and bytes as base64. */
export interface UploadedFile {
  name: string;
  base64: string;
}

/** Centrality and community of one entity, computed on the graph that `AnalyticsResult.graph` describes. */
export interface EntityMetrics {
  id: string;
  name: string;
  type: EntityType;
  degree: number;
  weightedDegree: number;
  /** Normalised as NetworkX does for an undirected graph. */
  betweenness: number;
  /** Damping 0.85. */
  pagerank: number;
  /** Community id (Louvain), or -1 for an entity without edges in the analysed graph. */
  community: number;
}

/** What `analyze` returns: which graph was measured, its communities and a row per entity. */
export interface AnalyticsResult {
  /** The graph the numbers are computed on: undirected, multi-edges between two entities collapsed into one. */
  graph: { nodes: number; edges: number; directed: false; weighted: boolean; coOccurs: boolean };
  modularity: number;
  /** Largest first; `top` names its most central members. */
  communities: Array<{ id: number; size: number; top: string[] }>;
  /** Ranked by PageRank, highest first. */
  entities: EntityMetrics[];
  /** Set when betweenness is estimated from this many sampled sources (large graphs); exact otherwise. */
  betweennessSources?: number;
}

export type TimelineBucket = 'day' | 'week' | 'month';

/** Articles and entity mentions per period, for the timeline's histogram. */
export interface Timeline {
  bucket: TimelineBucket;
  /**
   * Periods in order; `start` is the period's first day (ISO), `mentions` counts the entity
   * mentions in its articles. Empty periods between the first and last are included.
   */
  periods: Array<{ start: string; articles: number; mentions: number }>;
  /** Articles without a date (never shown in a period). */
  undated: number;
}

/** One step of a path: the edge taken between two consecutive nodes, with a little of its evidence. */
export interface PathStep {
  from: string;
  to: string;
  edge: { id: string; type: RelationType; label: string; weight: number; direction: 'forward' | 'backward' | 'undirected' };
  evidence: Evidence[];
}

/** A path between two entities, as node ids and the steps between them. */
export interface PathResult {
  nodes: string[];
  steps: PathStep[];
}

/** An article that matches a full-text search, with the hits marked in short snippets. */
export interface ArticleSearchHit {
  article: string;
  title: string;
  date: string | null;
  hits: number;
  /** Up to a few snippets; `ranges` are offsets of the hits inside `text`. */
  snippets: Array<{ text: string; start: number; ranges: Array<{ start: number; end: number }> }>;
}

/** Entities that look like one and the same, offered for merging. */
export interface DuplicateSuggestion {
  ids: string[];
  names: string[];
  type: EntityType;
  /** Why they look alike, e.g. `place prefix`, `short form`. */
  reason: string;
}

/** A named view of the explorer, kept in the workspace. */
export interface SavedView {
  name: string;
  filter: GraphFilter;
  /** Selected node ids. */
  selection: string[];
  /** Node positions of the view's layout. */
  positions?: Record<string, { x: number; y: number }>;
  layout?: string;
  sizeBy?: 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'mentions';
  colorBy?: 'type' | 'community';
  /** The area that was visible, in the positions' units: reopening shows this area (zoom and pan). */
  viewport?: { x1: number; y1: number; x2: number; y2: number };
  savedAt: string;
}
