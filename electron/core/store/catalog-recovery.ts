import { createHash } from 'node:crypto';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { SOURCE_HASH, type CatalogFile, type FileSum, type ShardEntry } from './catalog';
import { SHARD_DIR, shardText } from './shards';

async function sum(dir: string, name: string): Promise<{ file: FileSum; text: string; mtime: number }> {
  const path = join(dir, SHARD_DIR, name);
  const bytes = await readFile(path);
  return { file: { name, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') }, text: shardText(name, bytes), mtime: (await stat(path)).mtimeMs };
}

/**
 * A catalog rebuilt from the shard files on disk, for a catalog that is damaged and has no
 * usable backup: every shard whose three files are there and agree (as many articles, index
 * ids and extraction rows), with its newest extraction file.
 */
export async function recoverCatalog(dir: string): Promise<CatalogFile> {
  let names: string[];
  try {
    names = (await readdir(join(dir, SHARD_DIR))).sort();
  } catch {
    return { shards: [], nextShard: 1 };
  }
  const byId = new Map<number, string[]>();
  for (const name of names) {
    const m = /^(\d{6})\.(articles\.jsonl|index\.json|extract\.[0-9a-f]+\.json(?:\.gz)?)$/.exec(name);
    if (!m) continue;
    const id = Number(m[1]);
    byId.set(id, [...(byId.get(id) ?? []), name]);
  }
  const shards: ShardEntry[] = [];
  let nextShard = 1;
  for (const [id, files] of [...byId].sort((a, b) => a[0] - b[0])) {
    nextShard = Math.max(nextShard, id + 1);
    const articlesName = files.find((f) => f.endsWith('.articles.jsonl'));
    const indexName = files.find((f) => f.endsWith('.index.json'));
    const extracts = files.filter((f) => f.includes('.extract.'));
    if (!articlesName || !indexName || extracts.length === 0) continue;
    try {
      const articles = await sum(dir, articlesName);
      const index = await sum(dir, indexName);
      const candidates = await Promise.all(extracts.map((f) => sum(dir, f)));
      const extract = candidates.sort((a, b) => b.mtime - a.mtime)[0];
      const lines = articles.text.split('\n').filter(Boolean).map((l) => JSON.parse(l) as { text: string });
      const { ids, sourceHashes } = JSON.parse(index.text) as { ids: string[]; sourceHashes?: unknown };
      const parsed = JSON.parse(extract.text) as { extractorVersion: string; rows: unknown[] };
      if (ids.length !== lines.length || parsed.rows.length !== lines.length) continue;
      shards.push({
        id,
        articles: lines.length,
        chars: lines.reduce((n, a) => n + a.text.length, 0),
        extractorVersion: parsed.extractorVersion,
        createdAt: new Date(articles.mtime).toISOString(),
        files: { articles: articles.file, extract: extract.file, index: index.file },
        ...(Array.isArray(sourceHashes) && sourceHashes.length > 0 && sourceHashes.every((h) => typeof h === 'string' && SOURCE_HASH.test(h))
          ? { sourceHashes: sourceHashes as string[] }
          : {}),
      });
    } catch {
      // a shard that does not read is left out
    }
  }
  return { shards, nextShard };
}
