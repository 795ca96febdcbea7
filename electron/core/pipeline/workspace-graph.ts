import { createHash } from 'node:crypto';
import type { Article, GraphData, StoredEdit } from '../../shared/types';
import { GraphCache, userLexiconFromEdits, type BuiltGraph, type UserLexicon } from '../graph';
import { Aggregation } from '../graph/aggregate';
import { editedArticles } from '../graph/article-edits';
import { expandResult } from '../graph/co-occurs';
import { applyLightEdits } from '../graph/light-edits';
import { nodeAt } from '../graph/snapshot-decode';
import { encodeSnapshot, type EncodeOptions } from '../graph/snapshot-encode';
import { snapshotGraph, type EvidenceMode } from '../graph/snapshot-graph';
import { PARTS, type NodeTable, type SnapshotKey, type SnapshotSummary } from '../graph/snapshot-model';
import type { Workspace } from '../store';
import { SnapshotReader, StaleSnapshot } from './snapshot-reader';

/** A hash of the edits a snapshot replayed. */
function hashEdits(edits: readonly StoredEdit[]): string {
  return createHash('sha256').update(JSON.stringify(edits)).digest('hex').slice(0, 32);
}

function sameEdits(a: readonly StoredEdit[], b: readonly StoredEdit[]): boolean {
  return a.length === b.length && a.every((e, i) => e === b[i]);
}

/** An aggregation of the committed shards and the shards in it, in order. */
export interface StartedAggregation {
  aggregation: Aggregation;
  shards: number[];
  /** The stored articles aggregated (before article edits), in order. */
  plain: Article[];
}

/** The snapshot in force: its reader and the light edits applied on top of it. */
export interface Current {
  reader: SnapshotReader;
  tail: StoredEdit[];
}

/**
 * The graph of a workspace, from its persisted snapshot when that is current (read a part at a
 * time), built otherwise: the shards aggregated once (then kept, for the next edits), the edit
 * log replayed on a copy-on-write layer, and the snapshot written again. Light edits (see
 * `applyLightEdits`) after the snapshot's edits are applied on top at read time and never
 * rewrite it.
 */
export class WorkspaceGraph {
  private readonly cache = new GraphCache();
  /** The stored articles (before article edits), with the catalog key they came from. */
  private plain: { key: string; articles: Article[] } | null = null;
  /** The articles aggregated into the cache (as article edits left them), with the catalog key. */
  private aggregated: { key: string; articles: readonly Article[] } | null = null;
  private reader: SnapshotReader | null = null;
  private patched: { reader: SnapshotReader; tail: StoredEdit[]; nodes: NodeTable } | null = null;
  private whole: { reader: SnapshotReader; tail: StoredEdit[]; mode: EvidenceMode; built: BuiltGraph } | null = null;
  /** Shards whose results are being extracted again (damaged or lost): aggregated without results meanwhile. */
  readonly pending = new Set<number>();
  /** The rebuild under way, which concurrent readers wait for. */
  private rebuilding: Promise<void> | null = null;

  constructor(private readonly ws: Workspace) {}

  /** Forgets what was read (after another process changed the workspace). */
  forget(): void {
    this.reader = null;
    this.patched = null;
    this.whole = null;
    this.ws.graph.refresh();
  }

  /** The edits hashed last and their hash (every read checks the snapshot against the log). */
  private hashed: { edits: readonly StoredEdit[]; hash: string } | null = null;

  private hashOf(edits: readonly StoredEdit[]): string {
    if (this.hashed && sameEdits(this.hashed.edits, edits)) return this.hashed.hash;
    const hash = hashEdits(edits);
    this.hashed = { edits, hash };
    return hash;
  }

  private keyOf(edits: readonly StoredEdit[]): SnapshotKey {
    return { catalog: this.ws.catalogKey(), edits: this.hashOf(edits), editCount: edits.length };
  }

  /** The light edits after the snapshot's own, or null when the snapshot is not the one of the active log. */
  private async tailOf(reader: SnapshotReader): Promise<StoredEdit[] | null> {
    const active = this.ws.activeEdits();
    const { key } = reader.summary;
    if (key.catalog !== this.ws.catalogKey() || key.editCount > active.length) return null;
    if (key.edits !== this.hashOf(active.slice(0, key.editCount))) return null;
    const tail = active.slice(key.editCount);
    // The node table with the tail applied is kept: a read applies the light edits once, not per call.
    const hit = this.patched;
    if (hit && hit.reader === reader && sameEdits(hit.tail, tail)) return tail;
    const nodes = applyLightEdits(await reader.nodes(), tail) as NodeTable | null;
    if (!nodes) return null;
    this.patched = { reader, tail, nodes };
    return tail;
  }

  /** The snapshot in force, rebuilt first when it is missing, damaged or not the one of the committed data and edits. */
  async current(): Promise<Current> {
    for (let attempt = 0; attempt < 3; attempt++) {
      // Requests that arrive together wait for the one rebuild under way instead of each writing
      // a snapshot of its own (which replaced, and had deleted, the ones the others were reading).
      if (this.rebuilding) await this.rebuilding.catch(() => undefined);
      try {
        this.reader ??= await SnapshotReader.open(this.ws.graph);
        if (this.reader) {
          const reader = this.reader;
          const tail = await this.tailOf(reader);
          if (tail) return { reader, tail };
        }
      } catch (error) {
        if (!(error instanceof StaleSnapshot)) throw error;
        this.reader = null;
      }
      this.rebuilding ??= (async () => {
        const edits = this.ws.activeEdits();
        await this.write(await this.build(edits), edits);
      })().finally(() => {
        this.rebuilding = null;
      });
      await this.rebuilding;
    }
    throw new Error('the graph snapshot could not be rebuilt: the workspace kept changing while it was read');
  }

  /** The node table of the current snapshot with its light edits applied. */
  async nodes(): Promise<NodeTable> {
    const { reader, tail } = await this.current();
    const hit = this.patched;
    if (hit && hit.reader === reader && sameEdits(hit.tail, tail)) return hit.nodes;
    // Only when another reader replaced this one meanwhile.
    const nodes = applyLightEdits(await reader.nodes(), tail) as NodeTable;
    this.patched = { reader, tail, nodes };
    return nodes;
  }

  /** Every stored article as stored (before article edits), in shard order. */
  async plainArticles(): Promise<Article[]> {
    const key = this.ws.catalogKey();
    if (this.plain?.key === key) return this.plain.articles;
    const articles: Article[] = [];
    for (const shard of this.ws.shards()) articles.push(...(await this.ws.readArticles(shard)));
    this.plain = { key, articles };
    return articles;
  }

  /** The stored articles as the active article edits (dates, removals) leave them. */
  async articles(): Promise<Article[]> {
    return editedArticles(await this.plainArticles(), this.ws.activeEdits());
  }

  /** Aggregates the committed shards (articles as `edits` leave them) into the cache; returns the stored articles. */
  private async aggregate(edits: readonly StoredEdit[]): Promise<Article[]> {
    for (let attempt = 0; attempt < 3; attempt++) {
      // The aggregation in the cache is of the catalog's articles only when both were read for the
      // current catalog (`adopt` keeps them together); otherwise the shards are read once, below.
      const key = this.ws.catalogKey();
      const plain = this.plain?.key === key ? this.plain.articles : null;
      if (plain && this.aggregated?.key === key && this.aggregated.articles === editedArticles(plain, edits)) return plain;
      const started = await this.startAggregation(edits);
      // Another process may have committed a shard meanwhile: then aggregate again.
      if (this.adopt(started, edits)) return started.plain;
    }
    throw new Error('the workspace kept changing while its graph was being built');
  }

  /** A new aggregation of every committed shard, the articles as the article edits among `edits` leave them. */
  private async startAggregation(edits: readonly StoredEdit[]): Promise<StartedAggregation> {
    this.cache.reset();
    this.aggregated = null;
    const aggregation = new Aggregation();
    const shards: number[] = [];
    const plain: Article[] = [];
    for (const shard of this.ws.shards()) {
      shards.push(shard.id);
      const articles = await this.ws.readArticles(shard);
      const results = this.pending.has(shard.id) ? articles.map(() => ({ entities: [], relations: [] })) : await this.ws.readResults(shard);
      const batch: Record<string, ReturnType<typeof expandResult>> = {};
      articles.forEach((a, i) => (batch[a.id] = expandResult(a.text, results[i])));
      aggregation.add(editedArticles(articles, edits), batch);
      plain.push(...articles);
    }
    return { aggregation, shards, plain };
  }

  /**
   * Makes a finished aggregation the base of the next builds, when it holds exactly the committed
   * shards in order; false (and nothing kept) when the catalog says otherwise.
   */
  private adopt(started: StartedAggregation, edits: readonly StoredEdit[]): boolean {
    const committed = this.ws.shards().map((s) => s.id);
    if (committed.length !== started.shards.length || committed.some((id, i) => id !== started.shards[i])) {
      this.cache.reset();
      this.aggregated = null;
      return false;
    }
    const key = this.ws.catalogKey();
    this.plain = { key, articles: started.plain };
    const articles = editedArticles(started.plain, edits);
    this.cache.adopt(started.aggregation, articles);
    this.aggregated = { key, articles };
    this.whole = null;
    return true;
  }

  /** The graph of the committed data with `edits` (positions not applied): aggregation and replay. */
  async build(edits: StoredEdit[]): Promise<BuiltGraph> {
    const articles = await this.aggregate(edits);
    return this.cache.build({ articles, extractions: {}, edits });
  }

  /**
   * The graph of the committed data with `edits`, as `build` gives it, for a caller that only
   * writes its snapshot (an import): the aggregation is let go once the graph is built, so that
   * the graph is held by the caller alone and can be written with `consume`. The next build
   * aggregates the shards again, as after opening the workspace.
   */
  async buildAlone(edits: StoredEdit[]): Promise<BuiltGraph> {
    const built = await this.build(edits);
    this.cache.reset();
    this.aggregated = null;
    return built;
  }

  /**
   * Writes the snapshot of a graph built with `edits` (all of them active); returns its summary.
   * `consume` (see `EncodeOptions`): only for a graph from `buildAlone`, which is emptied as it is written.
   */
  async write(built: BuiltGraph, edits: StoredEdit[], options: EncodeOptions = {}): Promise<SnapshotSummary> {
    const articles = editedArticles(await this.plainArticles(), edits);
    const places = await this.ws.articlePlaces();
    // The lexicon before the graph is emptied (it reads the nodes).
    const lexicon = userLexiconFromEdits(edits, built);
    const files = encodeSnapshot(built, articles, this.keyOf(edits), lexicon, (id) => places.get(id), options);
    let summary: SnapshotSummary | null = null;
    const summaryFile = `${PARTS.summary}.json`;
    await this.ws.graph.write(
      (function* () {
        for (const file of files) {
          if (file.name === summaryFile) summary = JSON.parse(String(file.content)) as SnapshotSummary;
          yield file;
        }
      })(),
    );
    this.forget();
    if (!summary) throw new Error('the graph snapshot was written without its summary');
    return summary;
  }

  /** The text of each article of the snapshot, by slot. */
  private async articleTexts(reader: SnapshotReader): Promise<string[]> {
    const byId = new Map((await this.plainArticles()).map((a) => [a.id, a.text]));
    return (await reader.articles()).rows.map((r) => byId.get(r.id) ?? '');
  }

  /**
   * The whole graph (positions not applied): `lean` without evidence and mentions (edges carry
   * `evidenceCount`), `full` with them and their texts. From memory when this process built the
   * current graph, else from the snapshot.
   */
  async graph(mode: EvidenceMode): Promise<BuiltGraph> {
    const { reader, tail } = await this.current();
    const w = this.whole;
    if (w && w.reader === reader && sameEdits(w.tail, tail) && (w.mode === 'full' || mode === 'lean')) return w.built;
    const texts = mode === 'full' ? await this.articleTexts(reader) : [];
    const t = { summary: reader.summary, articles: await reader.articles(), nodes: await this.nodes(), edges: await reader.edges(), mentionEdges: await reader.mentionEdges(), state: await reader.state() };
    const files = { nodeArticles: await reader.text('node-articles'), mentions: mode === 'full' ? await reader.text('mentions') : null, evidence: mode === 'full' ? await reader.text('evidence') : null };
    const built = snapshotGraph(t, files, (slot) => texts[slot], mode);
    this.whole = { reader, tail, mode, built };
    return built;
  }

  /** The names the user gave (for the extractor), read against the current graph. */
  async lexicon(): Promise<UserLexicon> {
    const edits = this.ws.activeEdits();
    if (edits.length === 0) return { entries: [], blocked: [] };
    const { reader, tail } = await this.current();
    const state = await reader.state();
    if (tail.length === 0) return state.lexicon;
    const table = await this.nodes();
    const graph: GraphData = { nodes: table.id.map((_, i) => nodeAt(table, i)), edges: [] };
    return userLexiconFromEdits(edits, { graph, orphans: [], mentionIndex: new Map(), redirects: new Map(state.redirects), removed: new Map(state.removed) });
  }
}
