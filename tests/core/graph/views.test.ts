import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeApi, openZhitu, type Zhitu } from '../../../electron/core/api';
import { MAX_VIEWS, withView } from '../../../electron/core/graph/views';
import type { SavedView } from '../../../electron/shared/types';

let tmp: string;
let dir: string;
let core: Zhitu;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-views-'));
  dir = join(tmp, 'ws');
  core = await openZhitu({ dir, create: true });
});
afterAll(async () => {
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

const view = (name: string, extra: Partial<SavedView> = {}): SavedView => ({
  name,
  filter: { dateFrom: '2024-10-01', types: ['organisation'] },
  selection: ['e_0123456789abcdef'],
  positions: { e_0123456789abcdef: { x: 1.5, y: -2 } },
  layout: 'fcose',
  sizeBy: 'betweenness',
  colorBy: 'community',
  savedAt: '2024-10-14T08:00:00.000Z',
  ...extra,
});

describe('saved views', () => {
  it('saves views in the workspace, replaces one of the same name, deletes, and keeps them on reopen', async () => {
    expect(await core.listViews()).toEqual([]);
    expect(await core.saveView({ view: view('十月的工会') })).toEqual([view('十月的工会')]);
    await core.saveView({ view: view('全部', { filter: {}, selection: [] }) });
    const replaced = await core.saveView({ view: view('十月的工会', { colorBy: 'type' }) });
    expect(replaced.map((v) => [v.name, v.colorBy])).toEqual([
      ['十月的工会', 'type'],
      ['全部', 'community'],
    ]);
    expect((await core.deleteView({ name: '全部' })).map((v) => v.name)).toEqual(['十月的工会']);
    const onDisk = JSON.parse(await readFile(join(dir, 'view.json'), 'utf8'));
    expect(onDisk.views).toEqual([view('十月的工会', { colorBy: 'type' })]);
    await core.close();
    core = await openZhitu({ dir });
    expect(await core.listViews()).toEqual([view('十月的工会', { colorBy: 'type' })]);
  });

  it('refuses a view that does not fit the contract, saving nothing', async () => {
    const before = await core.listViews();
    await expect(invokeApi(core, 'saveView', { view: { ...view('x'), sizeBy: 'colour' } })).rejects.toThrow(/invalid argument for saveView at view.sizeBy/);
    await expect(invokeApi(core, 'saveView', { view: { ...view(' '), name: ' ' } })).rejects.toThrow(/view.name/);
    expect(await core.listViews()).toEqual(before);
  });

  it('keeps at most MAX_VIEWS, dropping the oldest saved', () => {
    let views: SavedView[] = [];
    for (let i = 0; i <= MAX_VIEWS; i++) views = withView(views, view(`v${i}`, { savedAt: `2024-01-01T00:00:${String(i % 60).padStart(2, '0')}.${String(i).padStart(3, '0')}Z` }));
    expect(views).toHaveLength(MAX_VIEWS);
    expect(views.some((v) => v.name === 'v0')).toBe(false);
    expect(views.at(-1)!.name).toBe(`v${MAX_VIEWS}`);
  });
});
