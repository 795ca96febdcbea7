import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { invokeApi } from '../../electron/core/dispatch';
import { MAX_EDIT_BATCH } from '../../electron/shared/edit-group';
import type { EntitySummary } from '../../electron/shared/types';

const SAMPLE = resolve('data/000_65facfb44480fdb1.txt');
let tmp: string;
let dir: string;
let core: Zhitu;

const byName = (list: EntitySummary[], name: string): EntitySummary => {
  const found = list.find((e) => e.name === name);
  if (!found) throw new Error(`no entity ${name} among ${list.length}`);
  return found;
};

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-api-'));
  dir = join(tmp, 'ws');
  core = await openZhitu({ dir, create: true });
  await core.importPaths({ paths: [SAMPLE] });
});
afterAll(async () => {
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the core service: edits over extraction', () => {
  it('keeps a note, a merge, a rename and a deletion through re-extraction', async () => {
    const all = await core.listEntities({});
    const shenzhen = byName(all, '深圳市总工会');
    const foundation = byName(all, '深圳市职工发展基金会');
    const qinghai = byName(all, '青海省总工会');
    const person = byName(all, '夏海燕');
    const zhoushan = byName(all, '舟山市总工会');
    await core.edit({ op: { op: 'annotate', id: shenzhen.id, note: '1996年发起基金会', tags: ['工会'], color: '#ff7f0e' } });
    await core.edit({ op: { op: 'merge', target: shenzhen.id, sources: [zhoushan.id] } });
    await core.edit({ op: { op: 'rename', id: foundation.id, name: '深圳职工发展基金会' } });
    await core.edit({ op: { op: 'delete', id: qinghai.id } });
    const check = async (): Promise<void> => {
      const list = await core.listEntities({});
      const merged = list.find((e) => e.id === shenzhen.id)!;
      expect(merged).toMatchObject({ note: '1996年发起基金会', tags: ['工会'], color: '#ff7f0e' });
      expect(merged.aliases).toContain('舟山市总工会');
      expect(list.some((e) => e.id === zhoushan.id)).toBe(false);
      expect(list.find((e) => e.id === foundation.id)).toMatchObject({ name: '深圳职工发展基金会' });
      expect(list.find((e) => e.id === foundation.id)!.aliases).toContain('深圳市职工发展基金会');
      expect(list.some((e) => e.id === qinghai.id || e.name === '青海省总工会')).toBe(false);
      expect(list.some((e) => e.id === person.id)).toBe(true);
    };
    await check();
    const info = await core.reextract();
    expect(info.orphans).toEqual([]);
    await check();
    // and in a new session on the same folder
    await core.close();
    core = await openZhitu({ dir });
    await check();
  });

  it('undo restores exactly the previous state, and redo the next', async () => {
    const before = await core.getGraph({});
    const target = before.nodes.find((n) => n.type === 'person')!;
    await core.edit({ op: { op: 'retype', id: target.id, type: 'organisation' } });
    expect((await core.getGraph({})).nodes.find((n) => n.id === target.id)!.type).toBe('organisation');
    const undone = await core.undo();
    expect(undone.canRedo).toBe(true);
    expect(await core.getGraph({})).toEqual(before);
    await core.redo();
    expect((await core.getGraph({})).nodes.find((n) => n.id === target.id)!.type).toBe('organisation');
    await core.undo();
  });

  it('undoes a group of deletions (one bulk action) in one step, through the API as the page calls it', async () => {
    const before = await core.getGraph({});
    const three = before.nodes.filter((n) => n.type === 'person').slice(0, 3).map((n) => n.id);
    expect(three).toHaveLength(3);
    for (const id of three) await invokeApi(core, 'edit', { op: { op: 'delete', id }, group: 'bulk-1' });
    expect((await core.getGraph({})).nodes.filter((n) => three.includes(n.id))).toEqual([]);
    const undone = await invokeApi(core, 'undo', undefined);
    expect(undone).toMatchObject({ canRedo: true });
    expect(await core.getGraph({})).toEqual(before);
    await core.redo();
    expect((await core.getGraph({})).nodes.filter((n) => three.includes(n.id))).toEqual([]);
    await core.undo();
    await expect(invokeApi(core, 'edit', { op: { op: 'delete', id: three[0] }, group: '' })).rejects.toThrow(/group/);
    await expect(invokeApi(core, 'edit', { op: { op: 'delete', id: three[0] }, group: 7 })).rejects.toThrow(/group/);
  });

  it('applies a batch of deletions with one applyEdits call as the page sends it: one undo step, sizes and ops checked by the contract', async () => {
    const before = await core.getGraph({});
    const three = before.nodes.filter((n) => n.type === 'person').slice(0, 3).map((n) => n.id);
    const ops = three.map((id) => ({ op: 'delete', id }));
    expect(await invokeApi(core, 'applyEdits', { ops, group: 'bulk-2' })).toEqual({ ids: three, canUndo: true, canRedo: false });
    expect((await core.getGraph({})).nodes.filter((n) => three.includes(n.id))).toEqual([]);
    expect(await invokeApi(core, 'undo', undefined)).toMatchObject({ canRedo: true });
    expect(await core.getGraph({})).toEqual(before);
    const edits = await readFile(join(dir, 'edits.json'), 'utf8');
    await expect(invokeApi(core, 'applyEdits', { ops: [] })).rejects.toThrow(/invalid argument for applyEdits at ops: /);
    const tooMany = Array.from({ length: MAX_EDIT_BATCH + 1 }, () => ops[0]);
    await expect(invokeApi(core, 'applyEdits', { ops: tooMany })).rejects.toThrow(/invalid argument for applyEdits at ops: /);
    await expect(invokeApi(core, 'applyEdits', { ops: [ops[0], { op: 'delete', id: '' }] })).rejects.toThrow(/invalid argument for applyEdits at ops\.1\.id/);
    await expect(invokeApi(core, 'applyEdits', { ops, group: '' })).rejects.toThrow(/group/);
    await expect(invokeApi(core, 'applyEdits', { ops, force: true })).rejects.toThrow(/applyEdits/);
    await expect(invokeApi(core, 'applyEdits', { ops: [...ops, { op: 'delete', id: 'e_0000000000000000' }] })).rejects.toThrow(/^edit 4 of 4 \(delete e_0000000000000000\) refused, nothing applied: delete: no entity with id e_0000000000000000$/);
    expect(await readFile(join(dir, 'edits.json'), 'utf8')).toBe(edits);
    // A batch of the largest size is taken.
    const tags = Array.from({ length: MAX_EDIT_BATCH }, (_, i) => ({ op: 'annotate', id: three[i % 3], tags: ['批量'] }));
    expect(((await invokeApi(core, 'applyEdits', { ops: tags })) as { ids: string[] }).ids).toHaveLength(MAX_EDIT_BATCH);
    await core.undo();
    expect(await core.getGraph({})).toEqual(before);
  });

  it('refuses an edit that names nothing and leaves the log as it was', async () => {
    const edits = await readFile(join(dir, 'edits.json'), 'utf8');
    await expect(core.edit({ op: { op: 'annotate', id: 'e_0000000000000000', note: 'x' } })).rejects.toThrow(/annotate: no entity with id e_0000000000000000/);
    expect(await readFile(join(dir, 'edits.json'), 'utf8')).toBe(edits);
  });

  it('recovers a corrupt edit log from a backup on open and says so', async () => {
    await core.close();
    const good = await readFile(join(dir, 'edits.json'), 'utf8');
    await writeFile(join(dir, 'edits.json'), '{"edits": [');
    core = await openZhitu({ dir });
    const info = await core.workspaceInfo();
    expect(info.warnings.join('\n')).toMatch(/edits\.json was damaged.*restored the backup/);
    expect(JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8'))).toEqual(JSON.parse(good));
    const shenzhen = (await core.listEntities({})).find((e) => e.name === '深圳市总工会')!;
    expect(shenzhen.note).toBe('1996年发起基金会');
  });

  it('re-extracts on open when a shard\'s extraction file is lost or damaged, and rebuilds a damaged graph snapshot', async () => {
    const before = await core.listEntities({});
    await core.close();
    const shards = join(dir, 'shards');
    const extract = (await readdir(shards)).find((n) => n.includes('.extract.')) as string;
    await writeFile(join(shards, extract), 'garbage');
    await rm(join(dir, 'graph'), { recursive: true });
    core = await openZhitu({ dir });
    expect((await core.workspaceInfo()).warnings.join('\n')).toMatch(/extract.*was damaged \(7 bytes where the catalog says \d+\); started it afresh \(the \d+ articles of shard 1 are extracted again\)/);
    expect(await core.listEntities({})).toEqual(before);
  });
});
