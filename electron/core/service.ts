import type { ExtractOutput, ZhituCoreApi } from '../shared/api';
import type { Article, ArticleSummary, EditResult, ExportFile, GraphData, GraphFilter, ImportResult, Progress, Repair, WorkspaceInfo } from '../shared/types';
import { applyExportOptions, exportGraph, writeExport } from './export';
import {
  GraphCache,
  entityDetails,
  filterGraph,
  graphStats,
  listEntities,
  listRelations,
  missingTarget,
  resultId,
  shortestPath,
  userLexiconFromEdits,
  withContext,
  type BuiltGraph,
  type GraphInput,
} from './graph';
import { analyzeGraph } from './graph/analytics-cache';
import { editedArticles, resolveArticleEdit } from './graph/article-edits';
import { duplicateSuggestions } from './graph/duplicates';
import { findPaths } from './graph/paths';
import { searchArticles } from './graph/search';
import { articleInFilter, articleSummary, mentionTimeline, timeline } from './graph/timeline';
import { withView, withoutView } from './graph/views';
import { loadAppLexicons } from './extract/lexicons';
import { extractWith } from './pipeline/extract-text';
import { DEFAULT_MAX_BYTES, readSources, sourcesFromPaths, type ImportSource } from './pipeline/import';
import { createInProcessRunner, lexiconKey, type ExtractionRunner } from './pipeline/runner';
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
 * Opens the workspace and returns the service. Articles whose extraction is missing (a new
 * extractor version, or a damaged extraction file) are extracted again before it returns.
 */
export async function openZhitu(options: ZhituOptions): Promise<Zhitu> {
  const ws = await Workspace.open(options.dir, { create: options.create, onRepair: options.onRepair, lock: options.lock });
  const runner = options.runner ?? createInProcessRunner();
  const service = new ZhituService(ws, runner, options.maxBytes ?? DEFAULT_MAX_BYTES);
  await service.refreshStaleExtractions();
  return service;
}

class ZhituService implements Zhitu {
  /** Aggregated articles and extraction results, reused by every rebuild after an edit. */
  private readonly graphs = new GraphCache();
  /** The graph of the current edit log and positions; null when it must be built again. */
  private built: BuiltGraph | null = null;
  private listeners = new Set<(p: Progress) => void>();
  private cancelRequested = false;
  private busy: Promise<unknown> = Promise.resolve();
  private syncing: Promise<boolean> | null = null;

  constructor(
    private readonly ws: Workspace,
    private readonly runner: ExtractionRunner,
    private readonly maxBytes: number,
  ) {}

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
        if (changed.includes('articles') || changed.includes('extraction')) this.extractionChanged();
        else if (changed.length > 0) this.built = null;
        return changed.length > 0;
      })
      .finally(() => {
        this.syncing = null;
      });
    return this.syncing;
  }

  private emit(progress: Progress): void {
    for (const listener of this.listeners) listener(progress);
  }

  onProgress(listener: (progress: Progress) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private input(): GraphInput {
    return {
      articles: this.ws.articles(),
      extractions: this.ws.extractions(),
      edits: this.ws.activeEdits(),
      positions: this.ws.positions(),
    };
  }

  private graph(): BuiltGraph {
    this.built ??= this.graphs.build(this.input());
    return this.built;
  }

  /** After the articles or their extraction results changed: aggregate them again. */
  private extractionChanged(): void {
    this.graphs.reset();
    this.built = null;
  }

  private lexicon() {
    return userLexiconFromEdits(this.ws.activeEdits(), this.graph().graph);
  }

  /** Extracts articles that have no stored result, or one from another extractor version. */
  async refreshStaleExtractions(): Promise<void> {
    const results = this.ws.extractions();
    const stale = this.ws.extractorVersion() !== this.runner.version;
    const missing = this.ws.articles().filter((a) => stale || !results[a.id]);
    if (missing.length === 0) return;
    await this.serial(async () => {
      // The user's names (the lexicon) are read off the graph, which lacks these articles until
      // they are extracted: extract, then once more if the lexicon read off the new graph differs.
      for (let pass = 0; pass < 2; pass++) {
        const lexicon = lexiconKey(this.lexicon());
        const fresh = await this.extract(missing, 'extract');
        await this.ws.replaceExtractions(stale ? fresh : { ...results, ...fresh }, this.runner.version);
        this.extractionChanged();
        if (lexiconKey(this.lexicon()) === lexicon) break;
      }
    });
  }

  private async extract(articles: Article[], task: Progress['task']) {
    const total = articles.length;
    this.emit({ task, done: 0, total });
    const results = await this.runner.run(
      articles.map((a) => ({ id: a.id, text: a.text })),
      this.lexicon(),
      (done) => this.emit({ task, done, total, current: articles[Math.min(done, total - 1)]?.title }),
      () => this.cancelRequested,
    );
    this.emit({ task, done: Object.keys(results).length, total });
    return results;
  }

  private importSources(sources: ImportSource[], preSkipped: ImportResult['skipped'], pageDate?: string): Promise<ImportResult> {
    return this.serial(async () => {
      this.cancelRequested = false;
      const known = new Set(this.ws.articles().map((a) => a.id));
      const read = await readSources(sources, known, {
        maxBytes: this.maxBytes,
        onFile: (done, current) => this.emit({ task: 'import', done, total: sources.length, current }),
        shouldStop: () => this.cancelRequested,
        pageDate,
      });
      const results = await this.extract(read.added, 'extract');
      // On cancel, keep only the articles whose extraction finished: nothing half-done is stored.
      const added = read.added.filter((a) => results[a.id]);
      await this.ws.addArticles(added, results, this.runner.version);
      // Nothing new (all files known, or cancelled early): the aggregation still holds.
      if (added.length > 0) this.extractionChanged();
      const graph = this.graph().graph;
      const cancelled = read.cancelled || added.length < read.added.length;
      return {
        files: read.files,
        articles: { added: added.length, unchanged: read.unchanged },
        entities: graph.nodes.filter((n) => n.type !== 'article').length,
        relations: listRelations(graph).length,
        skipped: [...preSkipped, ...read.skipped],
        addedIds: added.map((a) => a.id),
        ...(cancelled ? { cancelled: true } : {}),
      };
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
    const built = this.graph();
    return {
      dir: this.ws.dir,
      schemaVersion: this.ws.schemaVersion,
      articles: this.articles().length,
      entities: built.graph.nodes.filter((n) => n.type !== 'article').length,
      relations: listRelations(built.graph).length,
      canUndo: this.ws.canUndo(),
      canRedo: this.ws.canRedo(),
      orphans: built.orphans,
      warnings: this.ws.warnings,
      repairs: this.ws.repairs,
    };
  }

  /** The stored articles as the user's date edits and removals leave them. */
  private articles(): Article[] {
    return editedArticles(this.ws.articles(), this.ws.activeEdits());
  }

  /** The graph as a filter leaves it, article nodes and their edges kept (the whole graph without a filter). */
  private scoped(filter: GraphFilter | undefined): GraphData {
    const graph = this.graph().graph;
    return filter ? filterGraph(graph, { ...filter, includeArticles: true }) : graph;
  }

  async listArticles({ filter }: { filter?: GraphFilter } = {}): Promise<ArticleSummary[]> {
    return this.articles().filter((a) => articleInFilter(a, filter)).map(articleSummary);
  }

  async getArticle({ id }: { id: string }): Promise<Article> {
    const article = this.articles().find((a) => a.id === id);
    if (!article) throw new Error(`no article with id ${id}`);
    return article;
  }

  async listEntities({ type, filter }: { type?: Parameters<typeof listEntities>[1]; filter?: GraphFilter } = {}) {
    return listEntities(this.scoped(filter), type);
  }

  async listRelations({ filter }: { filter?: GraphFilter } = {}) {
    return listRelations(this.scoped(filter));
  }

  async stats({ filter }: { filter?: GraphFilter } = {}) {
    const articles = filter ? this.articles().filter((a) => articleInFilter(a, filter)).length : this.articles().length;
    return graphStats(this.scoped(filter), articles);
  }

  async analyze(args: Parameters<Zhitu['analyze']>[0]) {
    return analyzeGraph(this.graph().graph, args ?? {});
  }

  async timeline({ filter, bucket }: Parameters<Zhitu['timeline']>[0]) {
    return timeline(this.articles(), bucket, filter);
  }

  async findPaths({ source, target, k, filter }: Parameters<Zhitu['findPaths']>[0]) {
    return findPaths(filterGraph(this.graph().graph, filter ?? {}), source, target, k);
  }

  async searchArticles({ query, limit }: Parameters<Zhitu['searchArticles']>[0]) {
    return searchArticles(this.articles(), query, limit);
  }

  async duplicateSuggestions({ limit }: { limit?: number } = {}) {
    return duplicateSuggestions(this.graph().graph, { shortForms: loadAppLexicons().unionAbbreviations, edits: this.ws.activeEdits(), limit });
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

  async getGraph({ filter }: { filter?: Parameters<typeof filterGraph>[1] } = {}): Promise<GraphData> {
    return filterGraph(this.graph().graph, filter ?? {});
  }

  async getEntity({ id }: { id: string }) {
    const details = entityDetails(this.graph(), this.input(), id);
    return { ...details, mentionCount: details.mentions.length, timeline: mentionTimeline(details.mentions.map((m) => m.date)) };
  }

  async shortestPath({ source, target, filter }: { source: string; target: string; filter?: Parameters<typeof filterGraph>[1] }) {
    return shortestPath(filterGraph(this.graph().graph, filter ?? {}), source, target);
  }

  private state(id?: string): EditResult {
    return { ...(id ? { id } : {}), canUndo: this.ws.canUndo(), canRedo: this.ws.canRedo() };
  }

  async edit({ op: given }: { op: Parameters<Workspace['appendEdit']>[0] }): Promise<EditResult> {
    return this.serial(async () => {
      const graph = this.graph().graph;
      const op = resolveArticleEdit(this.articles(), given);
      const missing = missingTarget(graph, op);
      if (missing) throw new Error(`${op.op}: ${missing}`);
      const stored = await this.ws.appendEdit(withContext(graph, op));
      this.built = null;
      const orphan = this.graph().orphans.find((o) => o.seq === stored.seq);
      if (orphan) {
        // The edit names something that does not exist: take it back and say why.
        await this.ws.discardLast();
        this.built = null;
        throw new Error(`${op.op}: ${orphan.reason}`);
      }
      return this.state(resultId(op));
    });
  }

  async undo(): Promise<EditResult> {
    return this.serial(async () => {
      await this.ws.undo();
      this.built = null;
      return this.state();
    });
  }

  async redo(): Promise<EditResult> {
    return this.serial(async () => {
      await this.ws.redo();
      this.built = null;
      return this.state();
    });
  }

  async reextract(): Promise<WorkspaceInfo> {
    await this.serial(async () => {
      this.cancelRequested = false;
      const results = await this.extract(this.ws.articles(), 'reextract');
      await this.ws.replaceExtractions(results, this.runner.version);
      this.extractionChanged();
    });
    return this.workspaceInfo();
  }

  async savePositions({ positions }: { positions: Record<string, { x: number; y: number }> }): Promise<void> {
    await this.serial(async () => {
      await this.ws.savePositions(positions);
      this.built = null;
    });
  }

  async exportGraph({ format, options }: Parameters<Zhitu['exportGraph']>[0]): Promise<ExportFile[]> {
    const opts = options ?? {};
    const filtered = filterGraph(this.graph().graph, {
      ...(opts.filter ?? {}),
      includeArticles: opts.includeArticles ?? opts.filter?.includeArticles ?? false,
      includeCoOccurs: opts.includeCoOccurs ?? opts.filter?.includeCoOccurs ?? true,
    });
    const graph = applyExportOptions(filtered, opts);
    return exportGraph(graph, format, { articles: await this.listArticles() });
  }

  async exportToPath({ format, out, options }: Parameters<Zhitu['exportToPath']>[0]): Promise<string[]> {
    const files = await this.exportGraph({ format, options });
    return writeExport(files, out, format);
  }

  async extractText({ text, split }: { text: string; split?: boolean }): Promise<ExtractOutput[]> {
    return extractWith(this.runner, [{ text }], split ?? true, this.lexicon());
  }

  async close(): Promise<void> {
    await this.busy;
    await this.runner.close();
  }
}
