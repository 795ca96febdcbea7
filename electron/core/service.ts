import type { ExtractOutput, ZhituCoreApi } from '../shared/api';
import { newEditGroup } from '../shared/edit-group';
import type { Article, ArticleSummary, EditOp, EditResult, EditsResult, ExportFile, ExportFileStream, ExportOptions, GraphData, GraphEdge, GraphFilter, ImportResult, Progress, Repair, WorkspaceInfo } from '../shared/types';
import { applyExportOptions, exportGraph, streamExport, writeExportStreams, type ExportContext, type ExportGraph } from './export';
import { snapshotExport, snapshotExportable } from './pipeline/export-source';
import { loadAppLexicons } from './extract/lexicons';
import { filterGraph, graphStats, listEntities, listRelations, shortestPath, type BuiltGraph } from './graph';
import { analyzeGraph } from './graph/analytics-cache';
import { editedArticles, resolveArticleEdit } from './graph/article-edits';
import { duplicateSuggestions } from './graph/duplicates';
import { findPaths } from './graph/paths';
import { searchArticles } from './graph/search';
import { articleInFilter, articleSummary, mentionsPerArticle, timeline } from './graph/timeline';
import { withView, withoutView } from './graph/views';
import { compactResult } from './graph/co-occurs';
import { NODE_KINDS } from './graph/snapshot-model';
import { placeNodes } from './graph/snapshot-graph';
import { selectTop, selectView, tablesAnswer, topAnswers, viewData } from './graph/snapshot-view';
import { edgeDetails, entityDetails } from './pipeline/details';
import { applyEdit, applyEdits } from './pipeline/edits';
import { extractWith } from './pipeline/extract-text';
import { DEFAULT_MAX_BYTES, sourcesFromPaths, type ImportSource } from './pipeline/import';
import { storedSourceFor } from './pipeline/source-name';
import { importInBatches } from './pipeline/import-batches';
import { createInProcessRunner, lexiconKey, type ExtractionRunner } from './pipeline/runner';
import { StaleSnapshot } from './pipeline/snapshot-reader';
import { WorkspaceGraph } from './pipeline/workspace-graph';
import { articleIds } from './graph/snapshot-decode';
import { Workspace, type LockOptions } from './store';

export interface ZhituOptions {
  /** The workspace folder. */
  dir: string;
  /** Create the workspace when it does not exist (import does; listing does not). */
  create?: boolean;
  /** Where extraction runs; in this process by default. */
  runner?: ExtractionRunner;
  /** Largest file accepted on import, in bytes. */
  maxBytes?: number;
  /** Told of each repaired workspace file (on open, and when one is found damaged later). */
  onRepair?: (repair: Repair) => void;
  /** How long a writer waits for another process that holds the workspace. */
  lock?: LockOptions;
}

/** The core service over one workspace: what every shell calls. */
export type Zhitu = ZhituCoreApi;

/**
 * Opens the workspace (migrating an older one) and returns the service. Shards extracted by
 * another extractor version (or whose results were lost) are extracted again before it returns.
 */
export async function openZhitu(options: ZhituOptions): Promise<Zhitu> {
  const ws = await Workspace.open(options.dir, { create: options.create, onRepair: options.onRepair, lock: options.lock, compact: (a, r) => compactResult(a.text, r) });
  const runner = options.runner ?? createInProcessRunner();
  const service = new ZhituService(ws, runner, options.maxBytes ?? DEFAULT_MAX_BYTES);
  await service.refreshStaleExtractions();
  return service;
}

/** Lean edges: no evidence, its count instead. */
function lean(graph: GraphData): GraphData {
  return { nodes: graph.nodes, edges: graph.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidenceCount ?? e.evidence.length })) };
}

class ZhituService implements Zhitu {
  private readonly graph: WorkspaceGraph;
  private listeners = new Set<(p: Progress) => void>();
  private cancelRequested = false;
  private busy: Promise<unknown> = Promise.resolve();
  private syncing: Promise<boolean> | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly runner: ExtractionRunner,
    private readonly maxBytes: number,
  ) {
    this.graph = new WorkspaceGraph(ws);
  }

  // Writes run one at a time, in order, so that two edits never interleave their log writes.
  private serial<T>(task: () => Promise<T>): Promise<T> {
    const next = this.busy.then(task, task);
    this.busy = next.catch(() => undefined);
    return next;
  }

  /**
   * Takes in what other processes (the CLI, another window) wrote to the workspace since this one
   * last looked: a stat of each file, a read of the changed ones. Shells call it before each
   * request. Returns true when something changed.
   */
  sync(): Promise<boolean> {
    this.syncing ??= this.ws
      .refresh()
      .then((changed) => {
        // New shards or edits: the snapshot in force (and what was built from it) is read again; positions are read per request.
        if (changed.some((role) => role !== 'view')) this.graph.forget();
        return changed.length > 0;
      })
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  /**
   * Runs a read, and once more on the snapshot in force when the build it was reading was
   * replaced and removed meanwhile by another process (a part of it is gone).
   */
  private async reading<T>(task: () => Promise<T>): Promise<T> {
    try {
      return await task();
    } catch (error) {
      if (!(error instanceof StaleSnapshot)) throw error;
      this.graph.forget();
      return task();
    }
  }

  private emit(progress: Progress): void {
    for (const listener of this.listeners) listener(progress);
  }

  onProgress(listener: (progress: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** The whole current graph with pinned positions (`full`: with evidence and mentions). */
  private async whole(mode: 'lean' | 'full'): Promise<BuiltGraph> {
    const built = await this.graph.graph(mode);
    const nodes = built.graph.nodes.slice();
    placeNodes(nodes, this.ws.positions());
    return { ...built, graph: { nodes, edges: built.graph.edges } };
  }

  /** Extracts again the shards extracted by another extractor version (or whose results were lost). */
  async refreshStaleExtractions(): Promise<void> {
    const damaged = new Set((await this.ws.damagedResults()).map((s) => s.id));
    const stale = this.ws.shards().filter((s) => damaged.has(s.id) || s.extractorVersion !== this.runner.version);
    if (stale.length === 0) return;
    for (const id of damaged) this.graph.pending.add(id);
    try {
      await this.serial(() => this.extractShards(stale, 'extract'));
    } finally {
      this.graph.pending.clear();
    }
  }

  private async extractShards(shards: ReturnType<Workspace['shards']>, task: Progress['task']): Promise<void> {
    // The user's names (the lexicon) are read off the graph, which changes with the results:
    // extract, then once more if the lexicon read off the new graph differs.
    for (let pass = 0; pass < 2; pass++) {
      const lexicon = await this.graph.lexicon();
      const updates = [];
      const total = shards.reduce((n, s) => n + s.articles, 0);
      let done = 0;
      for (const shard of shards) {
        const articles = await this.ws.readArticles(shard);
        const results = await this.extract(articles, lexicon, task, done, total);
        if (Object.keys(results).length < articles.length) return;
        updates.push({ shard, results: articles.map((a) => compactResult(a.text, results[a.id])) });
        done += articles.length;
      }
      await this.ws.replaceResults(updates, this.runner.version);
      // Their results are whole again: aggregate them from now on.
      for (const { shard } of updates) this.graph.pending.delete(shard.id);
      this.graph.forget();
      if (lexiconKey(await this.graph.lexicon()) === lexiconKey(lexicon)) break;
      shards = this.ws.shards();
    }
  }

  private async extract(articles: Article[], lexicon: Awaited<ReturnType<WorkspaceGraph['lexicon']>>, task: Progress['task'], before = 0, total = articles.length) {
    this.emit({ task, done: before, total });
    const results = await this.runner.run(
      articles.map((a) => ({ id: a.id, text: a.text, source: a.source })),
      lexicon,
      (done) => this.emit({ task, done: before + done, total, current: articles[Math.min(done, articles.length - 1)]?.title }),
      () => this.cancelRequested,
    );
    this.emit({ task, done: before + Object.keys(results).length, total });
    return results;
  }

  private importSources(sources: ImportSource[], preSkipped: ImportResult['skipped'], pageDate?: string): Promise<ImportResult> {
    return this.serial(async () => {
      this.cancelRequested = false;
      const lexicon = await this.graph.lexicon();
      const ctx = { ws: this.ws, graph: this.graph, runner: this.runner, lexicon, maxBytes: this.maxBytes, pageDate, emit: (p: Progress) => this.emit(p), shouldStop: () => this.cancelRequested };
      return importInBatches(ctx, sources, preSkipped);
    });
  }

  async importPaths({ paths, pageDate }: { paths: string[]; pageDate?: string }): Promise<ImportResult> {
    const { sources, skipped } = await sourcesFromPaths(paths);
    return this.importSources(sources, skipped, pageDate);
  }

  async importUploads({ files, pageDate }: { files: { name: string; base64: string }[]; pageDate?: string }): Promise<ImportResult> {
    const sources: ImportSource[] = files.map((f) => ({
      kind: 'bytes',
      // Only the base name: a path from the page is never trusted or used.
      name: f.name.split(/[\\/]/).pop() || 'upload',
      bytes: Buffer.from(f.base64, 'base64'),
    }));
    return this.importSources(sources, [], pageDate);
  }

  async cancelImport(): Promise<void> {
    this.cancelRequested = true;
  }

  async workspaceInfo(): Promise<WorkspaceInfo> {
    return this.reading(async () => {
      const { summary } = (await this.graph.current()).reader;
      return {
        dir: this.ws.dir,
        schemaVersion: this.ws.schemaVersion,
        articles: summary.stats.articles,
        entities: summary.entities,
        relations: summary.relations,
        canUndo: this.ws.canUndo(),
        canRedo: this.ws.canRedo(),
        orphans: summary.orphans,
        warnings: this.ws.warnings,
        repairs: this.ws.repairs,
      };
    });
  }

  /** The whole graph as a filter leaves it, article nodes and their edges kept (the whole graph without a filter). */
  private async scoped(filter: GraphFilter | undefined, mode: 'lean' | 'full'): Promise<GraphData> {
    const { graph } = await this.whole(mode);
    return filter ? filterGraph(graph, { ...filter, includeArticles: true }) : graph;
  }

  async listArticles({ filter }: { filter?: GraphFilter } = {}): Promise<ArticleSummary[]> {
    return this.reading(async () => {
      // The snapshot's table holds the articles as the edits leave them, without their texts.
      const { rows } = await (await this.graph.current()).reader.articles();
      return rows.filter((a) => articleInFilter(a as Article, filter)).map((a) => articleSummary(a as Article));
    });
  }

  async getArticle({ id }: { id: string }): Promise<Article> {
    return this.reading(async () => {
      // One shard read (the locator knows which), then the user's article edits on it.
      const stored = await this.ws.article(id);
      const article = stored ? editedArticles([stored], this.ws.activeEdits())[0] : undefined;
      if (!article) throw new Error(`no article with id ${id}`);
      return article;
    });
  }

  async listEntities({ type, filter }: { type?: Parameters<typeof listEntities>[1]; filter?: GraphFilter } = {}) {
    return this.reading(async () => {
      return listEntities(await this.scoped(filter, filter ? 'full' : 'lean'), type);
    });
  }

  async listRelations({ filter }: { filter?: GraphFilter } = {}) {
    return this.reading(async () => {
      return listRelations(await this.scoped(filter, 'full'));
    });
  }

  async stats({ filter }: { filter?: GraphFilter } = {}) {
    return this.reading(async () => {
      if (filter) {
        const articles = (await this.listArticles({ filter })).length;
        return graphStats(await this.scoped(filter, 'full'), articles);
      }
      const { reader, tail } = await this.graph.current();
      if (!tail.some((e) => e.op === 'retype')) return reader.summary.stats;
      // A retype on top of the snapshot moves an entity between types: count the types again.
      const nodes = await this.graph.nodes();
      const { stats } = reader.summary;
      const entities = { ...stats.entities };
      for (const k of Object.keys(entities) as Array<keyof typeof entities>) entities[k] = 0;
      for (const t of nodes.type) {
        const kind = NODE_KINDS[t];
        if (kind !== 'article') entities[kind]++;
      }
      return { ...stats, entities };
    });
  }

  async analyze(args: Parameters<Zhitu['analyze']>[0]) {
    return this.reading(async () => {
      return analyzeGraph((await this.whole('lean')).graph, args ?? {});
    });
  }

  async timeline({ filter, bucket }: Parameters<Zhitu['timeline']>[0]) {
    return this.reading(async () => {
      const { reader } = await this.graph.current();
      const [{ rows }, nodes, mentionEdges] = await Promise.all([reader.articles(), reader.nodes(), reader.mentionEdges()]);
      const mentions = mentionsPerArticle(Array.from(mentionEdges.source, (row, i) => ({ source: nodes.id[row], weight: mentionEdges.weight[i] })));
      return timeline(rows as Article[], bucket, filter, mentions);
    });
  }

  async findPaths({ source, target, k, filter }: Parameters<Zhitu['findPaths']>[0]) {
    return this.reading(async () => {
      return findPaths(filterGraph((await this.whole('full')).graph, filter ?? {}), source, target, k);
    });
  }

  async searchArticles({ query, limit }: Parameters<Zhitu['searchArticles']>[0]) {
    return this.reading(async () => {
      return searchArticles(await this.graph.articles(), query, limit);
    });
  }

  async duplicateSuggestions({ limit }: { limit?: number } = {}) {
    return this.reading(async () => {
      return duplicateSuggestions((await this.whole('lean')).graph, { shortForms: loadAppLexicons().unionAbbreviations, edits: this.ws.activeEdits(), limit });
    });
  }

  async listViews() {
    return this.ws.views();
  }

  async saveView({ view }: Parameters<Zhitu['saveView']>[0]) {
    return this.serial(async () => {
      await this.ws.saveViews(withView(this.ws.views(), view));
      return this.ws.views();
    });
  }

  async deleteView({ name }: { name: string }) {
    return this.serial(async () => {
      await this.ws.saveViews(withoutView(this.ws.views(), name));
      return this.ws.views();
    });
  }

  async getGraph({ filter, evidence }: { filter?: Parameters<typeof filterGraph>[1]; evidence?: boolean } = {}): Promise<GraphData> {
    return this.reading(async () => {
      const f = filter ?? {};
      if (!evidence && tablesAnswer(f)) {
        const { reader } = await this.graph.current();
        const nodes = await this.graph.nodes();
        const top = await reader.top();
        // The explorer's first view (only a limit) is kept ready in the snapshot; the rest is computed over the whole tables.
        const edges = topAnswers(f, top) ? await reader.topEdges() : await reader.edges();
        const view = topAnswers(f, top) ? selectTop(top, edges, f.limit as number, nodes.id.length) : selectView(nodes, edges, f);
        const articles = await reader.articleRows();
        const lists = [];
        for (const row of view.nodes) lists.push(articleIds(await reader.nodeArticles(row), articles));
        const data = viewData(nodes, edges, view, lists);
        placeNodes(data.nodes, this.ws.positions());
        return data;
      }
      const filtered = filterGraph((await this.whole(evidence ? 'full' : 'lean')).graph, f);
      return evidence ? filtered : lean(filtered);
    });
  }

  async getEdge({ id }: { id: string }): Promise<GraphEdge> {
    return this.reading(async () => {
      return edgeDetails(this.ws, this.graph, id);
    });
  }

  async getEntity({ id, mentionOffset, mentionLimit }: { id: string; mentionOffset?: number; mentionLimit?: number }) {
    return this.reading(async () => {
      return entityDetails(this.ws, this.graph, id, { mentionOffset, mentionLimit });
    });
  }

  async shortestPath({ source, target, filter }: { source: string; target: string; filter?: Parameters<typeof filterGraph>[1] }) {
    return this.reading(async () => {
      return shortestPath(filterGraph((await this.whole('lean')).graph, filter ?? {}), source, target);
    });
  }

  private state(id?: string): EditResult {
    return { ...(id ? { id } : {}), canUndo: this.ws.canUndo(), canRedo: this.ws.canRedo() };
  }

  /**
   * `remove SOURCE` names the articles of a source file: resolved to their ids before checking.
   * Sources are stored relative to the folder imported: a path the user gives is matched to one.
   */
  private async resolved(given: EditOp): Promise<EditOp> {
    if (given.op !== 'removeArticles' || given.source === undefined) return given;
    const articles = await this.graph.articles();
    const source = storedSourceFor(given.source, articles.map((a) => a.source)) ?? given.source;
    return resolveArticleEdit(articles, { ...given, source });
  }

  async edit({ op: given, group }: { op: EditOp; group?: string }): Promise<EditResult> {
    return this.serial(async () => {
      return this.state(await applyEdit(this.ws, this.graph, await this.resolved(given), group));
    });
  }

  async applyEdits({ ops: given, group }: { ops: EditOp[]; group?: string }): Promise<EditsResult> {
    return this.serial(async () => {
      const ops: EditOp[] = [];
      for (const op of given) ops.push(await this.resolved(op));
      const ids = await applyEdits(this.ws, this.graph, ops, group ?? newEditGroup('core'));
      const { canUndo, canRedo } = this.state();
      return { ids: ids.map((id) => id ?? null), canUndo, canRedo };
    });
  }

  async undo(): Promise<EditResult> {
    return this.serial(async () => {
      await this.ws.undo();
      return this.state();
    });
  }

  async redo(): Promise<EditResult> {
    return this.serial(async () => {
      await this.ws.redo();
      return this.state();
    });
  }

  async reextract(): Promise<WorkspaceInfo> {
    await this.serial(async () => {
      this.cancelRequested = false;
      await this.extractShards(this.ws.shards(), 'reextract');
    });
    return this.workspaceInfo();
  }

  async savePositions({ positions }: { positions: Record<string, { x: number; y: number }> }): Promise<void> {
    await this.serial(() => this.ws.savePositions(positions));
  }

  /**
   * The graph an export writes and its context. A filter that scopes by articles or dates (or
   * asks for a focus or a limit) needs the whole graph, with every edge's evidence; otherwise the
   * export walks the snapshot's edge columns and reads each edge's evidence when it writes the
   * edge (`snapshotExport`): no graph of the corpus is made.
   */
  private async exportSource(opts: ExportOptions): Promise<{ graph: ExportGraph; ctx: ExportContext }> {
    const filter: GraphFilter = {
      ...(opts.filter ?? {}),
      includeArticles: opts.includeArticles ?? opts.filter?.includeArticles ?? false,
      includeCoOccurs: opts.includeCoOccurs ?? opts.filter?.includeCoOccurs ?? true,
    };
    const articles = await this.listArticles();
    if (!snapshotExportable(filter)) return { graph: applyExportOptions(filterGraph((await this.whole('full')).graph, filter), opts), ctx: { articles } };
    const { reader } = await this.graph.current();
    const input = { reader, nodes: await this.graph.nodes(), plainArticles: await this.graph.plainArticles(), positions: this.ws.positions(), filter };
    const { graph, ctx } = await snapshotExport(input);
    return { graph, ctx: { ...ctx, articles } };
  }

  async exportGraph({ format, options }: Parameters<Zhitu['exportGraph']>[0]): Promise<ExportFile[]> {
    return this.reading(async () => {
      const { graph, ctx } = await this.exportSource(options ?? {});
      return exportGraph(graph, format, ctx);
    });
  }

  /** Writes an export to disk as it is produced (see `writeExportStreams`): memory stays bounded by the graph read lean, not by the files. */
  async exportToPath({ format, out, options }: Parameters<Zhitu['exportToPath']>[0]): Promise<string[]> {
    return this.reading(async () => {
      const { graph, ctx } = await this.exportSource(options ?? {});
      return writeExportStreams(streamExport(graph, format, ctx), out, format);
    });
  }

  async exportStreams({ format, options }: Parameters<Zhitu['exportStreams']>[0]): Promise<ExportFileStream[]> {
    return this.reading(async () => {
      const { graph, ctx } = await this.exportSource(options ?? {});
      return streamExport(graph, format, ctx);
    });
  }

  async extractText({ text, split }: { text: string; split?: boolean }): Promise<ExtractOutput[]> {
    return extractWith(this.runner, [{ text }], split ?? true, await this.graph.lexicon());
  }

  async close(): Promise<void> {
    await this.busy;
    await this.runner.close();
  }
}
