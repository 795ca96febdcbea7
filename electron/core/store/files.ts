import { z } from 'zod';
import { savedViewSchema, storedEditSchema } from '../../shared/schemas';
import { DATE_SOURCES, type Article, type ExtractResult, type SavedView, type StoredEdit } from '../../shared/types';

/** The schema version this build writes. Bump it and add a migration when a file's shape changes. */
export const SCHEMA_VERSION = 1;

export interface MetaFile {
  format: 'zhitu-workspace';
  schemaVersion: number;
  createdAt: string;
}

export interface ArticlesFile {
  articles: Article[];
}

export interface ExtractionFile {
  extractorVersion: string | null;
  results: Record<string, ExtractResult>;
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

/** The workspace's files by role. Only the store reads or writes them. */
export const FILES = {
  meta: 'zhitu.json',
  articles: 'articles.json',
  extraction: 'extraction.json',
  edits: 'edits.json',
  view: 'view.json',
} as const;
export type FileRole = keyof typeof FILES;

/** How many backups of each file are kept (0: none; extraction is rebuilt from the articles). */
export const BACKUPS_KEPT: Record<FileRole, number> = { meta: 2, articles: 2, extraction: 0, edits: 10, view: 2 };

const metaSchema = z.object({
  format: z.literal('zhitu-workspace'),
  schemaVersion: z.number().int().positive(),
  createdAt: z.string(),
});

const articleSchema = z.object({
  id: z.string(),
  title: z.string(),
  subtitle: z.string().nullable(),
  kicker: z.string().nullable(),
  text: z.string(),
  bodyStart: z.number(),
  date: z.string().nullable(),
  pageDate: z.string().nullable().default(null),
  dateSource: z.enum(DATE_SOURCES).nullable().default(null),
  place: z.string().nullable(),
  byline: z.array(z.object({ name: z.string(), role: z.string() })),
  source: z.string(),
  sourceIndex: z.number(),
  importedAt: z.string(),
  chars: z.number(),
});

const extractionSchema = z.object({
  extractorVersion: z.string().nullable(),
  results: z.record(z.string(), z.object({ entities: z.array(z.unknown()), relations: z.array(z.unknown()) })),
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
  articles: (v: unknown) => check<ArticlesFile>(z.object({ articles: z.array(articleSchema) }), v),
  extraction: (v: unknown) => check<ExtractionFile>(extractionSchema, v),
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
  articles: ArticlesFile;
  extraction: ExtractionFile;
  edits: EditsFile;
  view: ViewFile;
} {
  return {
    meta: { format: 'zhitu-workspace', schemaVersion: SCHEMA_VERSION, createdAt: now },
    articles: { articles: [] },
    extraction: { extractorVersion: null, results: {} },
    edits: { edits: [], cursor: 0, nextSeq: 1 },
    view: { positions: {} },
  };
}
