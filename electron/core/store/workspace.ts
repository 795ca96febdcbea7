import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article, EditOp, StoredEdit } from '../../shared/types';
import { ArticleLocator } from './article-locator';
import { backup, listBackups } from './backups';
import { catalogKey, type CatalogFile, type ShardEntry } from './catalog';
import { recoverCatalog } from './catalog-recovery';
import { BACKUPS_KEPT, emptyFiles, FILES, SCHEMA_VERSION, VALIDATORS, type EditsFile, type FileRole, type MetaFile, type ViewFile } from './files';
import { GraphFiles } from './graph-files';
import { CorruptFileError, JsonFile } from './json-file';
import { migrate, type MigrationContext } from './migrations';
import { readShardArticles, readShardResults, removeUnlisted, rewriteExtract, SHARD_DIR, writeShard } from './shards';
import type { StoredResult } from './shard-codec';

/** A folder that is not a workspace where one is needed, or one made by a newer version. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

interface Dbs {
  meta: Low<MetaFile>;
  catalog: Low<CatalogFile>;
  edits: Low<EditsFile>;
  view: Low<ViewFile>;
}

/** Options of `Workspace.open`. */
export interface OpenOptions extends MigrationContext {
  /** Make the workspace when it does not exist. */
  create?: boolean;
}

/**
 * The workspace on disk (schema 2): small lowdb files (`zhitu.json`, `catalog.json`,
 * `edits.json`, `view.json`), immutable shards of articles and extraction results per import
 * batch (`shards/`), and the derived graph snapshot (`graph/`). Opening reads only the small
 * files; articles and results are read when asked for, a shard or an article at a time.
 */
export class Workspace {
  /** Where each article is (built on first need from the shards' indexes). */
  readonly locator: ArticleLocator;
  /** The derived graph snapshot's files. */
  readonly graph: GraphFiles;

  private constructor(
    readonly dir: string,
    private readonly dbs: Dbs,
    /** What happened on open: recovered files, migrations. */
    readonly warnings: string[],
  ) {
    this.locator = new ArticleLocator(dir, () => this.shards());
    this.graph = new GraphFiles(dir);
  }

  /**
   * Opens the workspace in `dir`. With `create`, makes it when missing. A corrupt small file is
   * moved aside (never overwritten) and the newest good backup restored (the catalog, without
   * one, is rebuilt from the shard files), with a warning. A schema 1 workspace is migrated.
   */
  static async open(dir: string, options: OpenOptions = {}): Promise<Workspace> {
    const metaPath = join(dir, FILES.meta);
    const exists = await stat(metaPath).then(
      () => true,
      () => false,
    );
    if (!exists && !options.create) {
      throw new WorkspaceError(`no Zhitu workspace in ${dir} (run \`zhitu import\` to create one)`);
    }
    await mkdir(dir, { recursive: true });
    const empty = emptyFiles(new Date().toISOString());
    const warnings: string[] = [];
    const load = async <R extends FileRole>(role: R): Promise<Low<ReturnType<(typeof VALIDATORS)[R]>>> => {
      type T = ReturnType<(typeof VALIDATORS)[R]>;
      const adapter = new JsonFile<T>(join(dir, FILES[role]), { validate: VALIDATORS[role] as (v: unknown) => T, durable: role !== 'view' });
      const db = new Low<T>(adapter, structuredClone(empty[role]) as T);
      try {
        await db.read();
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error;
        warnings.push(await recover(dir, role, error, db));
      }
      return db;
    };
    const meta = await load('meta');
    const version = meta.data.schemaVersion;
    if (version > SCHEMA_VERSION) {
      throw new WorkspaceError(`${metaPath}: made by a newer Zhitu (schema version ${version}; this version reads up to ${SCHEMA_VERSION})`);
    }
    if (exists && version < SCHEMA_VERSION) {
      warnings.push(...(await migrate(dir, version, SCHEMA_VERSION, options)));
      meta.data.schemaVersion = SCHEMA_VERSION;
      await meta.write();
      warnings.push(`workspace upgraded from schema version ${version} to ${SCHEMA_VERSION}`);
    }
    const dbs: Dbs = { meta, catalog: await load('catalog'), edits: await load('edits'), view: await load('view') };
    if (!exists) await dbs.meta.write();
    return new Workspace(dir, dbs, warnings);
  }

  get schemaVersion(): number {
    return this.dbs.meta.data.schemaVersion;
  }

  /** The committed shards, in import order. */
  shards(): readonly ShardEntry[] {
    return this.dbs.catalog.data.shards;
  }

  /** Identifies the committed data: changes whenever a shard is added or re-extracted. */
  catalogKey(): string {
    return catalogKey(this.dbs.catalog.data);
  }

  articleCount(): number {
    return this.shards().reduce((n, s) => n + s.articles, 0);
  }

  /** Commits one batch: its shard files first, then the catalog that names them. */
  async addShard(articles: Article[], results: StoredResult[], extractorVersion: string): Promise<ShardEntry | null> {
    if (articles.length === 0) return null;
    const catalog = this.dbs.catalog.data;
    const entry = await writeShard(this.dir, catalog.nextShard, articles, results, extractorVersion);
    catalog.shards.push(entry);
    catalog.nextShard = entry.id + 1;
    await this.write('catalog');
    this.locator.added(entry);
    return entry;
  }

  /** Replaces the extraction results of shards (re-extraction) in one catalog write; the articles stay. */
  async replaceResults(updates: Array<{ shard: ShardEntry; results: StoredResult[] }>, extractorVersion: string): Promise<void> {
    if (updates.length === 0) return;
    const catalog = this.dbs.catalog.data;
    for (const { shard, results } of updates) {
      const next = await rewriteExtract(this.dir, shard, results, extractorVersion);
      const at = catalog.shards.findIndex((s) => s.id === shard.id);
      if (at < 0) throw new Error(`shard ${shard.id} is not in the catalog`);
      catalog.shards[at] = next;
    }
    await this.write('catalog');
    await this.cleanShards(0);
  }

  /**
   * Shards whose extraction file is missing or not the size the catalog says (a quick check,
   * without reading them): their results must be extracted again. Each is reported in `warnings`.
   */
  async damagedResults(): Promise<ShardEntry[]> {
    const out: ShardEntry[] = [];
    for (const shard of this.shards()) {
      const file = shard.files.extract;
      const size = await stat(join(this.dir, SHARD_DIR, file.name)).then((s) => s.size, () => -1);
      if (size === file.bytes) continue;
      out.push(shard);
      this.warnings.push(`${SHARD_DIR}/${file.name} was ${size < 0 ? 'missing' : 'damaged'}; the articles of shard ${shard.id} will be extracted again`);
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

  /** Deletes shard files that the catalog does not name and that are older than `minAgeMs` (left by a killed import). */
  async cleanShards(minAgeMs = 60 * 60 * 1000): Promise<string[]> {
    return removeUnlisted(this.dir, this.shards(), minAgeMs);
  }

  /** The edits in effect (undone ones excluded), in order. */
  activeEdits(): StoredEdit[] {
    const { edits, cursor } = this.dbs.edits.data;
    return edits.slice(0, cursor);
  }

  canUndo(): boolean {
    return this.dbs.edits.data.cursor > 0;
  }

  canRedo(): boolean {
    const { edits, cursor } = this.dbs.edits.data;
    return cursor < edits.length;
  }

  /** The edit `op` would be stored as if appended now (its `seq` and time), without storing it. */
  nextEdit(op: EditOp): StoredEdit {
    return { ...op, seq: this.dbs.edits.data.nextSeq, at: new Date().toISOString() } as StoredEdit;
  }

  /** Appends an edit to the log (dropping any undone edits after the cursor) and writes it durably. */
  async appendEdit(op: EditOp | StoredEdit): Promise<StoredEdit> {
    const log = this.dbs.edits.data;
    const stored = ('seq' in op && op.seq === log.nextSeq ? op : { ...op, seq: log.nextSeq, at: new Date().toISOString() }) as StoredEdit;
    log.edits.splice(log.cursor);
    log.edits.push(stored);
    log.cursor = log.edits.length;
    log.nextSeq += 1;
    await this.write('edits');
    return stored;
  }

  /** Steps the cursor back; false when there is nothing to undo. */
  async undo(): Promise<boolean> {
    if (!this.canUndo()) return false;
    this.dbs.edits.data.cursor -= 1;
    await this.write('edits');
    return true;
  }

  /** Steps the cursor forward; false when there is nothing to redo. */
  async redo(): Promise<boolean> {
    if (!this.canRedo()) return false;
    this.dbs.edits.data.cursor += 1;
    await this.write('edits');
    return true;
  }

  positions(): Record<string, { x: number; y: number }> {
    return this.dbs.view.data.positions;
  }

  async savePositions(positions: Record<string, { x: number; y: number }>): Promise<void> {
    Object.assign(this.dbs.view.data.positions, positions);
    await this.write('view');
  }

  private async write(role: FileRole): Promise<void> {
    await this.dbs[role].write();
    await backup(this.dir, FILES[role], BACKUPS_KEPT[role]);
  }
}

/** Moves a corrupt file aside and loads the newest backup that reads, else starts the file empty. */
async function recover<T>(dir: string, role: FileRole, error: CorruptFileError, db: Low<T>): Promise<string> {
  const file = join(dir, FILES[role]);
  const aside = `${file}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`;
  await rename(file, aside);
  const backups = (await listBackups(dir, FILES[role])).reverse();
  for (const candidate of backups) {
    try {
      const value = await new JsonFile<T>(candidate, { validate: VALIDATORS[role] as (v: unknown) => T }).read();
      if (value === null) continue;
      db.data = value;
      await copyFile(candidate, file);
      return `${FILES[role]} was damaged (${error.reason}); kept it as ${aside} and restored the backup ${candidate}`;
    } catch {
      // try the next older backup
    }
  }
  if (role === 'catalog') {
    const rebuilt = await recoverCatalog(dir);
    db.data = rebuilt as T;
    await db.write();
    return `${FILES[role]} was damaged (${error.reason}); kept it as ${aside}; rebuilt it from the ${rebuilt.shards.length} shards found`;
  }
  return `${FILES[role]} was damaged (${error.reason}); kept it as ${aside}; started it empty (no usable backup)`;
}
