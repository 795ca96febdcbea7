import type { Article, ArticleDraft, SkippedFile } from '../../shared/types';
import { articleId, collectFiles, loadDocument, readSourceFile, SourceError } from '../articles';

/** Default largest file accepted, in bytes. */
export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/** A source to read: a path on disk, or bytes sent by the page. */
export type ImportSource = { kind: 'path'; path: string } | { kind: 'bytes'; name: string; bytes: Uint8Array };

export interface ReadOutcome {
  files: number;
  /** New articles, in the order found. */
  added: Article[];
  unchanged: number;
  skipped: SkippedFile[];
  cancelled: boolean;
}

/** Expands paths (folders recursively) into sources; missing or unreadable paths are skipped with a reason. */
export async function sourcesFromPaths(paths: string[]): Promise<{ sources: ImportSource[]; skipped: SkippedFile[] }> {
  const { files, skipped } = await collectFiles(paths);
  return { sources: files.map((path) => ({ kind: 'path', path })), skipped };
}

/**
 * Reads, decodes and splits each source into articles, and keeps the ones whose content id is
 * not stored yet. Bad files are skipped with a reason; the rest of the batch goes on.
 */
export async function readSources(
  sources: ImportSource[],
  known: Set<string>,
  options: {
    maxBytes: number;
    onFile?: (done: number, current: string) => void;
    shouldStop?: () => boolean;
    /** The page date the user gives the whole import: the year of datelines, and the date of articles without one. */
    pageDate?: string;
  },
): Promise<ReadOutcome> {
  const outcome: ReadOutcome = { files: 0, added: [], unchanged: 0, skipped: [], cancelled: false };
  const seen = new Set(known);
  const importedAt = new Date().toISOString();
  for (let i = 0; i < sources.length; i++) {
    if (options.shouldStop?.()) {
      outcome.cancelled = true;
      break;
    }
    const source = sources[i];
    const name = source.kind === 'path' ? source.path : source.name;
    options.onFile?.(i, name);
    let drafts: ArticleDraft[];
    try {
      const bytes = source.kind === 'path' ? await readSourceFile(source.path, { maxBytes: options.maxBytes }) : source.bytes;
      drafts = loadDocument(bytes, name, { maxBytes: options.maxBytes, ...(options.pageDate ? { userDate: options.pageDate } : {}) }).drafts;
    } catch (error) {
      outcome.skipped.push({ path: name, reason: reasonOf(error) });
      continue;
    }
    outcome.files += 1;
    if (drafts.length === 0) {
      outcome.skipped.push({ path: name, reason: 'no article text found' });
      continue;
    }
    drafts.forEach((draft, index) => {
      const id = articleId(draft.text);
      if (seen.has(id)) {
        outcome.unchanged += 1;
        return;
      }
      seen.add(id);
      outcome.added.push({ ...draft, id, source: name, sourceIndex: index, importedAt, chars: draft.text.length });
    });
  }
  options.onFile?.(sources.length, '');
  return outcome;
}

function reasonOf(error: unknown): string {
  if (error instanceof SourceError) return error.reason;
  const code = (error as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'is a folder';
  return error instanceof Error ? error.message : String(error);
}
