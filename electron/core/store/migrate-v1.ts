import { mkdir, readdir, rename, rm } from 'node:fs/promises';
import { isAbsolute, join, win32 } from 'node:path';
import type { Article, ExtractResult } from '../../shared/types';
import { BACKUP_DIR, listBackups } from './backups';
import type { CatalogFile, ShardEntry } from './catalog';
import { JsonFile, writeFileAtomic } from './json-file';
import type { MigrationContext } from './migrations';
import { SHARD_DIR, writeShard } from './shards';
import type { StoredResult } from './shard-codec';

/** Articles per shard when a schema 1 workspace is converted. */
const MIGRATION_BATCH = 1000;
/** The extractor version of a shard whose results were missing: re-extracted on open. */
const MISSING = 'missing';

interface V1Articles {
  articles: Article[];
}
interface V1Extraction {
  extractorVersion: string | null;
  results: Record<string, ExtractResult>;
}

function validArticles(v: unknown): V1Articles {
  const articles = (v as V1Articles | null)?.articles;
  if (!Array.isArray(articles) || !articles.every((a) => typeof a?.id === 'string' && typeof a.text === 'string')) throw new Error('articles: expected a list of articles');
  return { articles };
}

function validExtraction(v: unknown): V1Extraction {
  const e = v as V1Extraction | null;
  if (!e || typeof e.results !== 'object' || e.results === null) throw new Error('results: expected an object');
  return { extractorVersion: typeof e.extractorVersion === 'string' ? e.extractorVersion : null, results: e.results };
}

/** The file, or its newest backup that reads (schema 1 kept two), or null. */
async function readV1<T>(dir: string, name: string, validate: (v: unknown) => T): Promise<T | null> {
  for (const path of [join(dir, name), ...(await listBackups(dir, name)).reverse()]) {
    try {
      const value = await new JsonFile<T>(path, { validate }).read();
      if (value !== null) return value;
    } catch {
      // damaged: try the next
    }
  }
  return null;
}

/**
 * Schema 1 → 2: the articles of `articles.json` and their results from `extraction.json` become
 * shards of a thousand articles (results stored compact when the context can), listed in a new
 * `catalog.json`; absolute source paths become file names. The edit log and the view are
 * unchanged. The schema 1 files (and their
 * backups) are moved to `backups/v1/`, never deleted. Run again from the start if interrupted.
 */
export async function migrateV1(dir: string, ctx: MigrationContext): Promise<string[]> {
  await rm(join(dir, SHARD_DIR), { recursive: true, force: true });
  const articles = (await readV1(dir, 'articles.json', validArticles))?.articles ?? [];
  const extraction = await readV1(dir, 'extraction.json', validExtraction);
  const version = extraction?.extractorVersion ?? MISSING;
  const results = extraction?.results ?? {};
  const catalog: CatalogFile = { shards: [], nextShard: 1 };
  for (let from = 0; from < articles.length; from += MIGRATION_BATCH) {
    // Schema 1 stored the path as given to import (absolute from the CLI): keep only the file's name.
    const batch = articles.slice(from, from + MIGRATION_BATCH).map((a) => (isAbsolute(a.source) || win32.isAbsolute(a.source) ? { ...a, source: a.source.split(/[\\/]/).pop() as string } : a));
    const stored: StoredResult[] = batch.map((a) => {
      const r = results[a.id] ?? { entities: [], relations: [] };
      return ctx.compact ? ctx.compact(a, r) : { entities: r.entities, relations: r.relations };
    });
    const complete = batch.every((a) => results[a.id] !== undefined);
    const entry: ShardEntry = await writeShard(dir, catalog.nextShard, batch, stored, complete ? version : MISSING);
    catalog.shards.push(entry);
    catalog.nextShard += 1;
  }
  await writeFileAtomic(join(dir, 'catalog.json'), JSON.stringify(catalog));
  const kept = join(dir, BACKUP_DIR, 'v1');
  await mkdir(kept, { recursive: true });
  const names = ['articles.json', 'extraction.json'];
  for (const name of names) await rename(join(dir, name), join(kept, name)).catch(() => undefined);
  for (const old of [...(await listBackups(dir, 'articles.json')), ...(await listBackups(dir, 'extraction.json'))]) {
    await rename(old, join(kept, old.split(/[\\/]/).pop() as string)).catch(() => undefined);
  }
  await rm(join(dir, 'graph'), { recursive: true, force: true });
  const left = (await readdir(kept)).length;
  return [`converted ${articles.length} articles into ${catalog.shards.length} shards; the schema 1 files (${left}) are kept in ${join(BACKUP_DIR, 'v1')} and may be deleted`];
}
