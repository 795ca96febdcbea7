import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../../electron/core/graph';
import { ARTICLES, FUND, HC_UNION, SZ_UNION, extractionV1 } from '../graph/fixtures';
import { fixtureWorkspace, openFixture } from './fixture-workspace';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-light-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

const fund = entityId('organisation', FUND);

describe('light edits', () => {
  it('annotate, rename and retype never rewrite the snapshot, and every read shows them; a merge does rewrite it', async () => {
    const dir = join(root, 'ws');
    await fixtureWorkspace(dir, [ARTICLES], extractionV1());
    const zhitu = await openFixture(dir);
    try {
      const before = await zhitu.stats();
      const build = await readdir(join(dir, 'graph'));
      await zhitu.edit({ op: { op: 'annotate', id: fund, note: '重点', tags: ['基金'], color: '#123456' } });
      await zhitu.edit({ op: { op: 'rename', id: fund, name: '深圳职工发展基金会' } });
      await zhitu.edit({ op: { op: 'retype', id: entityId('organisation', HC_UNION), type: 'place' } });
      expect(await readdir(join(dir, 'graph'))).toEqual(build);
      const node = (await zhitu.getEntity({ id: fund })).node;
      expect(node).toMatchObject({ name: '深圳职工发展基金会', note: '重点', tags: ['基金'], color: '#123456' });
      expect(node.aliases).toContain(FUND);
      expect((await zhitu.getGraph({ filter: { limit: 50 } })).nodes.find((n) => n.id === fund)?.name).toBe('深圳职工发展基金会');
      const stats = await zhitu.stats();
      expect(stats.entities.organisation).toBe(before.entities.organisation - 1);
      expect(stats.entities.place).toBe(before.entities.place + 1);
      // A rename onto an existing entity's name absorbs it: structural, so the snapshot is rebuilt.
      await zhitu.edit({ op: { op: 'rename', id: fund, name: SZ_UNION } });
      expect(await readdir(join(dir, 'graph'))).not.toEqual(build);
      expect((await zhitu.listEntities({})).some((e) => e.id === entityId('organisation', SZ_UNION))).toBe(false);
      await zhitu.undo();
      expect((await zhitu.getEntity({ id: fund })).node.name).toBe('深圳职工发展基金会');
    } finally {
      await zhitu.close();
    }
    // Another process reads the same: the light edits are in the log, applied on top of the snapshot.
    const again = await openFixture(dir);
    try {
      expect((await again.getEntity({ id: fund })).node).toMatchObject({ name: '深圳职工发展基金会', note: '重点' });
    } finally {
      await again.close();
    }
  });
});
