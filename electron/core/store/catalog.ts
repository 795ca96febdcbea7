import { createHash } from 'node:crypto';
import { z } from 'zod';

/** A shard file as the catalog names it: its name in `shards/`, size and SHA-256. */
export interface FileSum {
  name: string;
  bytes: number;
  sha256: string;
}

/**
 * One import batch: its articles (one JSON line each), their extraction results, and an index
 * of the articles' ids and byte ranges. Shard files never change once written; re-extraction
 * writes a new extraction file and the catalog then names it instead.
 */
export interface ShardEntry {
  id: number;
  articles: number;
  /** Characters of the articles' texts. */
  chars: number;
  extractorVersion: string;
  createdAt: string;
  files: { articles: FileSum; extract: FileSum; index: FileSum };
  /**
   * The source files (their bytes' hash, see `sourceHash`) whose articles were all stored once
   * this shard was committed: importing such a file again adds nothing, whatever the splitter
   * now makes of it. Absent in catalogs written before (their files are recognised by article).
   */
  sourceHashes?: string[];
}

/** `catalog.json`: the committed shards, in import order. A batch is committed when the catalog names it. */
export interface CatalogFile {
  shards: ShardEntry[];
  nextShard: number;
}

/** What a source file's hash looks like: the first 16 hex digits of its bytes' SHA-256. */
export const SOURCE_HASH = /^[0-9a-f]{16}$/;

/** The hash a source file is recognised by: the first 16 hex digits of its bytes' SHA-256. */
export function sourceHash(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 16);
}

const fileSum = z.object({ name: z.string().regex(/^[\w.-]+$/), bytes: z.number().int().nonnegative(), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const catalogSchema = z.object({
  shards: z.array(
    z.object({
      id: z.number().int().positive(),
      articles: z.number().int().nonnegative(),
      chars: z.number().int().nonnegative(),
      extractorVersion: z.string(),
      createdAt: z.string(),
      files: z.object({ articles: fileSum, extract: fileSum, index: fileSum }),
      sourceHashes: z.array(z.string().regex(SOURCE_HASH)).optional(),
    }),
  ),
  nextShard: z.number().int().positive(),
});

/** Checks a parsed catalog; throws with a reason when it does not fit. */
export function validateCatalog(value: unknown): CatalogFile {
  const parsed = catalogSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`${issue?.path.join('.') || 'root'}: ${issue?.message}`);
  }
  const ids = new Set<number>();
  for (const s of parsed.data.shards) {
    if (ids.has(s.id) || s.id >= parsed.data.nextShard) throw new Error(`shards: shard ${s.id} listed twice or beyond nextShard`);
    ids.add(s.id);
  }
  return parsed.data;
}

/** An empty catalog. */
export function emptyCatalog(): CatalogFile {
  return { shards: [], nextShard: 1 };
}

/**
 * What the committed data is, in one string: each shard with the checksums of its files. A graph
 * snapshot built from this catalog is stale as soon as the key differs.
 */
export function catalogKey(catalog: CatalogFile): string {
  return catalog.shards.map((s) => `${s.id}:${s.files.articles.sha256.slice(0, 16)}:${s.files.extract.sha256.slice(0, 16)}`).join(',');
}
