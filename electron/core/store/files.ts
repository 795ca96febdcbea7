import { z } from 'zod';
import { savedViewSchema, storedEditSchema } from '../../shared/schemas';
import type { SavedView, StoredEdit } from '../../shared/types';
import { emptyCatalog, validateCatalog, type CatalogFile } from './catalog';

/**
 * The schema version this build writes. Bump it and add a migration when a file's shape changes.
 * 1: articles.json + extraction.json; 2: shards listed in catalog.json.
 */
export const SCHEMA_VERSION = 2;

export interface MetaFile {
  format: 'zhitu-workspace';
  schemaVersion: number;
  createdAt: string;
}

export interface EditsFile {
  /** The whole log; entries at and after `cursor` are undone and can be redone. */
  edits: StoredEdit[];
  cursor: number;
  nextSeq: number;
}

export interface ViewFile {
  positions: Record<string, { x: number; y: number }>;
  /** Named views of the explorer (absent in older workspaces). */
  views?: SavedView[];
}

/**
 * The workspace's small files by role (lowdb, human-readable). Only the store reads or writes
 * them. The large data lives in `shards/` (immutable) and `graph/` (derived, rebuilt when missing).
 */
export const FILES = {
  meta: 'zhitu.json',
  catalog: 'catalog.json',
  edits: 'edits.json',
  view: 'view.json',
} as const;
export type FileRole = keyof typeof FILES;

/** How many backups of each file are kept. Shards never change, so they are never copied. */
export const BACKUPS_KEPT: Record<FileRole, number> = { meta: 2, catalog: 5, edits: 10, view: 2 };

const metaSchema = z.object({
  format: z.literal('zhitu-workspace'),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
});

const editsSchema = z.object({
  edits: z.array(storedEditSchema),
  cursor: z.number().int().nonnegative(),
  nextSeq: z.number().int().nonnegative(),
});

const viewSchema = z.object({ positions: z.record(z.string(), z.object({ x: z.number(), y: z.number() })), views: z.array(savedViewSchema).optional() });

function check<T>(schema: z.ZodType, value: unknown): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'root'}: ${issue?.message}`);
  }
  return parsed.data as T;
}

/** Validators of each file, used on every read. */
export const VALIDATORS = {
  meta: (v: unknown) => check<MetaFile>(metaSchema, v),
  catalog: (v: unknown) => validateCatalog(v),
  edits: (v: unknown) => {
    const file = check<EditsFile>(editsSchema, v);
    if (file.cursor > file.edits.length) throw new Error('cursor: beyond the end of the log');
    return file;
  },
  view: (v: unknown) => check<ViewFile>(viewSchema, v),
};

/** Contents of a new workspace. */
export function emptyFiles(now: string): {
  meta: MetaFile;
  catalog: CatalogFile;
  edits: EditsFile;
  view: ViewFile;
} {
  return {
    meta: { format: 'zhitu-workspace', schemaVersion: SCHEMA_VERSION, createdAt: now },
    catalog: emptyCatalog(),
    edits: { edits: [], cursor: 0, nextSeq: 1 },
    view: { positions: {} },
  };
}
