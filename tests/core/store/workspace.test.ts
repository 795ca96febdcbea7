import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SCHEMA_VERSION, Workspace, WorkspaceError } from '../../../electron/core/store';
import type { Article } from '../../../electron/shared/types';

function article(id: string, text = '深圳市总工会发起成立深圳市职工发展基金会。'): Article {
  return {
    id,
    title: '标题',
    subtitle: null,
    kicker: null,
    text,
    bodyStart: 0,
    date: '2024-10-11',
    pageDate: null,
    dateSource: 'dateline',
    place: null,
    byline: [{ name: '李昱霖', role: '记者' }],
    source: 'page.txt',
    sourceIndex: 0,
    importedAt: '2024-10-14T00:00:00.000Z',
    chars: text.length,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-store-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Workspace.addShard and the source files it records', () => {
  it('records a file only when every article read from it is stored once the shard is', async () => {
    const ws = await Workspace.open(join(dir, 'ws'), { create: true });
    await ws.addShard([article('a_0', '早先的一篇。')], [{ entities: [], relations: [] }], 'v1');
    const { shard } = await ws.addShard(
      [article('a_1'), article('a_2', '第二篇。')],
      [
        { entities: [], relations: [] },
        { entities: [], relations: [] },
      ],
      'v1',
      [
        { hash: '00000000000000aa', ids: ['a_1', 'a_2'] },
        // a_0 is stored already: the file is whole.
        { hash: '00000000000000bb', ids: ['a_0', 'a_2'] },
        // a_3 was left out (its extraction was cancelled): the file must be read again next time.
        { hash: '00000000000000cc', ids: ['a_1', 'a_3'] },
      ],
    );
    expect(shard?.sourceHashes).toEqual(['00000000000000aa', '00000000000000bb']);
    expect([...ws.knownSources()].sort()).toEqual(['00000000000000aa', '00000000000000bb']);
    const reopened = await Workspace.open(join(dir, 'ws'));
    expect([...reopened.knownSources()].sort()).toEqual(['00000000000000aa', '00000000000000bb']);
  });
});

describe('Workspace', () => {
  it('refuses to open a folder that is not a workspace unless asked to create one', async () => {
    await expect(Workspace.open(join(dir, 'none'))).rejects.toThrow(WorkspaceError);
    await expect(Workspace.open(join(dir, 'none'))).rejects.toThrow(/no Zhitu workspace/);
    const ws = await Workspace.open(join(dir, 'new'), { create: true });
    expect(ws.schemaVersion).toBe(SCHEMA_VERSION);
    const meta = JSON.parse(await readFile(join(dir, 'new', 'zhitu.json'), 'utf8'));
    expect(meta).toMatchObject({ format: 'zhitu-workspace', schemaVersion: SCHEMA_VERSION });
  });

  it('stores each batch as a shard listed in the catalog, edits apart, and reads them back', async () => {
    const ws = await Workspace.open(dir, { create: true });
    const mention = { type: 'organisation' as const, name: '深圳市总工会', surface: '深圳市总工会', start: 0, end: 6 };
    await ws.addShard([article('a_1'), article('a_2', '第二篇。')], [{ entities: [mention], relations: [], coAt: [] }, { entities: [], relations: [] }], 'v1');
    await ws.addShard([article('a_3', '第三篇。')], [{ entities: [], relations: [] }], 'v2');
    await ws.appendEdit({ op: 'annotate', id: 'e_1', note: '重点' });
    const again = await Workspace.open(dir);
    expect(again.shards().map((s) => [s.id, s.articles, s.extractorVersion])).toEqual([[1, 2, 'v1'], [2, 1, 'v2']]);
    expect((await again.readArticles(again.shards()[0])).map((a) => a.id)).toEqual(['a_1', 'a_2']);
    expect(await again.readResults(again.shards()[0])).toEqual([{ entities: [mention], relations: [], coAt: [] }, { entities: [], relations: [] }]);
    expect((await again.article('a_3'))?.text).toBe('第三篇。');
    expect(await again.article('a_9')).toBeUndefined();
    expect(again.activeEdits()).toMatchObject([{ op: 'annotate', id: 'e_1', note: '重点', seq: 1 }]);
    expect(await readdir(join(dir, 'shards'))).toHaveLength(6);
  });

  it('writes only the edit log for an annotation, never a shard', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addShard([article('a_1')], [{ entities: [], relations: [] }], 'v1');
    const shardFiles = async () => Promise.all((await readdir(join(dir, 'shards'))).map(async (n) => [n, (await stat(join(dir, 'shards', n))).mtimeMs]));
    const before = await shardFiles();
    await new Promise((r) => setTimeout(r, 20));
    await ws.appendEdit({ op: 'annotate', id: 'e_1', tags: ['工会'] });
    expect(await shardFiles()).toEqual(before);
    expect(JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8')).edits).toHaveLength(1);
  });

  it('backs up the catalog on every commit but never copies a shard', async () => {
    const ws = await Workspace.open(dir, { create: true });
    const long = '深圳市总工会发起成立深圳市职工发展基金会。'.repeat(5000);
    for (let i = 1; i <= 3; i++) await ws.addShard([article(`a_${i}`, long)], [{ entities: [], relations: [] }], 'v1');
    await ws.appendEdit({ op: 'annotate', id: 'e_1', note: '重点' });
    const names = await readdir(join(dir, 'backups'));
    expect(names.filter((n) => n.startsWith('catalog-')).length).toBeGreaterThanOrEqual(2);
    expect(names.filter((n) => /articles|extract|index|\.jsonl/.test(n))).toEqual([]);
    const sizes = await Promise.all(names.map(async (n) => (await stat(join(dir, 'backups', n))).size));
    const shardBytes = (await Promise.all((await readdir(join(dir, 'shards'))).map(async (n) => (await stat(join(dir, 'shards', n))).size))).reduce((a, b) => a + b, 0);
    // The backups together are a small fraction of one shard's articles.
    expect(sizes.reduce((a, b) => a + b, 0)).toBeLessThan(shardBytes / 3 / 10);
  });

  it('replaces a shard\'s results with a new file and removes files no catalog entry names', async () => {
    const ws = await Workspace.open(dir, { create: true });
    const { shard } = await ws.addShard([article('a_1')], [{ entities: [], relations: [] }], 'v1');
    await writeFile(join(dir, 'shards', '000009.articles.jsonl'), 'left by a killed import\n');
    await ws.replaceResults([{ shard: shard!, results: [{ entities: [{ type: 'place', name: '深圳', surface: '深圳', start: 0, end: 2 }], relations: [] }] }], 'v2');
    expect(await ws.cleanShards()).toEqual(['000009.articles.jsonl']);
    const names = await readdir(join(dir, 'shards'));
    expect(names).toHaveLength(3);
    expect(names.filter((n) => n.includes('.extract.'))).toHaveLength(1);
    expect(ws.shards()[0].extractorVersion).toBe('v2');
    expect((await ws.readResults(ws.shards()[0]))[0].entities[0].name).toBe('深圳');
  });

  it('rebuilds a damaged catalog without backup from the shard files', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addShard([article('a_1')], [{ entities: [], relations: [] }], 'v1');
    await ws.addShard([article('a_2', '又一篇。')], [{ entities: [], relations: [] }], 'v1');
    await rm(join(dir, 'backups'), { recursive: true });
    await writeFile(join(dir, 'catalog.json'), '{"shards": [');
    const again = await Workspace.open(dir);
    expect(again.warnings.join('\n')).toMatch(/catalog\.json was damaged.*\n.*rebuilt it from the 2 shards/);
    expect(again.shards().map((s) => s.articles)).toEqual([1, 1]);
    expect(again.catalogKey()).toBe(ws.catalogKey());
  });

  it('undoes and redoes by moving the cursor, and a new edit drops the undone ones', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'delete', id: 'e_1' });
    await ws.appendEdit({ op: 'delete', id: 'e_2' });
    expect(await ws.undo()).toBe(true);
    expect(ws.activeEdits().map((e) => e.seq)).toEqual([1]);
    expect(ws.canRedo()).toBe(true);
    expect(await ws.redo()).toBe(true);
    expect(ws.activeEdits().map((e) => e.seq)).toEqual([1, 2]);
    await ws.undo();
    await ws.appendEdit({ op: 'delete', id: 'e_3' });
    expect(ws.activeEdits().map((e) => (e as { id: string }).id)).toEqual(['e_1', 'e_3']);
    expect(ws.canRedo()).toBe(false);
    await ws.undo();
    await ws.undo();
    expect(await ws.undo()).toBe(false);
  });

  it('keeps the last ten backups of the edit log', async () => {
    const ws = await Workspace.open(dir, { create: true });
    for (let i = 0; i < 14; i++) await ws.appendEdit({ op: 'delete', id: `e_${i}` });
    const backups = (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith('edits-'));
    expect(backups).toHaveLength(10);
  });

  it('recovers a corrupt edit log from the newest backup, keeps the bad file aside and says so', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'annotate', id: 'e_1', note: 'first' });
    await ws.appendEdit({ op: 'annotate', id: 'e_1', note: 'second' });
    const good = await readFile(join(dir, 'edits.json'), 'utf8');
    await writeFile(join(dir, 'edits.json'), good.slice(0, good.length / 2));
    const reopened = await Workspace.open(dir);
    expect(reopened.activeEdits()).toHaveLength(2);
    expect(reopened.warnings.join('\n')).toMatch(/edits\.json was damaged \(not valid JSON.*restored the backup/);
    const names = await readdir(dir);
    const aside = names.find((n) => n.startsWith('edits.json.corrupt-'));
    expect(aside).toBeDefined();
    expect(await readFile(join(dir, aside!), 'utf8')).toBe(good.slice(0, good.length / 2));
  });

  it('recovers a catalog with the wrong shape from its backup, and a file with a BOM reads fine', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addShard([article('a_1')], [{ entities: [], relations: [] }], 'v1');
    await writeFile(join(dir, 'catalog.json'), JSON.stringify({ shards: [{ id: 'x' }], nextShard: 2 }));
    const reopened = await Workspace.open(dir);
    expect(reopened.shards().map((s) => s.articles)).toEqual([1]);
    expect(reopened.warnings[0]).toMatch(/catalog\.json was damaged \(unexpected content/);
    const edits = await readFile(join(dir, 'edits.json'), 'utf8').catch(() => null);
    expect(edits).toBeNull();
    await writeFile(join(dir, 'view.json'), `\ufeff${JSON.stringify({ positions: { e_1: { x: 1, y: 2 } } })}`);
    expect((await Workspace.open(dir)).positions()).toEqual({ e_1: { x: 1, y: 2 } });
  });

  it('starts a damaged file without backup empty, and refuses a workspace from a newer version', async () => {
    await Workspace.open(dir, { create: true });
    await writeFile(join(dir, 'view.json'), '');
    const ws = await Workspace.open(dir);
    expect(ws.warnings[0]).toMatch(/view\.json was damaged \(the file is empty\).*started it afresh/);
    await writeFile(join(dir, 'zhitu.json'), JSON.stringify({ format: 'zhitu-workspace', schemaVersion: 99, createdAt: 'x' }));
    await expect(Workspace.open(dir)).rejects.toThrow(/newer Zhitu/);
  });
});
