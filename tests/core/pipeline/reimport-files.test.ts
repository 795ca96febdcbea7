import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu } from '../../../electron/core/api';
import { articleId } from '../../../electron/core/articles';
import { DEFAULT_MAX_BYTES, readSources, type ImportSource } from '../../../electron/core/pipeline/import';
import { Workspace } from '../../../electron/core/store';
import { recoverCatalog } from '../../../electron/core/store/catalog-recovery';

const SAMPLE = resolve('data/000_65facfb44480fdb1.txt');
const hashOf = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex').slice(0, 16);
let tmp: string;
let bytes: Buffer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-reimport-'));
  bytes = await readFile(SAMPLE);
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const sample = (): ImportSource => ({ kind: 'path', path: SAMPLE, name: 'page.txt' });

/**
 * The workspace as an import with an older splitter left it: the page's first article stored with
 * a masthead line the splitter now leaves out (another text, another id); with the file's hash in
 * the catalog, or without (a catalog made before file hashes).
 */
async function olderWorkspace(dir: string, withHash: boolean) {
  const read = await readSources([{ kind: 'path', path: SAMPLE, name: basename(SAMPLE) }], new Set(), { maxBytes: DEFAULT_MAX_BYTES });
  const older = read.added.map((a, i) => {
    if (i > 0) return a;
    const text = `工人日报\n${a.text}`;
    return { ...a, text, id: articleId(text), chars: text.length };
  });
  const ws = await Workspace.open(dir, { create: true });
  const sources = withHash ? [{ hash: hashOf(bytes), ids: older.map((a) => a.id) }] : undefined;
  await ws.addShard(
    older,
    older.map(() => ({ entities: [], relations: [] })),
    'older',
    sources,
  );
  return older;
}

describe('readSources and the hashes of files imported before', () => {
  it('counts every article of a file whose bytes are known as unchanged, even when none of its article ids is stored', async () => {
    const fresh = await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES });
    expect(fresh.added.length).toBeGreaterThan(1);
    expect(fresh.sources).toEqual([{ hash: hashOf(bytes), ids: fresh.added.map((a) => a.id) }]);

    const known = await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES, knownSources: new Set([hashOf(bytes)]) });
    expect(known).toMatchObject({ files: 1, added: [], unchanged: fresh.added.length, skipped: [], sources: [] });
    // Bytes given directly (a drop or paste in the app) are recognised the same way.
    const dropped = await readSources([{ kind: 'bytes', name: 'dropped.txt', bytes }], new Set(), { maxBytes: DEFAULT_MAX_BYTES, knownSources: new Set([hashOf(bytes)]) });
    expect(dropped).toMatchObject({ files: 1, added: [], unchanged: fresh.added.length });
  });

  it('reads a file that changed as before: the articles that did not change stay unchanged', async () => {
    const fresh = await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES });
    const edited = Buffer.concat([bytes, Buffer.from('\n\n新增一篇\n\n本报讯 舟山市总工会日前举办职工运动会，300名职工参加。\n', 'utf8')]);
    const again = await readSources([{ kind: 'bytes', name: 'page.txt', bytes: edited }], new Set(fresh.added.map((a) => a.id)), {
      maxBytes: DEFAULT_MAX_BYTES,
      knownSources: new Set([hashOf(bytes)]),
    });
    expect(again.unchanged).toBeGreaterThan(0);
    expect(again.added.length).toBeGreaterThan(0);
    expect(again.unchanged + again.added.length).toBeGreaterThanOrEqual(fresh.added.length);
    expect(again.sources.map((s) => s.hash)).toEqual([hashOf(edited)]);
  });
});

describe('readSources and the stored texts of a file imported before the splitter changed', () => {
  it('counts a new draft as unchanged only when a stored article of the same source contains its text', async () => {
    const fresh = await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES });
    const [first, ...rest] = fresh.added;
    const masthead = { ...first, text: `工人日报\n${first.text}`, id: articleId(`工人日报\n${first.text}`) };
    const known = new Set(rest.map((a) => a.id));
    const asked: string[][] = [];
    const stored = (source: string) => async (ids: string[]) => {
      asked.push(ids);
      return [{ ...masthead, source }, ...rest];
    };
    const same = await readSources([sample()], known, { maxBytes: DEFAULT_MAX_BYTES, storedArticles: stored('page.txt') });
    expect(same).toMatchObject({ added: [], unchanged: fresh.added.length });
    // Recorded with the ids stored, so that the file's hash is kept once a shard is written.
    expect(same.sources).toEqual([{ hash: hashOf(bytes), ids: rest.map((a) => a.id) }]);
    expect(asked[0].sort()).toEqual([...known].sort());
    const other = await readSources([sample()], known, { maxBytes: DEFAULT_MAX_BYTES, storedArticles: stored('other.txt') });
    expect(other.added.map((a) => a.id)).toEqual([first.id]);
    // A file none of whose articles is stored reads no shard.
    asked.length = 0;
    await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES, storedArticles: stored('page.txt') });
    expect(asked).toEqual([]);
  });
});

describe('re-importing a file', () => {
  it('records the file with its shard, and importing the same bytes again adds nothing', async () => {
    const dir = join(tmp, 'ws-same');
    const zhitu = await openZhitu({ dir, create: true });
    const first = await zhitu.importPaths({ paths: [SAMPLE] });
    const again = await zhitu.importPaths({ paths: [SAMPLE] });
    const dropped = await zhitu.importUploads({ files: [{ name: 'dropped.txt', base64: bytes.toString('base64') }] });
    const articles = await zhitu.listArticles();
    await zhitu.close();
    expect(first.articles.added).toBe(11);
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
    expect(dropped.articles).toEqual({ added: 0, unchanged: 11 });
    expect(articles).toHaveLength(11);
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.shards).toHaveLength(1);
    expect(catalog.shards[0].sourceHashes).toEqual([hashOf(bytes)]);
    // A catalog rebuilt from the shard files (no usable catalog or backup) still knows the file.
    expect((await recoverCatalog(dir)).shards[0].sourceHashes).toEqual([hashOf(bytes)]);
  }, 120_000);

  it('adds nothing for a file imported before whose articles the splitter now reads differently', async () => {
    const dir = join(tmp, 'ws-older-splitter');
    const older = await olderWorkspace(dir, true);
    const zhitu = await openZhitu({ dir });
    const again = await zhitu.importPaths({ paths: [SAMPLE] });
    const articles = await zhitu.listArticles();
    await zhitu.close();
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
    expect(articles.map((a) => a.id).sort()).toEqual(older.map((a) => a.id).sort());
  }, 120_000);

  it('in a workspace whose catalog has no file hashes (made before them), re-imports by article as before', async () => {
    const dir = join(tmp, 'ws-old-catalog');
    const read = await readSources([sample()], new Set(), { maxBytes: DEFAULT_MAX_BYTES });
    const ws = await Workspace.open(dir, { create: true });
    await ws.addShard(
      read.added,
      read.added.map(() => ({ entities: [], relations: [] })),
      'older',
    );
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.shards[0]).not.toHaveProperty('sourceHashes');
    const zhitu = await openZhitu({ dir });
    const again = await zhitu.importPaths({ paths: [SAMPLE] });
    // A new file still imports, and is recorded.
    const other = join(tmp, 'other.txt');
    await writeFile(other, '舟山市总工会推出技能共富保\n\n本报讯(记者邹偶然)近日,浙江省舟山市总工会推出“技能共富保”。');
    const added = await zhitu.importPaths({ paths: [other] });
    const articles = await zhitu.listArticles();
    await zhitu.close();
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
    expect(added.articles).toEqual({ added: 1, unchanged: 0 });
    expect(articles).toHaveLength(12);
    const after = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(after.shards.map((s: { sourceHashes?: string[] }) => s.sourceHashes)).toEqual([undefined, [hashOf(await readFile(other))]]);
  }, 120_000);
});

describe('re-importing a file into a workspace made before file hashes, after the splitter changed', () => {
  it('adds nothing for the unchanged page: its first article is found inside the stored one', async () => {
    const dir = join(tmp, 'ws-older-no-hashes');
    const older = await olderWorkspace(dir, false);
    const zhitu = await openZhitu({ dir });
    const again = await zhitu.importPaths({ paths: [SAMPLE] });
    const articles = await zhitu.listArticles();
    await zhitu.close();
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
    expect(articles.map((a) => a.id).sort()).toEqual(older.map((a) => a.id).sort());
  }, 120_000);

  it('adds only the article a page gained, and records the page so that importing it again adds nothing', async () => {
    const dir = join(tmp, 'ws-older-gained');
    const older = await olderWorkspace(dir, false);
    const gained = '本报讯 舟山市总工会日前举办职工运动会，300名职工参加。';
    const edited = Buffer.concat([bytes, Buffer.from(`\n\n舟山职工运动会开幕\n\n${gained}\n`, 'utf8')]);
    await rm(join(tmp, 'gained'), { recursive: true, force: true });
    const file = join(tmp, 'gained', basename(SAMPLE));
    await mkdir(join(tmp, 'gained'), { recursive: true });
    await writeFile(file, edited);
    const zhitu = await openZhitu({ dir });
    const first = await zhitu.importPaths({ paths: [file] });
    const again = await zhitu.importPaths({ paths: [file] });
    const articles = await zhitu.listArticles();
    const added = articles.filter((a) => !older.some((o) => o.id === a.id));
    const text = added.length === 1 ? (await zhitu.getArticle({ id: added[0].id })).text : '';
    await zhitu.close();
    expect(first.articles).toEqual({ added: 1, unchanged: 11 });
    expect(again.articles).toEqual({ added: 0, unchanged: 12 });
    expect(articles).toHaveLength(12);
    expect(added).toHaveLength(1);
    expect(text).toContain(gained);
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.shards.map((s: { sourceHashes?: string[] }) => s.sourceHashes)).toEqual([undefined, [hashOf(edited)]]);
  }, 120_000);
});

describe('re-importing a file whose articles were removed', () => {
  it('adds no second copy: the removed articles stay removed until the removal is undone', async () => {
    const dir = join(tmp, 'ws-removed');
    const zhitu = await openZhitu({ dir, create: true });
    await zhitu.importPaths({ paths: [SAMPLE] });
    await zhitu.edit({ op: { op: 'removeArticles', ids: [], source: SAMPLE } });
    expect(await zhitu.listArticles()).toHaveLength(0);
    const again = await zhitu.importPaths({ paths: [SAMPLE] });
    const whileRemoved = await zhitu.listArticles();
    await zhitu.undo();
    const undone = await zhitu.listArticles();
    await zhitu.close();
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
    expect(whileRemoved).toHaveLength(0);
    expect(undone).toHaveLength(11);
  }, 120_000);
});
