import type {
  AnalyticsResult,
  Article,
  ArticleSearchHit,
  DuplicateSuggestion,
  PathResult,
  SavedView,
  ArticleSummary,
  EditOp,
  EditResult,
  EditsResult,
  EntityDetails,
  EntitySummary,
  EntityType,
  ExportFile,
  ExportFileStream,
  ExportFormat,
  ExportOptions,
  ExtractResult,
  GraphData,
  GraphEdge,
  GraphFilter,
  ImportResult,
  Progress,
  RelationSummary,
  Stats,
  Timeline,
  TimelineBucket,
  UploadedFile,
  WorkspaceInfo,
} from './types';

/** What `extract` returns for one input: the page split into articles, or one body. */
export interface ExtractOutput extends ExtractResult {
  id?: string;
}

/**
 * The service that every shell exposes: Electron IPC (via the preload), the loopback HTTP
 * server and the CLI all call the same methods of the core. Every method takes at most one
 * plain-data argument and returns plain data.
 */
export interface ZhituApi {
  workspaceInfo(): Promise<WorkspaceInfo>;
  /** Import files sent by the page (drag-and-drop, file input). */
  importUploads(args: { files: UploadedFile[]; pageDate?: string }): Promise<ImportResult>;
  /** Cancel the running import; files not yet read are left out. */
  cancelImport(): Promise<void>;
  /** The articles (as date edits and removals leave them) in the filter's date range and article list. */
  listArticles(args?: { filter?: GraphFilter }): Promise<ArticleSummary[]>;
  getArticle(args: { id: string }): Promise<Article>;
  listEntities(args: { type?: EntityType; filter?: GraphFilter }): Promise<EntitySummary[]>;
  listRelations(args?: { filter?: GraphFilter }): Promise<RelationSummary[]>;
  stats(args?: { filter?: GraphFilter }): Promise<Stats>;
  /** Centrality and communities of the current graph (undirected, multi-edges collapsed), cached per graph. */
  analyze(args: { filter?: GraphFilter; includeCoOccurs?: boolean }): Promise<AnalyticsResult>;
  /** Articles per day, week or month, with empty periods and the undated count. */
  timeline(args: { filter?: GraphFilter; bucket: TimelineBucket }): Promise<Timeline>;
  /** The k (default 1, at most 10) shortest paths over the filtered graph, with steps and evidence. */
  findPaths(args: { source: string; target: string; k?: number; filter?: GraphFilter }): Promise<PathResult[]>;
  /** Full-text search of article titles and bodies (substrings; whitespace-separated terms all required). */
  searchArticles(args: { query: string; limit?: number }): Promise<{ total: number; hits: ArticleSearchHit[] }>;
  /** Entities that look like one and the same (variants, short forms, place prefixes), to merge. */
  duplicateSuggestions(args?: { limit?: number }): Promise<DuplicateSuggestion[]>;
  /** The workspace's saved views, in the order saved. */
  listViews(): Promise<SavedView[]>;
  /** Saves a view (one of the same name is replaced); returns the views. */
  saveView(args: { view: SavedView }): Promise<SavedView[]>;
  deleteView(args: { name: string }): Promise<SavedView[]>;
  /** The graph a filter keeps; lean by default (edges with `evidence: []` and `evidenceCount`), all evidence with `evidence: true`. */
  getGraph(args: { filter?: GraphFilter; evidence?: boolean }): Promise<GraphData>;
  /** One edge with all its evidence. */
  getEdge(args: { id: string }): Promise<GraphEdge>;
  /** A node's details with a page of its mentions (`mentionCount` tells how many there are; 200 by default). */
  getEntity(args: { id: string; mentionOffset?: number; mentionLimit?: number }): Promise<EntityDetails>;
  /** Node and edge ids of a shortest path, empty when there is none. */
  shortestPath(args: { source: string; target: string; filter?: GraphFilter }): Promise<{ nodes: string[]; edges: string[] }>;
  /**
   * Applies one edit. Edits given the same `group` one after another (one user action over many
   * entities) are undone and redone together, as one step.
   */
  edit(args: { op: EditOp; group?: string }): Promise<EditResult>;
  /**
   * Applies the edits of one user action over many entities (a bulk delete or tag) at once: all
   * are checked first, and one that would be refused refuses the whole batch (nothing applied,
   * the message names it); then they are stored as one group (one undo step) with one log write
   * and one graph rebuild. Without `group`, the core makes one. At most `MAX_EDIT_BATCH` edits;
   * a larger action sends batches that share a `group`.
   */
  applyEdits(args: { ops: EditOp[]; group?: string }): Promise<EditsResult>;
  undo(): Promise<EditResult>;
  redo(): Promise<EditResult>;
  reextract(): Promise<WorkspaceInfo>;
  savePositions(args: { positions: Record<string, { x: number; y: number }> }): Promise<void>;
  exportGraph(args: { format: ExportFormat; options?: ExportOptions }): Promise<ExportFile[]>;
  extractText(args: { text: string; split?: boolean }): Promise<ExtractOutput[]>;
}

export type ApiMethod = keyof ZhituApi;

/** Events pushed from the core to the page. */
export interface ZhituEvents {
  progress: Progress;
  /** The workspace changed (an import from the menu, another workspace opened, undo from the menu). */
  changed: WorkspaceInfo;
  /** A menu command the page must carry out (for example `export`, `undo`, `focus-search`). */
  command: string;
}

/**
 * What the desktop shell adds for the page: work that needs a native dialog in main. The page
 * proposes a name; the path is chosen in the dialog and never returned to the page.
 */
export interface ZhituShellApi {
  /**
   * Saves an export where the user chooses in a save dialog, written as it is made (a format of
   * several files, CSV, into a folder of that name). Resolves to the name saved under, or null
   * when the user cancelled.
   */
  saveExport(args: { format: ExportFormat; options?: ExportOptions; name: string }): Promise<string | null>;
}

/** IPC channel of each shell method. */
export const SHELL_CHANNELS: Record<keyof ZhituShellApi, string> = { saveExport: 'zhitu:export:save' };

/** What the preload exposes as `window.zhitu`: the API plus event subscriptions (and, in the desktop app, the shell's methods). */
export interface ZhituBridge extends ZhituApi, Partial<ZhituShellApi> {
  on<K extends keyof ZhituEvents>(event: K, listener: (payload: ZhituEvents[K]) => void): () => void;
}

/** IPC channel of each method: `zhitu:<domain>:<verb>`. */
export const CHANNELS: Record<ApiMethod, string> = {
  workspaceInfo: 'zhitu:workspace:info',
  importUploads: 'zhitu:import:uploads',
  cancelImport: 'zhitu:import:cancel',
  listArticles: 'zhitu:articles:list',
  getArticle: 'zhitu:articles:get',
  listEntities: 'zhitu:entities:list',
  listRelations: 'zhitu:relations:list',
  stats: 'zhitu:workspace:stats',
  analyze: 'zhitu:graph:analyze',
  timeline: 'zhitu:articles:timeline',
  findPaths: 'zhitu:graph:paths',
  searchArticles: 'zhitu:articles:search',
  duplicateSuggestions: 'zhitu:entities:duplicates',
  listViews: 'zhitu:views:list',
  saveView: 'zhitu:views:save',
  deleteView: 'zhitu:views:delete',
  getGraph: 'zhitu:graph:get',
  getEdge: 'zhitu:graph:edge',
  getEntity: 'zhitu:entities:get',
  shortestPath: 'zhitu:graph:path',
  edit: 'zhitu:edits:apply',
  applyEdits: 'zhitu:edits:batch',
  undo: 'zhitu:edits:undo',
  redo: 'zhitu:edits:redo',
  reextract: 'zhitu:workspace:reextract',
  savePositions: 'zhitu:graph:positions',
  exportGraph: 'zhitu:export:run',
  extractText: 'zhitu:extract:text',
};

/** Event channels, main to page. */
export const EVENT_CHANNELS: Record<keyof ZhituEvents, string> = {
  progress: 'zhitu:event:progress',
  changed: 'zhitu:event:changed',
  command: 'zhitu:event:command',
};

export const API_METHODS = Object.keys(CHANNELS) as ApiMethod[];

/**
 * What the Node-side shells (Electron main, CLI, server) may also ask of the core: work on
 * paths, which never come from the page (main gets them from native dialogs).
 */
export interface ZhituCoreApi extends ZhituApi {
  /** `pageDate`: the page date of every file of this import (the date of articles without their own, `dateSource` `user`). */
  importPaths(args: { paths: string[]; maxBytes?: number; pageDate?: string }): Promise<ImportResult>;
  exportToPath(args: { format: ExportFormat; out: string; options?: ExportOptions }): Promise<string[]>;
  /** The files of an export, each made a piece at a time as it is read (the server's streamed download). */
  exportStreams(args: { format: ExportFormat; options?: ExportOptions }): Promise<ExportFileStream[]>;
  /** Subscribe to progress; returns an unsubscribe function. */
  onProgress(listener: (progress: Progress) => void): () => void;
  /** Takes in what other processes wrote to the workspace; true when something changed (shells call it before each request). */
  sync(): Promise<boolean>;
  close(): Promise<void>;
}
