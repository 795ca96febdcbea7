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

describe('Workspace', () => {
  it('refuses to open a folder that is not a workspace unless asked to create one', async () => {
    await expect(Workspace.open(join(dir, 'none'))).rejects.toThrow(WorkspaceError);
    await expect(Workspace.open(join(dir, 'none'))).rejects.toThrow(/no Zhitu workspace/);
    const ws = await Workspace.open(join(dir, 'new'), { create: true });
    expect(ws.schemaVersion).toBe(SCHEMA_VERSION);
    const meta = JSON.parse(await readFile(join(dir, 'new', 'zhitu.json'), 'utf8'));
    expect(meta).toMatchObject({ format: 'zhitu-workspace', schemaVersion: SCHEMA_VERSION });
  });

  it('stores articles, extraction and edits in separate files and reads them back', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addArticles([article('a_1')], { a_1: { entities: [], relations: [] } }, 'v1');
    await ws.appendEdit({ op: 'annotate', id: 'e_1', note: '重点' });
    const again = await Workspace.open(dir);
    expect(again.articles().map((a) => a.id)).toEqual(['a_1']);
    expect(again.extractorVersion()).toBe('v1');
    expect(again.activeEdits()).toMatchObject([{ op: 'annotate', id: 'e_1', note: '重点', seq: 1 }]);
  });

  it('writes only the edit log for an annotation, never the article texts', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addArticles([article('a_1')], {}, 'v1');
    const before = (await stat(join(dir, 'articles.json'))).mtimeMs;
    await new Promise((r) => setTimeout(r, 20));
    await ws.appendEdit({ op: 'annotate', id: 'e_1', tags: ['工会'] });
    expect((await stat(join(dir, 'articles.json'))).mtimeMs).toBe(before);
    expect(JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8')).edits).toHaveLength(1);
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

  it('recovers an articles file with the wrong shape and one with a BOM reads fine', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.addArticles([article('a_1')], {}, 'v1');
    await writeFile(join(dir, 'articles.json'), JSON.stringify({ articles: [{ id: 3 }] }));
    const reopened = await Workspace.open(dir);
    expect(reopened.articles().map((a) => a.id)).toEqual(['a_1']);
    expect(reopened.warnings[0]).toMatch(/articles\.json was damaged \(unexpected content/);
    const edits = await readFile(join(dir, 'edits.json'), 'utf8').catch(() => null);
    expect(edits).toBeNull();
    await writeFile(join(dir, 'view.json'), `\ufeff${JSON.stringify({ positions: { e_1: { x: 1, y: 2 } } })}`);
    expect((await Workspace.open(dir)).positions()).toEqual({ e_1: { x: 1, y: 2 } });
  });

  it('starts a damaged file without backup empty, and refuses a workspace from a newer version', async () => {
    await Workspace.open(dir, { create: true });
    await writeFile(join(dir, 'extraction.json'), '');
    const ws = await Workspace.open(dir);
    expect(ws.warnings[0]).toMatch(/extraction\.json was damaged \(the file is empty\).*rebuilt/);
    await writeFile(join(dir, 'zhitu.json'), JSON.stringify({ format: 'zhitu-workspace', schemaVersion: 99, createdAt: 'x' }));
    await expect(Workspace.open(dir)).rejects.toThrow(/newer Zhitu/);
  });
});
