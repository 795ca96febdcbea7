import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article, EditOp, ExtractResult, Repair, SavedView, StoredEdit } from '../../shared/types';
import { usableBackups } from './backups';
import { EditLog } from './edit-log';
import {
  BACKUPS_KEPT,
  emptyFiles,
  FILES,
  SCHEMA_VERSION,
  VALIDATORS,
  type ArticlesFile,
  type ExtractionFile,
  type FileRole,
  type MetaFile,
  type ViewFile,
} from './files';
import { JsonDoc, type DocPolicy, type DocReport } from './json-doc';
import { cleanTempFiles, listTempFiles } from './json-file';
import { isProcessAlive, WorkspaceBusyError, WorkspaceLock, type LockOptions } from './lock';
import { migrate } from './migrations';
import { describeRepair } from './recovery';

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
    durable: role !== 'extraction',
    // Articles and the meta file hold the user's work; extraction is rebuilt; positions are laid out again.
    fallback: role === 'extraction' || role === 'view' ? 'reset' : 'fail',
    ...(role === 'extraction' ? { resetConsequence: 'extraction will be rebuilt from the articles' } : {}),
    ...(role === 'view' ? { resetConsequence: 'node positions will be laid out again' } : {}),
  };
}

/** Options of {@link Workspace.open}. */
export interface OpenOptions {
  /** Make the workspace when it does not exist. */
  create?: boolean;
  /** How writers wait for each other. */
  lock?: LockOptions;
  /** Told of every repaired file, on open and later (a file damaged while the workspace is open). */
  onRepair?: (repair: Repair) => void;
}

interface Docs {
  meta: JsonDoc<MetaFile>;
  articles: JsonDoc<ArticlesFile>;
  extraction: JsonDoc<ExtractionFile>;
  view: JsonDoc<ViewFile>;
}

/**
 * The workspace on disk: one folder of JSON files. Articles, extraction results, the user's edit
 * log and the view are separate files, so an annotation rewrites only the small edit log
 * (durably, with backups). Every write is a transaction under the workspace lock on the file as
 * it is on disk, so two processes never lose each other's work; {@link refresh} takes in what
 * another process wrote.
 */
export class Workspace {
  private constructor(
    readonly dir: string,
    private readonly docs: Docs,
    private readonly log: EditLog,
    /** The repairs made so far (one per repaired file). */
    readonly repairs: Repair[],
    /** What happened on open or since: repaired files, migrations. */
    readonly warnings: string[],
  ) {}

  /**
   * Opens the workspace in `dir`. With `create`, makes it when missing. A damaged file, or a
   * missing one whose backups exist, is restored from its best backup (the damaged copy kept)
   * and reported; one that cannot be restored makes `open` fail rather than open it empty.
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
    const docs: Docs = {
      meta: await open('meta'),
      articles: await open('articles'),
      extraction: await open('extraction'),
      view: await open('view'),
    };
    const log = await EditLog.open(dir, lock, report);
    const version = docs.meta.value.schemaVersion;
    if (version > SCHEMA_VERSION) {
      throw new WorkspaceError(
        `${metaPath}: made by a newer Zhitu (schema version ${version}; this version reads up to ${SCHEMA_VERSION})`,
      );
    }
    if (version < SCHEMA_VERSION) {
      await migrate(dir, version, SCHEMA_VERSION);
      await docs.meta.update((meta) => ({ value: { ...meta, schemaVersion: SCHEMA_VERSION }, result: undefined }));
      warnings.push(`workspace upgraded from schema version ${version} to ${SCHEMA_VERSION}`);
    }
    // A new or restored meta file is written (and backed up) at once; an older workspace's gets its first backup.
    if (!docs.meta.exists || repairs.some((r) => r.file === FILES.meta)) await docs.meta.rewrite();
    await docs.meta.ensureBackup();
    return new Workspace(dir, docs, log, repairs, warnings);
  }

  get schemaVersion(): number {
    return this.docs.meta.value.schemaVersion;
  }

  articles(): Article[] {
    return this.docs.articles.value.articles;
  }

  extractions(): Record<string, ExtractResult> {
    return this.docs.extraction.value.results;
  }

  extractorVersion(): string | null {
    return this.docs.extraction.value.extractorVersion;
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

  positions(): Record<string, { x: number; y: number }> {
    return this.docs.view.value.positions;
  }

  /** Adds articles and their extraction results (articles first, so a crash loses no text); ids already stored are skipped. */
  async addArticles(articles: Article[], results: Record<string, ExtractResult>, extractorVersion: string): Promise<void> {
    if (articles.length === 0) return;
    await this.docs.articles.update((file) => {
      const known = new Set(file.articles.map((a) => a.id));
      const fresh = articles.filter((a) => !known.has(a.id));
      return fresh.length ? { value: { articles: [...file.articles, ...fresh] }, result: undefined } : { result: undefined };
    });
    await this.docs.extraction.update((file) => ({
      value: { extractorVersion, results: { ...file.results, ...results } },
      result: undefined,
    }));
  }

  /** Replaces the whole extraction layer (re-extraction). The user's edits are untouched. */
  async replaceExtractions(results: Record<string, ExtractResult>, extractorVersion: string): Promise<void> {
    await this.docs.extraction.update(() => ({ value: { extractorVersion, results }, result: undefined }));
  }

  /** Appends an edit to the log on disk (dropping any undone edits after the cursor) and writes it durably. */
  appendEdit(op: EditOp): Promise<StoredEdit> {
    return this.log.append(op);
  }

  /** Removes the last edit this process appended, for good (an edit refused after it was written). */
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
   * file, a read of those that changed. Returns the roles whose content changed.
   */
  async refresh(): Promise<FileRole[]> {
    const changed: FileRole[] = [];
    for (const role of ['meta', 'articles', 'extraction', 'view'] as const) {
      if (await this.docs[role].refresh()) changed.push(role);
    }
    if (await this.log.refresh()) changed.push('edits');
    return changed;
  }
}
