import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/store';
import type { EditsFile } from '../../../electron/core/store/files';
import { runChild } from './child';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-edit-log-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const onDisk = async (): Promise<EditsFile> => JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8')) as EditsFile;
const ids = (log: EditsFile): string[] => log.edits.slice(0, log.cursor).map((e) => (e as { id: string }).id);

describe('the edit log with several writers', () => {
  it('keeps every acknowledged edit of two processes appending at once', async () => {
    await Workspace.open(dir, { create: true });
    const [a, b] = await Promise.all([runChild(dir, ['append', '25', 'a']), runChild(dir, ['append', '25', 'b'])]);
    expect([a.code, b.code]).toEqual([0, 0]);
    const acked = [...a.lines, ...b.lines].filter((l) => 'ack' in l).map((l) => l.id as string);
    expect(acked).toHaveLength(50);
    const log = await onDisk();
    expect(new Set(ids(log))).toEqual(new Set(acked));
    expect(new Set(log.edits.map((e) => e.seq)).size).toBe(50);
    expect(log.nextSeq).toBe(51);
  });

  it('appends to the log on disk, never writing back a stale copy held in memory', async () => {
    const first = await Workspace.open(dir, { create: true });
    const second = await Workspace.open(dir);
    await first.appendEdit({ op: 'delete', id: 'e_1' });
    await second.appendEdit({ op: 'delete', id: 'e_2' });
    await first.appendEdit({ op: 'delete', id: 'e_3' });
    expect(ids(await onDisk())).toEqual(['e_1', 'e_2', 'e_3']);
    expect(first.activeEdits().map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('undoes and redoes the log as it is on disk', async () => {
    const first = await Workspace.open(dir, { create: true });
    const second = await Workspace.open(dir);
    await first.appendEdit({ op: 'delete', id: 'e_1' });
    expect(second.canUndo()).toBe(false);
    expect(await second.undo()).toBe(true);
    expect((await onDisk()).cursor).toBe(0);
    expect(second.canUndo()).toBe(false);
    expect(second.canRedo()).toBe(true);
    expect(await first.undo()).toBe(false);
    expect(await first.redo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_1']);
  });

  it('takes back only its own refused edit, not one another writer appended after it', async () => {
    const first = await Workspace.open(dir, { create: true });
    const second = await Workspace.open(dir);
    await first.appendEdit({ op: 'delete', id: 'refused' });
    await second.appendEdit({ op: 'delete', id: 'kept' });
    await first.discardLast();
    expect(ids(await onDisk())).toEqual(['kept']);
    expect((await onDisk()).cursor).toBe(1);
  });

  it('sees what another process wrote after refresh, and says which file changed', async () => {
    const ws = await Workspace.open(dir, { create: true });
    expect(await ws.refresh()).toEqual([]);
    const child = await runChild(dir, ['append', '2', 'cli']);
    expect(child.code).toBe(0);
    expect(ws.activeEdits()).toEqual([]);
    expect(await ws.refresh()).toEqual(['edits']);
    expect(ws.activeEdits().map((e) => (e as { id: string }).id)).toEqual(['e_cli_0', 'e_cli_1']);
    expect(ws.canUndo()).toBe(true);
    expect(await ws.refresh()).toEqual([]);
  });
});

describe('groups of edits (one user action over many entities)', () => {
  it('undoes and redoes a group in one step, single edits around it one at a time', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'delete', id: 'e_alone' });
    for (const id of ['e_1', 'e_2', 'e_3']) await ws.appendEdit(ws.nextEdit({ op: 'delete', id }, 'bulk'));
    await ws.appendEdit({ op: 'delete', id: 'e_after' });
    expect((await onDisk()).edits.map((e) => e.group)).toEqual([undefined, 'bulk', 'bulk', 'bulk', undefined]);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_alone', 'e_1', 'e_2', 'e_3']);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_alone']);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual([]);
    expect(await ws.redo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_alone']);
    expect(await ws.redo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_alone', 'e_1', 'e_2', 'e_3']);
    expect(ws.activeEdits().map((e) => (e as { id: string }).id)).toEqual(['e_alone', 'e_1', 'e_2', 'e_3']);
  });

  it('keeps two groups made one after the other apart', async () => {
    const ws = await Workspace.open(dir, { create: true });
    for (const id of ['e_1', 'e_2']) await ws.appendEdit(ws.nextEdit({ op: 'delete', id }, 'first'));
    for (const id of ['e_3', 'e_4']) await ws.appendEdit(ws.nextEdit({ op: 'delete', id }, 'second'));
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_1', 'e_2']);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual([]);
    expect(await ws.undo()).toBe(false);
  });

  it('appends a batch in one write (numbered in order, undone edits dropped) that undoes and redoes as one step', async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'delete', id: 'e_kept' });
    await ws.appendEdit({ op: 'delete', id: 'e_undone' });
    await ws.undo();
    const stored = await ws.appendEdits(['e_1', 'e_2', 'e_3'].map((id) => ws.nextEdit({ op: 'delete', id }, 'bulk')));
    expect(stored.map((e) => [e.seq, e.group])).toEqual([[3, 'bulk'], [4, 'bulk'], [5, 'bulk']]);
    const log = await onDisk();
    expect(log).toMatchObject({ cursor: 4, nextSeq: 6 });
    expect(ids(log)).toEqual(['e_kept', 'e_1', 'e_2', 'e_3']);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_kept']);
    expect(await ws.redo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_kept', 'e_1', 'e_2', 'e_3']);
  });

  it('loads a log written before groups, and undoes its edits one at a time', async () => {
    const old = {
      edits: [
        { op: 'delete', id: 'e_1', seq: 1, at: '2026-12-01T00:00:00.000Z' },
        { op: 'delete', id: 'e_2', seq: 2, at: '2026-12-01T00:00:01.000Z' },
      ],
      cursor: 2,
      nextSeq: 3,
    };
    await Workspace.open(dir, { create: true });
    await writeFile(join(dir, 'edits.json'), JSON.stringify(old));
    const ws = await Workspace.open(dir);
    expect(ws.activeEdits()).toEqual(old.edits);
    expect(await ws.undo()).toBe(true);
    expect(ids(await onDisk())).toEqual(['e_1']);
  });

  it('refuses a log whose group is not a name', async () => {
    await Workspace.open(dir, { create: true });
    await writeFile(join(dir, 'edits.json'), JSON.stringify({ edits: [{ op: 'delete', id: 'e_1', seq: 1, at: 'x', group: '' }], cursor: 1, nextSeq: 2 }));
    await expect(Workspace.open(dir)).rejects.toThrow(/edits\.0\.group/);
  });
});
