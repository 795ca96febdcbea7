import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, EditOp, Repair, SavedView, StoredEdit } from '../../shared/types';
import { ArticleLocator } from './article-locator';
import { usableBackups } from './backups';
import { catalogKey, type CatalogFile, type ShardEntry } from './catalog';
import { recoverCatalog } from './catalog-recovery';
import { EditLog } from './edit-log';
import { faultPoint } from './fault-points';
import { BACKUPS_KEPT, emptyFiles, FILES, SCHEMA_VERSION, VALIDATORS, type FileRole, type MetaFile, type ViewFile } from './files';
import { GraphFiles } from './graph-files';
import { JsonDoc, type DocPolicy, type DocReport } from './json-doc';
import { cleanTempFiles, listTempFiles } from './json-file';
import { isProcessAlive, WorkspaceBusyError, WorkspaceLock, type LockOptions } from './lock';
import { migrate, type MigrationContext } from './migrations';
import { describeRepair } from './recovery';
import { readShardArticles, readShardResults, removeUnlisted, rewriteExtract, SHARD_DIR, writeShard } from './shards';
import type { StoredResult } from './shard-codec';

/** A folder that is not a workspace where one is needed, or one made by a newer version. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

type DocRole = Exclude<FileRole, 'edits'>;

function policyOf<R extends DocRole>(role: R, now: string): DocPolicy<ReturnType<(typeof VALIDATORS)[R]>> {
  type T = ReturnType<(typeof VALIDATORS)[R]>;
  const validate = VALIDATORS[role] as (v: unknown) => T;
  const empty = emptyFiles(now)[role] as T;
  return {
    file: FILES[role],
    validate,
    parse: (text) => validate(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text)),
    empty: () => structuredClone(empty),
    keep: BACKUPS_KEPT[role],
    durable: true,
    // The meta file holds the format; positions are laid out again; a catalog is rebuilt from the shards (see `open`).
    fallback: role === 'meta' ? 'fail' : 'reset',
    ...(role === 'view' ? { resetConsequence: 'node positions will be laid out again' } : {}),
    ...(role === 'catalog' ? { resetConsequence: 'the catalog is rebuilt from the shard files' } : {}),
  };
}

/** Options of {@link Workspace.open}. */
export interface OpenOptions extends MigrationContext {
  /** Make the workspace when it does not exist. */
  create?: boolean;
  /** How writers wait for each other. */
  lock?: LockOptions;
  /** Told of every repaired file, on open and later (a file damaged while the workspace is open). */
  onRepair?: (repair: Repair) => void;
}

interface Docs {
  meta: JsonDoc<MetaFile>;
  catalog: JsonDoc<CatalogFile>;
  view: JsonDoc<ViewFile>;
}

/**
 * The workspace on disk (schema 2): small JSON files (`zhitu.json`, `catalog.json`, `edits.json`,
 * `view.json`), immutable shards of articles and extraction results per import batch
 * (`shards/`), and the derived graph snapshot (`graph/`). Opening reads only the small files;
 * articles and results are read when asked for, a shard or an article at a time. Every write is a
 * transaction under the workspace lock on the files as they are on disk; {@link refresh} takes
 * in what another process wrote.
 */
export class Workspace {
  /** Where each article is (built on first need from the shards' indexes). */
  readonly locator: ArticleLocator;
  /** The derived graph snapshot's files. */
  readonly graph: GraphFiles;

  private constructor(
    readonly dir: string,
    private readonly docs: Docs,
    private readonly log: EditLog,
    private readonly lock: WorkspaceLock,
    /** The repairs made so far (one per repaired file). */
    readonly repairs: Repair[],
    /** What happened on open or since: repaired files, migrations. */
    readonly warnings: string[],
    private readonly report: DocReport,
  ) {
    this.locator = new ArticleLocator(dir, () => this.shards());
    this.graph = new GraphFiles(dir);
  }

  /**
   * Opens the workspace in `dir`. With `create`, makes it when missing. A damaged file, or a
   * missing one whose backups exist, is restored from its best backup (the damaged copy kept)
   * and reported; a catalog without a usable backup is rebuilt from the shard files. A schema 1
   * workspace is migrated.
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<Workspace> {
    const metaPath = join(dir, FILES.meta);
    const now = new Date().toISOString();
    const exists =
      (await stat(metaPath).then(
        () => true,
        () => false,
      )) || (await usableBackups(dir, FILES.meta, policyOf('meta', now))).length > 0;
    if (!exists && !options.create) {
      throw new WorkspaceError(`no Zhitu workspace in ${dir} (run \`zhitu import\` to create one)`);
    }
    await mkdir(dir, { recursive: true });
    const lock = new WorkspaceLock(dir, options.lock);
    if ((await listTempFiles(dir)).length > 0) {
      await lock.run(() => cleanTempFiles(dir, isProcessAlive)).catch((error: unknown) => {
        // Another process is writing (the temporary file may be its own): a later open cleans up.
        if (!(error instanceof WorkspaceBusyError)) throw error;
      });
    }
    const repairs: Repair[] = [];
    const warnings: string[] = [];
    const report: DocReport = {
      repair: (repair) => {
        repairs.push(repair);
        warnings.push(describeRepair(repair));
        options.onRepair?.(repair);
      },
      warn: (message) => warnings.push(message),
    };
    const open = async <R extends DocRole>(role: R) => {
      const doc = new JsonDoc(dir, policyOf(role, now), lock, report);
      await doc.load();
      return doc;
    };
    const meta = await open('meta');
    const version = meta.value.schemaVersion;
    if (version > SCHEMA_VERSION) {
      throw new WorkspaceError(`${metaPath}: made by a newer Zhitu (schema version ${version}; this version reads up to ${SCHEMA_VERSION})`);
    }
    if (meta.exists && version < SCHEMA_VERSION) {
      await lock.run(async () => {
        warnings.push(...(await migrate(dir, version, SCHEMA_VERSION, options)));
        await meta.update((m) => ({ value: { ...m, schemaVersion: SCHEMA_VERSION }, result: undefined }));
      });
      warnings.push(`workspace upgraded from schema version ${version} to ${SCHEMA_VERSION}`);
    }
    const docs: Docs = { meta, catalog: await open('catalog'), view: await open('view') };
    const log = await EditLog.open(dir, lock, report);
    // A new or restored meta file is written (and backed up) at once; an older workspace's gets its first backup.
    if (!meta.exists || repairs.some((r) => r.file === FILES.meta)) await meta.rewrite();
    await meta.ensureBackup();
    const ws = new Workspace(dir, docs, log, lock, repairs, warnings, report);
    await ws.rebuildLostCatalog();
    return ws;
  }

  /** A catalog started afresh (no usable backup) or missing while shards exist is rebuilt from the shard files. */
  private async rebuildLostCatalog(): Promise<void> {
    const reset = this.repairs.some((r) => r.file === FILES.catalog && r.restoredFrom === null);
    const orphanShards = this.shards().length === 0 && (await readdir(join(this.dir, SHARD_DIR)).catch(() => [])).length > 0;
    if (!reset && !orphanShards) return;
    await this.lock.run(async () => {
      const rebuilt = await recoverCatalog(this.dir);
      await this.docs.catalog.update(() => ({ value: rebuilt, result: undefined }));
      this.warnings.push(`${FILES.catalog}: rebuilt it from the ${rebuilt.shards.length} shards found`);
    });
  }

  get schemaVersion(): number {
    return this.docs.meta.value.schemaVersion;
  }

  /**
   * Runs `task` holding the workspace lock, after taking in what other processes wrote; `task`
   * learns which files changed (a writer that decided on what it read before may retry).
   */
  transaction<T>(task: (changed: FileRole[]) => Promise<T>): Promise<T> {
    return this.lock.run(async () => task(await this.refresh()));
  }

  /** The committed shards, in import order. */
  shards(): readonly ShardEntry[] {
    return this.docs.catalog.value.shards;
  }

  /** Identifies the committed data: changes whenever a shard is added or re-extracted. */
  catalogKey(): string {
    return catalogKey(this.docs.catalog.value);
  }

  /**
   * The hashes of the source files whose articles are all stored (see `ShardEntry.sourceHashes`):
   * from the catalog alone, no article read.
   */
  knownSources(): Set<string> {
    const out = new Set<string>();
    for (const s of this.shards()) for (const h of s.sourceHashes ?? []) out.add(h);
    return out;
  }

  articleCount(): number {
    return this.shards().reduce((n, s) => n + s.articles, 0);
  }

  /**
   * Commits one batch under the lock: its shard files first, then the catalog that names them.
   * Articles another process stored meanwhile are left out; returns the shard and the articles
   * it holds (none: no shard).
   */
  async addShard(
    articles: Article[],
    results: StoredResult[],
    extractorVersion: string,
    sources: ReadonlyArray<{ hash: string; ids: readonly string[] }> = [],
  ): Promise<{ shard: ShardEntry | null; added: Article[] }> {
    if (articles.length === 0) return { shard: null, added: [] };
    const done = await this.lock.run(async () => {
      if (await this.docs.catalog.refresh()) this.locator.reset();
      const known = await this.locator.ids();
      const keep = articles.map((a) => !known.has(a.id));
      const added = articles.filter((_, i) => keep[i]);
      if (added.length === 0) return { shard: null, added };
      // A source file is recorded only when every article read from it is stored once this shard
      // is: a file some of whose articles were left out (a cancelled extraction) is read again.
      const stored = new Set(articles.map((a) => a.id));
      const hashes = [...new Set(sources.filter((s) => s.ids.every((id) => stored.has(id) || known.has(id))).map((s) => s.hash))];
      const shard = await writeShard(this.dir, this.docs.catalog.value.nextShard, added, results.filter((_, i) => keep[i]), extractorVersion, hashes);
      // A kill here leaves shard files no catalog names: the next import removes them and reads the batch again.
      faultPoint('import:shard-written');
      await this.docs.catalog.update((catalog) => ({ value: { shards: [...catalog.shards, shard], nextShard: shard.id + 1 }, result: undefined }));
      return { shard, added };
    });
    if (done.shard) this.locator.added(done.shard);
    return done;
  }

  /** Replaces the extraction results of shards (re-extraction) in one catalog write; the articles stay. */
  async replaceResults(updates: Array<{ shard: ShardEntry; results: StoredResult[] }>, extractorVersion: string): Promise<void> {
    if (updates.length === 0) return;
    await this.lock.run(async () => {
      const next = new Map<number, ShardEntry>();
      for (const { shard, results } of updates) next.set(shard.id, await rewriteExtract(this.dir, shard, results, extractorVersion));
      await this.docs.catalog.update((catalog) => ({ value: { ...catalog, shards: catalog.shards.map((s) => next.get(s.id) ?? s) }, result: undefined }));
      await removeUnlisted(this.dir, this.shards(), 0, (name) => name.includes('.extract.'));
    });
  }

  /**
   * Shards whose extraction file is missing or not the size the catalog says (a quick check,
   * without reading them): their results must be extracted again. Each is reported as a repair
   * (the file is started afresh from the shard's articles), like a damaged small file.
   */
  async damagedResults(): Promise<ShardEntry[]> {
    const out: ShardEntry[] = [];
    for (const shard of this.shards()) {
      const file = shard.files.extract;
      const size = await stat(join(this.dir, SHARD_DIR, file.name)).then(
        (s) => s.size,
        () => -1,
      );
      if (size === file.bytes) continue;
      out.push(shard);
      this.report.repair({
        file: `${SHARD_DIR}/${file.name}`,
        damage: size < 0 ? 'the file is missing' : `${size} bytes where the catalog says ${file.bytes}`,
        restoredFrom: null,
        keptAt: null,
        consequence: `the ${shard.articles} articles of shard ${shard.id} are extracted again`,
      });
    }
    return out;
  }

  /** The articles of a shard, in order. */
  readArticles(shard: ShardEntry): Promise<Article[]> {
    return readShardArticles(this.dir, shard);
  }

  /** The stored extraction results of a shard, in the order of its articles. */
  readResults(shard: ShardEntry): Promise<StoredResult[]> {
    return readShardResults(this.dir, shard);
  }

  /** One article, read from its shard (cached), or undefined when no shard holds it. */
  article(id: string): Promise<Article | undefined> {
    return this.locator.article(id);
  }

  /** The stored articles at these places, by id (see `ArticleLocator.articlesAt`). */
  articlesAt(wanted: ReadonlyArray<{ id: string; shard: number; offset: number; length: number }>): Promise<Map<string, Article>> {
    return this.locator.articlesAt(wanted);
  }

  /** Every stored article's place in the shards, by id. */
  articlePlaces(): Promise<Map<string, { shard: number; offset: number; length: number }>> {
    return this.locator.placesById();
  }

  /** The shards holding the stored articles among these ids (from the shards' index files). */
  shardsOf(ids: Iterable<string>): Promise<ShardEntry[]> {
    return this.locator.shardsOf(ids);
  }

  /** The stored articles with these ids, by id (read a shard at a time; see `ArticleLocator.articles`). */
  articles(ids: Iterable<string>): Promise<Map<string, Article>> {
    return this.locator.articles(ids);
  }

  /** Deletes shard files that the catalog does not name (left by a killed import), under the lock. */
  cleanShards(): Promise<string[]> {
    return this.lock.run(() => removeUnlisted(this.dir, this.shards()));
  }

  /** The edits in effect (undone ones excluded), in order. */
  activeEdits(): StoredEdit[] {
    return this.log.activeEdits();
  }

  canUndo(): boolean {
    return this.log.canUndo();
  }

  canRedo(): boolean {
    return this.log.canRedo();
  }

  /** The edit `op` would be stored as if appended now (its `seq`), in `group` when given, without storing it. */
  nextEdit(op: EditOp, group?: string): StoredEdit {
    return { ...op, seq: this.log.file.nextSeq, at: new Date().toISOString(), ...(group === undefined ? {} : { group }) } as StoredEdit;
  }

  /**
   * Appends an edit to the log on disk (dropping any undone edits after the cursor) and writes it
   * durably; a stored edit (from {@link nextEdit}) keeps its group, `seq` and `at` are new.
   */
  appendEdit(op: EditOp | StoredEdit): Promise<StoredEdit> {
    return this.appendEdits([op]).then((stored) => stored[0]);
  }

  /** Appends edits in order with one durable write of the log, as {@link appendEdit} does one. */
  appendEdits(ops: ReadonlyArray<EditOp | StoredEdit>): Promise<StoredEdit[]> {
    return this.log.appendAll(
      ops.map((op) => {
        const { seq: _seq, at: _at, group, ...bare } = op as StoredEdit;
        return { op: bare as EditOp, group };
      }),
    );
  }

  /** Removes the last edit this process appended, for good (another process's later edits stay). */
  discardLast(): Promise<void> {
    return this.log.discardLast();
  }

  /** Steps the cursor back; false when there is nothing to undo. */
  undo(): Promise<boolean> {
    return this.log.undo();
  }

  /** Steps the cursor forward; false when there is nothing to redo. */
  redo(): Promise<boolean> {
    return this.log.redo();
  }

  positions(): Record<string, { x: number; y: number }> {
    return this.docs.view.value.positions;
  }

  /** The saved views, in the order saved. */
  views(): SavedView[] {
    return this.docs.view.value.views ?? [];
  }

  /** Replaces the saved views (written to view.json with its backups). */
  async saveViews(views: SavedView[]): Promise<void> {
    await this.docs.view.update((view) => ({ value: { ...view, views }, result: undefined }));
  }

  async savePositions(positions: Record<string, { x: number; y: number }>): Promise<void> {
    await this.docs.view.update((view) => ({ value: { ...view, positions: { ...view.positions, ...positions } }, result: undefined }));
  }

  /**
   * Takes in what other processes wrote since this one last read or wrote: a cheap stat of each
   * small file, a read of those that changed. Returns the roles whose content changed.
   */
  async refresh(): Promise<FileRole[]> {
    const changed: FileRole[] = [];
    for (const role of ['meta', 'catalog', 'view'] as const) {
      if (await this.docs[role].refresh()) changed.push(role);
    }
    if (await this.log.refresh()) changed.push('edits');
    if (changed.includes('catalog')) this.locator.reset();
    if (changed.length > 0) this.graph.refresh();
    return changed;
  }
}
