import { createHash } from 'node:crypto';
import { mkdir, open, readFile, readdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { Article } from '../../shared/types';
import { writeFileAtomic } from './json-file';
import type { FileSum, ShardEntry } from './catalog';
import { decodeResult, encodeResult, type ResultRow, type StoredResult } from './shard-codec';

/** The folder of shard files inside a workspace. */
export const SHARD_DIR = 'shards';

/** Where each article of a shard is: its id and the byte range of its line in the articles file. */
export interface ShardIndex {
  ids: string[];
  offsets: number[];
  lengths: number[];
  /** The shard's `sourceHashes` (kept here too, so that a catalog rebuilt from the shards has them). */
  sourceHashes?: string[];
}

/** The zero-padded name of a shard (`000012`). */
export function shardName(id: number): string {
  return String(id).padStart(6, '0');
}

async function put(dir: string, name: string, content: string | Buffer): Promise<FileSum> {
  const bytes = typeof content === 'string' ? Buffer.from(content, 'utf8') : content;
  await writeFileAtomic(join(dir, SHARD_DIR, name), bytes);
  return { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** The extraction file of a shard: its version, one row per article (in the shard's order). */
function extractContent(results: StoredResult[], extractorVersion: string): string {
  return `{"extractorVersion":${JSON.stringify(extractorVersion)},"rows":[\n${results.map((r) => JSON.stringify(encodeResult(r))).join(',\n')}\n]}\n`;
}

async function putExtract(dir: string, id: number, results: StoredResult[], extractorVersion: string): Promise<FileSum> {
  const content = extractContent(results, extractorVersion);
  // Named by content, so that re-extraction writes a new file and the catalog switches to it at once.
  const digest = createHash('sha256').update(content).digest('hex').slice(0, 12);
  // Compressed (about a fifth of the JSON): it is read whole, when the graph is built.
  return put(dir, `${shardName(id)}.extract.${digest}.json.gz`, gzipSync(content));
}

/** The text of a shard file from its bytes (`.gz` files are gzip-compressed; shards written before that are plain). */
export function shardText(name: string, bytes: Buffer): string {
  return (name.endsWith('.gz') ? gunzipSync(bytes) : bytes).toString('utf8');
}

/**
 * Writes the files of shard `id` (articles as JSON lines, extraction rows, the index), each
 * durably; the shard exists for readers only once the catalog names the entry returned.
 */
export async function writeShard(
  dir: string,
  id: number,
  articles: Article[],
  results: StoredResult[],
  extractorVersion: string,
  sourceHashes: string[] = [],
): Promise<ShardEntry> {
  if (articles.length !== results.length) throw new Error('a shard needs one extraction result per article');
  await mkdir(join(dir, SHARD_DIR), { recursive: true });
  const index: ShardIndex = { ids: [], offsets: [], lengths: [], ...(sourceHashes.length > 0 ? { sourceHashes } : {}) };
  const lines: string[] = [];
  let offset = 0;
  for (const a of articles) {
    const line = `${JSON.stringify(a)}\n`;
    const length = Buffer.byteLength(line, 'utf8');
    index.ids.push(a.id);
    index.offsets.push(offset);
    index.lengths.push(length);
    lines.push(line);
    offset += length;
  }
  const name = shardName(id);
  const articlesFile = await put(dir, `${name}.articles.jsonl`, lines.join(''));
  const extract = await putExtract(dir, id, results, extractorVersion);
  const indexFile = await put(dir, `${name}.index.json`, JSON.stringify(index));
  const chars = articles.reduce((n, a) => n + a.text.length, 0);
  return {
    id,
    articles: articles.length,
    chars,
    extractorVersion,
    createdAt: new Date().toISOString(),
    files: { articles: articlesFile, extract, index: indexFile },
    ...(sourceHashes.length > 0 ? { sourceHashes } : {}),
  };
}

/** A shard entry with new extraction results (re-extraction): a new extraction file, the rest unchanged. */
export async function rewriteExtract(dir: string, entry: ShardEntry, results: StoredResult[], extractorVersion: string): Promise<ShardEntry> {
  if (results.length !== entry.articles) throw new Error('a shard needs one extraction result per article');
  const extract = await putExtract(dir, entry.id, results, extractorVersion);
  return { ...entry, extractorVersion, files: { ...entry.files, extract } };
}

async function readShardFile(dir: string, file: FileSum): Promise<string> {
  const bytes = await readFile(join(dir, SHARD_DIR, file.name));
  if (bytes.length !== file.bytes) throw new Error(`${SHARD_DIR}/${file.name}: ${file.bytes} bytes expected`);
  return shardText(file.name, bytes);
}

/** The articles of a shard, in order. */
export async function readShardArticles(dir: string, entry: ShardEntry): Promise<Article[]> {
  const text = await readShardFile(dir, entry.files.articles);
  const out: Article[] = [];
  for (const line of text.split('\n')) if (line) out.push(JSON.parse(line) as Article);
  if (out.length !== entry.articles) throw new Error(`${SHARD_DIR}/${entry.files.articles.name}: ${entry.articles} articles expected, found ${out.length}`);
  return out;
}

/** The stored extraction results of a shard, in the order of its articles. */
export async function readShardResults(dir: string, entry: ShardEntry): Promise<StoredResult[]> {
  const file = JSON.parse(await readShardFile(dir, entry.files.extract)) as { rows: ResultRow[] };
  if (!Array.isArray(file.rows) || file.rows.length !== entry.articles) throw new Error(`${SHARD_DIR}/${entry.files.extract.name}: ${entry.articles} rows expected`);
  return file.rows.map(decodeResult);
}

/** The index of a shard (ids and byte ranges of its articles). */
export async function readShardIndex(dir: string, entry: ShardEntry): Promise<ShardIndex> {
  const index = JSON.parse(await readShardFile(dir, entry.files.index)) as ShardIndex;
  if (!Array.isArray(index.ids) || index.ids.length !== entry.articles) throw new Error(`${SHARD_DIR}/${entry.files.index.name}: ${entry.articles} ids expected`);
  return index;
}

/** Reads several articles' lines from one shard's articles file (positioned reads through one handle), in the order given. */
export async function readArticlesAt(dir: string, entry: ShardEntry, places: ReadonlyArray<{ offset: number; length: number }>): Promise<Article[]> {
  const handle = await open(join(dir, SHARD_DIR, entry.files.articles.name), 'r');
  try {
    return await Promise.all(
      places.map(async ({ offset, length }) => {
        const buffer = Buffer.alloc(length);
        const { bytesRead } = await handle.read(buffer, 0, length, offset);
        return JSON.parse(buffer.subarray(0, bytesRead).toString('utf8')) as Article;
      }),
    );
  } finally {
    await handle.close();
  }
}

/** Reads one article's line from a shard's articles file (a positioned read, not the whole file). */
export async function readArticleAt(dir: string, entry: ShardEntry, offset: number, length: number): Promise<Article> {
  const handle = await open(join(dir, SHARD_DIR, entry.files.articles.name), 'r');
  try {
    const buffer = Buffer.alloc(length);
    const { bytesRead } = await handle.read(buffer, 0, length, offset);
    return JSON.parse(buffer.subarray(0, bytesRead).toString('utf8')) as Article;
  } finally {
    await handle.close();
  }
}

/**
 * Deletes files in `shards/` that no catalog entry names (and that `only` accepts): the files of
 * a batch written when the process was killed before its catalog entry, and extraction files
 * replaced by re-extraction. Call it holding the workspace lock (every shard write holds it).
 */
export async function removeUnlisted(dir: string, entries: readonly ShardEntry[], minAgeMs = 0, only: (name: string) => boolean = () => true): Promise<string[]> {
  const listed = new Set(entries.flatMap((e) => [e.files.articles.name, e.files.extract.name, e.files.index.name]));
  let names: string[];
  try {
    names = await readdir(join(dir, SHARD_DIR));
  } catch {
    return [];
  }
  const gone: string[] = [];
  const now = Date.now();
  for (const name of names) {
    if (listed.has(name) || !only(name)) continue;
    // A younger file may belong to a batch another process is committing right now.
    const info = await stat(join(dir, SHARD_DIR, name)).catch(() => null);
    if (!info || now - info.mtimeMs < minAgeMs) continue;
    await rm(join(dir, SHARD_DIR, name), { force: true });
    gone.push(name);
  }
  return gone;
}
