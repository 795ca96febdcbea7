import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openZhitu } from '../../../electron/core/api';
import { SNAPSHOT_VERSION } from '../../../electron/core/graph/snapshot-model';
import { GraphFiles } from '../../../electron/core/store/graph-files';
import { oldWorkspace, runnerStampedAs } from './made-by';
import type { EntityDetails } from '../../../electron/shared/types';

const ws = oldWorkspace('v3');
const { expected } = ws;

describe('a schema 2 workspace with a version 6 graph snapshot (made by main at 74b8625)', () => {
  it('is upgraded on open and reads as that version read it: details, stats, entities, relations, articles', async () => {
    const before = JSON.parse(await readFile(join(ws.dir(), 'graph', 'current.json'), 'utf8')) as { build: string };
    const zhitu = await openZhitu({ dir: ws.dir(), runner: runnerStampedAs('1.3.0') });
    try {
      expect((await zhitu.workspaceInfo()).warnings).toEqual([]);
      const details = await expected<Record<string, EntityDetails>>('details');
      for (const [id, answer] of Object.entries(details)) expect(await zhitu.getEntity({ id })).toEqual(answer);
      await ws.expectSameAnswers(zhitu);
      // The light edits of the log are there, and the structural one can be undone.
      expect((await zhitu.listEntities({})).find((e) => e.id === 'e_51204835fd10dbe5')?.note).toBe('夜校');
      await zhitu.undo();
      await zhitu.undo();
      await zhitu.undo();
      expect((await zhitu.listEntities({})).some((e) => e.id === 'e_f5e78e0d77ec2839')).toBe(true);
    } finally {
      await zhitu.close();
    }
    // The upgrade wrote a build of the current version next to the old one (kept for other readers a while).
    const files = new GraphFiles(ws.dir());
    expect((await files.read<{ version: number }>('summary.json'))?.version).toBe(SNAPSHOT_VERSION);
    expect(await readdir(join(ws.dir(), 'graph'))).toContain(before.build);
  });

  it('keeps the upgraded snapshot: its incident records are smaller and the summary keeps the key of the edits it replayed', async () => {
    const old = new GraphFiles(ws.dir());
    const oldSummary = await old.read<{ version: number; key: unknown }>('summary.json');
    const oldIncident = (await old.readBytes('incident.bin'))!.length;
    expect(oldSummary?.version).toBe(6);
    const zhitu = await openZhitu({ dir: ws.dir(), runner: runnerStampedAs('1.3.0') });
    try {
      await zhitu.stats();
      await zhitu.getEntity({ id: 'e_51204835fd10dbe5' });
    } finally {
      await zhitu.close();
    }
    const files = new GraphFiles(ws.dir());
    const summary = await files.read<{ version: number; key: unknown }>('summary.json');
    expect(summary).toEqual({ ...oldSummary, version: SNAPSHOT_VERSION });
    expect((await files.readBytes('incident.bin'))!.length).toBeLessThan(oldIncident);
  });
});
