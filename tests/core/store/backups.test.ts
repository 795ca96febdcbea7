import { mkdtemp, readdir, readFile, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/store';
import type { EditsFile } from '../../../electron/core/store/files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-backups-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const backupsOf = async (prefix: string): Promise<string[]> =>
  (await readdir(join(dir, 'backups'))).filter((n) => n.startsWith(`${prefix}-`)).sort();
const readLog = async (path: string): Promise<EditsFile> => JSON.parse(await readFile(path, 'utf8')) as EditsFile;
const notes = (ws: Workspace): unknown[] => ws.activeEdits().map((e) => (e as { note?: string }).note);

async function withEdits(count: number, label = 'old'): Promise<Workspace> {
  const ws = await Workspace.open(dir, { create: true });
  for (let i = 0; i < count; i++) await ws.appendEdit({ op: 'annotate', id: 'e_1', note: `${label} ${i}` });
  return ws;
}

describe('backups', () => {
  it('restores a missing edit log from its backups instead of starting it empty, and reports it', async () => {
    await withEdits(3);
    await unlink(join(dir, 'edits.json'));
    const ws = await Workspace.open(dir);
    expect(notes(ws)).toEqual(['old 0', 'old 1', 'old 2']);
    expect(ws.repairs).toMatchObject([{ file: 'edits.json', damage: 'the file is missing', keptAt: null }]);
    expect(ws.repairs[0]!.restoredFrom).toMatch(/^backups\/edits-.*\.json$/);
    for (let i = 0; i < 10; i++) await ws.appendEdit({ op: 'annotate', id: 'e_2', note: `new ${i}` });
    expect((await Workspace.open(dir)).activeEdits()).toHaveLength(13);
  });

  it('chooses the backup with the most edits, not the one whose name says it is newest, and rotates that one out', async () => {
    await withEdits(3);
    const older = JSON.stringify({ edits: [], cursor: 0, nextSeq: 1 });
    const future = join(dir, 'backups', 'edits-2099-01-01T00-00-00-000Z-000.json');
    await writeFile(future, older);
    await writeFile(join(dir, 'edits.json'), '{"edits": [');
    const ws = await Workspace.open(dir);
    expect(notes(ws)).toEqual(['old 0', 'old 1', 'old 2']);
    expect(ws.repairs[0]!.restoredFrom).not.toContain('2099');
    for (let i = 0; i < 10; i++) await ws.appendEdit({ op: 'annotate', id: 'e_2', note: `new ${i}` });
    const kept = await backupsOf('edits');
    expect(kept).toHaveLength(10);
    expect(kept.some((n) => n.includes('2099'))).toBe(false);
  });

  it('never rotates out the last backup that holds edits the current log lacks', async () => {
    await withEdits(3);
    // The log is replaced by a valid but different one (a user's copy, a sync tool): its edits are not the backups'.
    await writeFile(join(dir, 'edits.json'), JSON.stringify({ edits: [], cursor: 0, nextSeq: 1 }));
    const ws = await Workspace.open(dir);
    expect(ws.activeEdits()).toEqual([]);
    for (let i = 0; i < 15; i++) await ws.appendEdit({ op: 'annotate', id: 'e_2', note: `new ${i}` });
    const logs = await Promise.all((await backupsOf('edits')).map((n) => readLog(join(dir, 'backups', n))));
    const oldNotes = logs.map((log) => log.edits.map((e) => (e as { note?: string }).note).join());
    expect(oldNotes).toContain('old 0,old 1,old 2');
    expect(logs.length).toBeLessThanOrEqual(11);
  });

  it('backs up zhitu.json, restores it when damaged or missing, and rewrites it', async () => {
    await withEdits(1);
    expect(await backupsOf('zhitu')).not.toEqual([]);
    await writeFile(join(dir, 'zhitu.json'), '{"format": "zhitu-wor');
    const repaired = await Workspace.open(dir);
    expect(repaired.warnings.join()).toMatch(/zhitu\.json was damaged \(not valid JSON/);
    expect(JSON.parse(await readFile(join(dir, 'zhitu.json'), 'utf8'))).toMatchObject({ format: 'zhitu-workspace' });
    const again = await Workspace.open(dir);
    expect(again.warnings).toEqual([]);
    expect(notes(again)).toEqual(['old 0']);
    await unlink(join(dir, 'zhitu.json'));
    const restored = await Workspace.open(dir);
    expect(restored.repairs).toMatchObject([{ file: 'zhitu.json', damage: 'the file is missing' }]);
    expect((await stat(join(dir, 'zhitu.json'))).isFile()).toBe(true);
  });

  it('gives the meta file of a workspace made before backups of it a first backup', async () => {
    await withEdits(1);
    for (const name of await backupsOf('zhitu')) await unlink(join(dir, 'backups', name));
    await Workspace.open(dir);
    expect(await backupsOf('zhitu')).toHaveLength(1);
  });

  it('starts damaged positions afresh when no backup reads, keeps the damaged copy, and says so', async () => {
    await withEdits(1);
    await writeFile(join(dir, 'view.json'), '{"positions": {"e_1": ');
    const ws = await Workspace.open(dir);
    expect(ws.positions()).toEqual({});
    expect(ws.repairs).toMatchObject([{ file: 'view.json', restoredFrom: null, consequence: 'node positions will be laid out again' }]);
    expect(await readFile(join(dir, ws.repairs[0]!.keptAt!), 'utf8')).toBe('{"positions": {"e_1": ');
    expect(notes(ws)).toEqual(['old 0']);
  });
});
