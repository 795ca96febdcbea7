import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Zhitu } from '../../../electron/core/api';
import { entityId } from '../../../electron/core/graph';
import { WorkspaceGraph } from '../../../electron/core/pipeline/workspace-graph';
import { EditLog } from '../../../electron/core/store/edit-log';
import type { EditOp, StoredEdit } from '../../../electron/shared/types';
import { ARTICLES, FUND, HC_UNION, SZ_UNION, extractionV1 } from '../graph/fixtures';
import { fixtureWorkspace, openFixture } from './fixture-workspace';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-apply-edits-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});
afterEach(() => {
  vi.restoreAllMocks();
});

const fund = entityId('organisation', FUND);
const union = entityId('organisation', SZ_UNION);
const hechi = entityId('organisation', HC_UNION);
const three = [fund, union, hechi];
const deletes: EditOp[] = three.map((id) => ({ op: 'delete', id }));

interface Log {
  edits: StoredEdit[];
  cursor: number;
  nextSeq: number;
}

async function open(): Promise<{ dir: string; zhitu: Zhitu }> {
  const dir = join(root, `ws${n++}`);
  await fixtureWorkspace(dir, [ARTICLES], extractionV1());
  const zhitu = await openFixture(dir);
  // The snapshot is written and read once, so that the counts below are of the edits alone.
  await zhitu.getGraph({});
  return { dir, zhitu };
}

const readLog = async (dir: string): Promise<Log> => JSON.parse(await readFile(join(dir, 'edits.json'), 'utf8')) as Log;

/** Counts graph builds (replays of the log), snapshot writes and log writes from here on. */
function counters(): { builds: () => number; snapshots: () => number; logWrites: () => number } {
  const build = vi.spyOn(WorkspaceGraph.prototype, 'build');
  const write = vi.spyOn(WorkspaceGraph.prototype, 'write');
  const append = vi.spyOn(EditLog.prototype, 'appendAll');
  return { builds: () => build.mock.calls.length, snapshots: () => write.mock.calls.length, logWrites: () => append.mock.calls.length };
}

describe('applyEdits: the edits of one action at once', () => {
  it('stores a batch as one group with one log write, one graph build and one snapshot write; one undo takes it back', async () => {
    const { dir, zhitu } = await open();
    try {
      const before = await zhitu.getGraph({});
      const count = counters();
      const result = await zhitu.applyEdits({ ops: deletes, group: 'bulk-1' });
      expect({ builds: count.builds(), snapshots: count.snapshots(), logWrites: count.logWrites() }).toEqual({ builds: 1, snapshots: 1, logWrites: 1 });
      expect(result).toEqual({ ids: three, canUndo: true, canRedo: false });
      const log = await readLog(dir);
      expect(log.edits.map((e) => [e.seq, e.op, 'id' in e ? e.id : null, e.group])).toEqual(three.map((id, i) => [i + 1, 'delete', id, 'bulk-1']));
      expect(log).toMatchObject({ cursor: 3, nextSeq: 4 });
      // The name of each deleted entity is recorded with its edit, as `edit` does.
      expect(log.edits.map((e) => ('name' in e ? e.name : null))).toEqual([FUND, SZ_UNION, HC_UNION]);
      expect((await zhitu.getGraph({})).nodes.filter((x) => three.includes(x.id))).toEqual([]);
      expect(await zhitu.undo()).toMatchObject({ canUndo: false, canRedo: true });
      expect(await zhitu.getGraph({})).toEqual(before);
      await zhitu.redo();
      expect((await zhitu.getGraph({})).nodes.filter((x) => three.includes(x.id))).toEqual([]);
    } finally {
      await zhitu.close();
    }
  });

  it('builds the graph once per edit when the same edits are sent one by one (what the shells did before)', async () => {
    const { zhitu } = await open();
    try {
      const count = counters();
      for (const op of deletes) await zhitu.edit({ op, group: 'bulk-1' });
      expect({ builds: count.builds(), snapshots: count.snapshots(), logWrites: count.logWrites() }).toEqual({ builds: 3, snapshots: 3, logWrites: 3 });
    } finally {
      await zhitu.close();
    }
  });

  it('applies a batch of light edits (tags) without building the graph', async () => {
    const { dir, zhitu } = await open();
    try {
      const count = counters();
      const result = await zhitu.applyEdits({ ops: three.map((id) => ({ op: 'annotate', id, tags: ['重点'] })) });
      expect({ builds: count.builds(), snapshots: count.snapshots(), logWrites: count.logWrites() }).toEqual({ builds: 0, snapshots: 0, logWrites: 1 });
      expect(result.ids).toEqual(three);
      const { edits } = await readLog(dir);
      // Without a group given, the core makes one for the batch.
      expect(new Set(edits.map((e) => e.group)).size).toBe(1);
      expect(edits[0].group).toMatch(/^core-/);
      const tagged = (await zhitu.listEntities({})).filter((e) => three.includes(e.id));
      expect(tagged.map((e) => e.tags)).toEqual([['重点'], ['重点'], ['重点']]);
      await zhitu.undo();
      expect((await zhitu.listEntities({})).filter((e) => three.includes(e.id)).every((e) => e.tags === undefined)).toBe(true);
    } finally {
      await zhitu.close();
    }
  });

  it.each<[string, EditOp[], RegExp]>([
    ['a target that does not exist', [deletes[0], { op: 'annotate', id: 'e_0000000000000000', note: 'x' }, deletes[2]], /^edit 2 of 3 \(annotate e_0000000000000000\) refused, nothing applied: annotate: no entity with id e_0000000000000000$/],
    ['an edit the replay of the batch leaves an orphan', [deletes[0], deletes[1], { op: 'rename', id: fund, name: '新名字' }], /^edit 3 of 3 \(rename e_[0-9a-f]+\) refused, nothing applied: rename: /],
    ['a merge into itself', [deletes[2], { op: 'merge', target: fund, sources: [fund] }], /^edit 2 of 2 \(merge e_[0-9a-f]+\) refused, nothing applied: merge: an entity cannot be merged into itself$/],
  ])('refuses the whole batch for %s, and leaves the log, its redo history and the graph as they were', async (_case, ops, reason) => {
    const { dir, zhitu } = await open();
    try {
      // An edit undone: its redo must survive the refused batch.
      await zhitu.edit({ op: { op: 'merge', target: union, sources: [fund] } });
      await zhitu.undo();
      const graph = await zhitu.getGraph({ filter: { includeArticles: true }, evidence: true });
      const log = await readFile(join(dir, 'edits.json'), 'utf8');
      const snapshot = await readdir(join(dir, 'graph'));
      const count = counters();
      await expect(zhitu.applyEdits({ ops, group: 'bulk-2' })).rejects.toThrow(reason);
      expect(count.logWrites()).toBe(0);
      expect(count.snapshots()).toBe(0);
      expect(await readFile(join(dir, 'edits.json'), 'utf8')).toBe(log);
      expect(await readdir(join(dir, 'graph'))).toEqual(snapshot);
      expect(await zhitu.getGraph({ filter: { includeArticles: true }, evidence: true })).toEqual(graph);
      expect(await zhitu.workspaceInfo()).toMatchObject({ canUndo: false, canRedo: true });
    } finally {
      await zhitu.close();
    }
  });
});
