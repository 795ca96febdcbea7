import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZhitu } from '../../../electron/core/api';
import { SNAPSHOT_VERSION } from '../../../electron/core/graph/snapshot-model';
import { GraphFiles } from '../../../electron/core/store/graph-files';
import { oldWorkspace, runnerStampedAs } from './made-by';

const ws = oldWorkspace('v2');

describe('a schema 2 workspace with a version 1 graph snapshot (made by main at d80fccd)', () => {
  it('opens and reads as that version read it: stats, entities, relations with evidence, articles, first view', async () => {
    const zhitu = await openZhitu({ dir: ws.dir(), runner: runnerStampedAs('1.1.0') });
    try {
      expect((await zhitu.workspaceInfo()).warnings).toEqual([]);
      await ws.expectSameAnswers(zhitu);
      // The light edits of the log are there, and the structural ones can be undone.
      expect((await zhitu.listEntities({})).find((e) => e.id === 'e_51204835fd10dbe5')?.note).toBe('夜校');
      await zhitu.undo();
      await zhitu.undo();
      await zhitu.undo();
      expect((await zhitu.listEntities({})).some((e) => e.id === 'e_96cdfe45ae858f2b')).toBe(true);
    } finally {
      await zhitu.close();
    }
  });

  it('rebuilds the snapshot in the current version and keeps the plain extraction files it has; new shards are compressed', async () => {
    const zhitu = await openZhitu({ dir: ws.dir(), runner: runnerStampedAs('1.1.0') });
    try {
      await zhitu.stats();
      const files = new GraphFiles(ws.dir());
      expect((await files.read<{ version: number }>('summary.json'))?.version).toBe(SNAPSHOT_VERSION);
      expect(await files.readBytes('edges.bin')).not.toBeNull();
      const catalog = JSON.parse(await readFile(join(ws.dir(), 'catalog.json'), 'utf8')) as { shards: Array<{ files: { extract: { name: string } } }> };
      expect(catalog.shards.map((s) => s.files.extract.name)).toEqual(['000001.extract.1540f9c1031e.json', '000002.extract.8f3952ba7a1e.json']);
      const before = (await zhitu.stats()).articles;
      const src = join(ws.dir(), '..', 'src');
      await cp(join(import.meta.dirname, '..', '..', 'fixtures', 'holdout', 'page-1.txt'), join(src, 'page-1.txt'), { recursive: true });
      await zhitu.importPaths({ paths: [src] });
      expect((await zhitu.stats()).articles).toBeGreaterThan(before);
      expect((await readdir(join(ws.dir(), 'shards'))).filter((n) => n.startsWith('000003.extract.'))).toEqual([expect.stringMatching(/\.json\.gz$/)]);
    } finally {
      await zhitu.close();
    }
  });
});
