import type { Article, ArticleDraft, SkippedFile } from '../../shared/types';
import { articleId, collectFiles, loadDocument, readSourceFile, SourceError } from '../articles';
import { sourceHash } from '../store/catalog';
import { sourceName } from './source-name';

/** Default largest file accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * A source to read: a path on disk, or bytes sent by the page. `name` is what the articles'
 * `source` becomes: the path relative to the folder imported, or a file's base name.
 */
export type ImportSource = { kind: 'path'; path: string; name: string } | { kind: 'bytes'; name: string; bytes: Uint8Array };

export interface ReadOutcome {
  files: number;
  /** New articles, in the order found. */
  added: Article[];
  unchanged: number;
  skipped: SkippedFile[];
  cancelled: boolean;
  /**
   * Each file that gave new articles, or some of whose drafts were found in older stored texts:
   * its bytes' hash and the ids of its articles that are (or are to be) stored.
   */
  sources: Array<{ hash: string; ids: string[] }>;
}

/**
 * Expands paths (folders recursively) into sources, each named relative to the path it was found
 * under (see `sourceName`); missing or unreadable paths are skipped with a reason.
 */
export async function sourcesFromPaths(paths: string[]): Promise<{ sources: ImportSource[]; skipped: SkippedFile[] }> {
  const { files, skipped } = await collectFiles(paths);
  return { sources: files.map((path) => ({ kind: 'path', path, name: sourceName(path, paths) })), skipped };
}

/**
 * Reads, decodes and splits each source into articles, and keeps the ones whose content id is
 * not stored yet. A file whose bytes are in `knownSources` (imported before, every article
 * stored) adds nothing, whatever the splitter now makes of it: its articles count as unchanged.
 * Bad files are skipped with a reason; the rest of the batch goes on.
 */
export async function readSources(
  sources: ImportSource[],
  known: Set<string>,
  options: {
    /** Hashes of the source files already imported whole (see `Workspace.knownSources`). */
    knownSources?: ReadonlySet<string>;
    maxBytes: number;
    onFile?: (done: number, current: string) => void;
    shouldStop?: () => boolean;
    /** The page date the user gives the whole import: the year of datelines, and the date of articles without one. */
    pageDate?: string;
    /**
     * The stored articles of the shards holding these ids (see `storedArticlesReader`). When given,
     * a new draft of a file some of whose drafts are stored counts as unchanged if a stored article
     * of the same source that none of its drafts is contains its text (see `olderTexts`).
     */
    storedArticles?: (ids: string[]) => Promise<Article[]>;
  },
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { files: 0, added: [], unchanged: 0, skipped: [], cancelled: false, sources: [] };
  const seen = new Set(known);
  const importedAt = new Date().toISOString();
  for (let i = 0; i < sources.length; i++) {
    if (options.shouldStop?.()) {
      outcome.cancelled = true;
      break;
    }
    const source = sources[i];
    const { name } = source;
    // Skipped files are reported as the user named them, so that they can be found.
    const shown = source.kind === 'path' ? source.path : name;
    options.onFile?.(i, name);
    let drafts: ArticleDraft[];
    let hash: string;
    try {
      const bytes = source.kind === 'path' ? await readSourceFile(source.path, { maxBytes: options.maxBytes }) : source.bytes;
      hash = sourceHash(bytes);
      drafts = loadDocument(bytes, name, { maxBytes: options.maxBytes, ...(options.pageDate ? { userDate: options.pageDate } : {}) }).drafts;
    } catch (error) {
      outcome.skipped.push({ path: shown, reason: reasonOf(error) });
      continue;
    }
    outcome.files += 1;
    if (drafts.length === 0) {
      outcome.skipped.push({ path: shown, reason: 'no article text found' });
      continue;
    }
    if (options.knownSources?.has(hash)) {
      outcome.unchanged += drafts.length;
      continue;
    }
    const ids = drafts.map((draft) => articleId(draft.text));
    const older = await olderTexts(name, ids, known, seen, options.storedArticles);
    // Ids of the drafts stored (before or now); a draft found inside an older text is not one.
    const kept: string[] = [];
    let added = false;
    let matched = false;
    drafts.forEach((draft, index) => {
      const id = ids[index];
      if (seen.has(id)) {
        outcome.unchanged += 1;
        kept.push(id);
        return;
      }
      if (older.some((text) => text.includes(draft.text))) {
        outcome.unchanged += 1;
        matched = true;
        return;
      }
      seen.add(id);
      added = true;
      kept.push(id);
      outcome.added.push({ ...draft, id, source: name, sourceIndex: index, importedAt, chars: draft.text.length });
    });
    if (added || matched) outcome.sources.push({ hash, ids: kept });
  }
  options.onFile?.(sources.length, '');
  return outcome;
}

/**
 * The texts of stored articles of the source `name` that none of its drafts now is, found in the
 * shards holding its drafts whose ids are stored, when some of its drafts are stored and some are
 * new (a splitter change since the file was imported: a page's first article once stored with its
 * masthead lines). Empty otherwise: a file none of whose articles is stored reads no shard.
 */
async function olderTexts(
  name: string,
  ids: readonly string[],
  known: ReadonlySet<string>,
  seen: ReadonlySet<string>,
  storedArticles: ((ids: string[]) => Promise<Article[]>) | undefined,
): Promise<string[]> {
  if (!storedArticles || ids.every((id) => seen.has(id))) return [];
  const stored = ids.filter((id) => known.has(id));
  if (stored.length === 0) return [];
  const current = new Set(ids);
  return (await storedArticles(stored)).filter((a) => a.source === name && !current.has(a.id)).map((a) => a.text);
}

function reasonOf(error: unknown): string {
  if (error instanceof SourceError) return error.reason;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
