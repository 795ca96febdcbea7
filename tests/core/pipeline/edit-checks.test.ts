import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EditOp } from '../../../electron/shared/types';
import { entityId } from '../../../electron/core/graph';
import { A1, ARTICLES, FUND, SZ_UNION, extractionV1 } from '../graph/fixtures';
import { fixtureWorkspace, openFixture } from './fixture-workspace';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-edit-checks-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fund = entityId('organisation', FUND);
const union = entityId('organisation', SZ_UNION);

/** One refused edit of each kind: a target that does not exist, or one the replay would leave an orphan. */
const REFUSED: Array<[string, EditOp, RegExp]> = [
  ['annotate', { op: 'annotate', id: 'e_0000000000000000', note: 'x' }, /no entity with id/],
  ['rename (an article)', { op: 'rename', id: A1.id, name: '新名字' }, /no entity with id/],
  ['rename (to nothing)', { op: 'rename', id: fund, name: '   ' }, /the new name is empty/],
  ['retype', { op: 'retype', id: 'e_0000000000000000', type: 'person' }, /no entity with id/],
  ['merge', { op: 'merge', target: fund, sources: [fund] }, /cannot be merged into itself/],
  ['splitAlias', { op: 'splitAlias', id: fund, alias: '不存在的别名' }, /is no longer a name/],
  ['delete', { op: 'delete', id: A1.id }, /no entity with id/],
  ['addNode', { op: 'addNode', type: 'person', name: '  ' }, /the name is empty/],
  ['addEdge', { op: 'addEdge', source: fund, target: fund, type: 'partner', label: '' }, /both ends are/],
  ['deleteEdge', { op: 'deleteEdge', id: 'r_0000000000000000' }, /no relation with id/],
];

describe('an edit that would be refused', () => {
  it.each(REFUSED)('(%s) changes nothing on disk or in memory and keeps the redo history', async (_kind, op, reason) => {
    const dir = join(root, `ws${n++}`);
    await fixtureWorkspace(dir, [ARTICLES], extractionV1());
    const zhitu = await openFixture(dir);
    try {
      // A structural edit undone: the snapshot is rebuilt, and the edit waits to be redone.
      await zhitu.edit({ op: { op: 'merge', target: union, sources: [fund] } });
      await zhitu.undo();
      const graph = await zhitu.getGraph({ filter: { includeArticles: true }, evidence: true });
      const stats = await zhitu.stats();
      const log = await readFile(join(dir, 'edits.json'), 'utf8');
      const snapshot = await readdir(join(dir, 'graph'));
      await expect(zhitu.edit({ op })).rejects.toThrow(reason);
      expect(await readFile(join(dir, 'edits.json'), 'utf8')).toBe(log);
      expect(await readdir(join(dir, 'graph'))).toEqual(snapshot);
      expect(await zhitu.getGraph({ filter: { includeArticles: true }, evidence: true })).toEqual(graph);
      expect(await zhitu.stats()).toEqual(stats);
      expect(await zhitu.workspaceInfo()).toMatchObject({ canUndo: false, canRedo: true, orphans: [] });
      await zhitu.redo();
      expect((await zhitu.listEntities({})).some((e) => e.id === fund)).toBe(false);
    } finally {
      await zhitu.close();
    }
  });

  it('is refused the same way after the process that made the snapshot is gone', async () => {
    const dir = join(root, `ws${n++}`);
    await fixtureWorkspace(dir, [ARTICLES], extractionV1());
    const first = await openFixture(dir);
    await first.edit({ op: { op: 'annotate', id: fund, note: '重点' } });
    await first.close();
    const again = await openFixture(dir);
    try {
      await expect(again.edit({ op: { op: 'splitAlias', id: fund, alias: '没有' } })).rejects.toThrow(/is no longer a name/);
      expect((await again.workspaceInfo()).canUndo).toBe(true);
      expect((await again.listEntities({})).find((e) => e.id === fund)?.note).toBe('重点');
    } finally {
      await again.close();
    }
  });
});
