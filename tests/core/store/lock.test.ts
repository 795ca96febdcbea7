import { mkdtemp, readFile, rm, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/store';
import { LOCK_FILE, WorkspaceBusyError, WorkspaceLock } from '../../../electron/core/store/lock';
import { startChild } from './child';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-lock-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const exists = (path: string): Promise<boolean> => readFile(path).then(() => true, () => false);

describe('WorkspaceLock', () => {
  it('makes a second process wait, then fail with a message naming the holder', async () => {
    const holder = startChild(dir, ['hold']);
    await holder.until((l) => 'held' in l);
    const lock = new WorkspaceLock(dir, { waitMs: 300 });
    const error = await lock.run(async () => 'got it').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceBusyError);
    expect((error as Error).message).toContain(`process ${holder.child.pid}`);
    expect((error as Error).message).toContain('store-child hold');
    expect((error as Error).message).toContain(dir);
    holder.child.kill('SIGKILL');
    await holder.ended;
  });

  it('lets the waiting process in once the holder releases the workspace', async () => {
    const release = join(dir, 'release');
    const holder = startChild(dir, ['hold', release]);
    await holder.until((l) => 'held' in l);
    const lock = new WorkspaceLock(dir, { waitMs: 30_000 });
    const waiting = lock.run(async () => ({ released: await exists(release), holder: (await lock.holder())?.pid }));
    await writeFile(release, '');
    expect(await waiting).toEqual({ released: true, holder: process.pid });
    expect((await holder.ended).lines).toContainEqual({ released: holder.child.pid });
    expect(await exists(join(dir, LOCK_FILE))).toBe(false);
  });

  it('takes over the lock of a process that was killed while holding it', async () => {
    const holder = startChild(dir, ['hold']);
    await holder.until((l) => 'held' in l);
    holder.child.kill('SIGKILL');
    await holder.ended;
    expect(await exists(join(dir, LOCK_FILE))).toBe(true);
    await expect(new WorkspaceLock(dir, { waitMs: 2000 }).run(async () => 'mine')).resolves.toBe('mine');
  });

  it('takes over a lock from another machine only once its file is older than the stale limit', async () => {
    const foreign = { pid: 1, host: 'other-machine', command: 'zhitu annotate', since: '2024-01-01T00:00:00Z', nonce: 'x' };
    await writeFile(join(dir, LOCK_FILE), JSON.stringify(foreign));
    const lock = new WorkspaceLock(dir, { waitMs: 100, staleMs: 60_000 });
    await expect(lock.run(async () => 'mine')).rejects.toThrow(/process 1 on other-machine \(zhitu annotate\)/);
    const old = new Date(Date.now() - 120_000);
    await utimes(join(dir, LOCK_FILE), old, old);
    await expect(lock.run(async () => 'mine')).resolves.toBe('mine');
  });

  it('runs the transactions of one process one at a time, and a nested one inside its parent', async () => {
    const a = new WorkspaceLock(dir);
    const b = new WorkspaceLock(dir);
    const events: string[] = [];
    const task = (name: string, lock: WorkspaceLock) =>
      lock.run(async () => {
        events.push(`${name} in`);
        await new Promise((r) => setTimeout(r, 5));
        await lock.run(async () => events.push(`${name} nested`));
        events.push(`${name} out`);
      });
    await Promise.all([task('a', a), task('b', b), task('c', a)]);
    for (let i = 0; i < events.length; i += 3) {
      const name = events[i]!.split(' ')[0];
      expect(events.slice(i, i + 3)).toEqual([`${name} in`, `${name} nested`, `${name} out`]);
    }
    expect(await exists(join(dir, LOCK_FILE))).toBe(false);
  });

  it('releases the lock when the transaction throws', async () => {
    const lock = new WorkspaceLock(dir);
    await expect(lock.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await exists(join(dir, LOCK_FILE))).toBe(false);
    await expect(lock.run(async () => 1)).resolves.toBe(1);
  });

  it('lets a reader open the workspace while another process writes, and says who when a write must wait too long', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'delete', id: 'e_1' });
    const holder = startChild(dir, ['hold']);
    await holder.until((l) => 'held' in l);
    await writeFile(join(dir, `.edits.json.${holder.child.pid}-1.tmp`), '{"edits"');
    const reader = await Workspace.open(dir, { lock: { waitMs: 200 } });
    expect(reader.activeEdits()).toHaveLength(1);
    await expect(reader.appendEdit({ op: 'delete', id: 'e_2' })).rejects.toThrow(/is busy: process \d+ on .* \(store-child hold\)/);
    holder.child.kill('SIGKILL');
    await holder.ended;
    await Workspace.open(dir);
    expect(await exists(join(dir, `.edits.json.${holder.child.pid}-1.tmp`))).toBe(false);
  });
});
