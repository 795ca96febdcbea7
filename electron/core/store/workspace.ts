import { copyFile, mkdir, rename, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import type { Article, EditOp, ExtractResult, SavedView, StoredEdit } from '../../shared/types';
import { backup, listBackups } from './backups';
import {
  BACKUPS_KEPT,
  emptyFiles,
  FILES,
  SCHEMA_VERSION,
  VALIDATORS,
  type ArticlesFile,
  type EditsFile,
  type ExtractionFile,
  type FileRole,
  type MetaFile,
  type ViewFile,
} from './files';
import { CorruptFileError, JsonFile } from './json-file';
import { migrate } from './migrations';

/** A folder that is not a workspace where one is needed, or one made by a newer version. */
export class WorkspaceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WorkspaceError';
  }
}

interface Dbs {
  meta: Low<MetaFile>;
  articles: Low<ArticlesFile>;
  extraction: Low<ExtractionFile>;
  edits: Low<EditsFile>;
  view: Low<ViewFile>;
}

/**
 * The workspace on disk: one folder of lowdb JSON files. Articles, extraction results, the
 * user's edit log and the view are separate files, so an annotation rewrites only the small
 * edit log (durably, with a rolling backup), never the article texts.
 */
export class Workspace {
  private constructor(
    readonly dir: string,
    private readonly dbs: Dbs,
    /** What happened on open: recovered files, migrations. */
    readonly warnings: string[],
  ) {}

  /**
   * Opens the workspace in `dir`. With `create`, makes it when missing. A corrupt file is moved
   * aside (never overwritten), the newest good backup is restored, and a warning says so.
   */
  static async open(dir: string, options: { create?: boolean } = {}): Promise<Workspace> {
    const metaPath = join(dir, FILES.meta);
    const exists = await stat(metaPath).then(
      () => true,
      () => false,
    );
    if (!exists && !options.create) {
      throw new WorkspaceError(`no Zhitu workspace in ${dir} (run \`zhitu import\` to create one)`);
    }
    await mkdir(dir, { recursive: true });
    const now = new Date().toISOString();
    const empty = emptyFiles(now);
    const warnings: string[] = [];
    const load = async <R extends FileRole>(role: R): Promise<Low<ReturnType<(typeof VALIDATORS)[R]>>> => {
      type T = ReturnType<(typeof VALIDATORS)[R]>;
      const adapter = new JsonFile<T>(join(dir, FILES[role]), {
        validate: VALIDATORS[role] as (v: unknown) => T,
        durable: role === 'edits' || role === 'meta',
      });
      const db = new Low<T>(adapter, structuredClone(empty[role]) as T);
      try {
        await db.read();
      } catch (error) {
        if (!(error instanceof CorruptFileError)) throw error;
        warnings.push(await recover(dir, role, error, db));
      }
      return db;
    };
    const dbs: Dbs = {
      meta: await load('meta'),
      articles: await load('articles'),
      extraction: await load('extraction'),
      edits: await load('edits'),
      view: await load('view'),
    };
    const version = dbs.meta.data.schemaVersion;
    if (version > SCHEMA_VERSION) {
      throw new WorkspaceError(
        `${metaPath}: made by a newer Zhitu (schema version ${version}; this version reads up to ${SCHEMA_VERSION})`,
      );
    }
    if (version < SCHEMA_VERSION) {
      await migrate(dir, version, SCHEMA_VERSION);
      dbs.meta.data.schemaVersion = SCHEMA_VERSION;
      warnings.push(`workspace upgraded from schema version ${version} to ${SCHEMA_VERSION}`);
    }
    if (!exists) await dbs.meta.write();
    return new Workspace(dir, dbs, warnings);
  }

  get schemaVersion(): number {
    return this.dbs.meta.data.schemaVersion;
  }

  articles(): Article[] {
    return this.dbs.articles.data.articles;
  }

  extractions(): Record<string, ExtractResult> {
    return this.dbs.extraction.data.results;
  }

  extractorVersion(): string | null {
    return this.dbs.extraction.data.extractorVersion;
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

  positions(): Record<string, { x: number; y: number }> {
    return this.dbs.view.data.positions;
  }

  /** Adds articles and their extraction results in one step (articles first, so a crash loses no text). */
  async addArticles(articles: Article[], results: Record<string, ExtractResult>, extractorVersion: string): Promise<void> {
    if (articles.length === 0) return;
    this.dbs.articles.data.articles.push(...articles);
    await this.write('articles');
    Object.assign(this.dbs.extraction.data.results, results);
    this.dbs.extraction.data.extractorVersion = extractorVersion;
    await this.write('extraction');
  }

  /** Replaces the whole extraction layer (re-extraction). The user's edits are untouched. */
  async replaceExtractions(results: Record<string, ExtractResult>, extractorVersion: string): Promise<void> {
    this.dbs.extraction.data = { extractorVersion, results };
    await this.write('extraction');
  }

  /** Appends an edit to the log (dropping any undone edits after the cursor) and writes it durably. */
  async appendEdit(op: EditOp): Promise<StoredEdit> {
    const log = this.dbs.edits.data;
    const stored = { ...op, seq: log.nextSeq, at: new Date().toISOString() } as StoredEdit;
    log.edits.splice(log.cursor);
    log.edits.push(stored);
    log.cursor = log.edits.length;
    log.nextSeq += 1;
    await this.write('edits');
    return stored;
  }

  /** Removes the newest edit from the log for good (an edit refused after it was written). */
  async discardLast(): Promise<void> {
    const log = this.dbs.edits.data;
    if (log.cursor === 0) return;
    log.edits.splice(log.cursor - 1);
    log.cursor -= 1;
    await this.write('edits');
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

  /** The saved views, in the order saved. */
  views(): SavedView[] {
    return this.dbs.view.data.views ?? [];
  }

  /** Replaces the saved views (written to view.json with its backups). */
  async saveViews(views: SavedView[]): Promise<void> {
    this.dbs.view.data.views = views;
    await this.write('view');
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
  const consequence =
    role === 'extraction' ? 'extraction will be rebuilt from the articles' : 'started it empty (no usable backup)';
  return `${FILES[role]} was damaged (${error.reason}); kept it as ${aside}; ${consequence}`;
}
