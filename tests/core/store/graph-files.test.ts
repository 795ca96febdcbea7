import { mkdir, mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GRACE_MS, GraphFiles } from '../../../electron/core/store/graph-files';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-graph-files-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

const build = (n: number) => [{ name: 'summary.json', content: JSON.stringify({ n }) }];
const builds = async () => (await readdir(join(dir, 'graph'))).filter((n) => n.startsWith('b')).sort();

describe('the graph snapshot files', () => {
  it('lets a reader in another process finish the build it opened after a newer one is written', async () => {
    const writer = new GraphFiles(dir);
    const reader = new GraphFiles(dir);
    await writer.write(build(1));
    expect(await reader.read('summary.json')).toEqual({ n: 1 });
    await new Promise((r) => setTimeout(r, 5));
    await writer.write(build(2));
    // The reader keeps its build until it is told to look again.
    expect(await reader.read('summary.json')).toEqual({ n: 1 });
    reader.refresh();
    expect(await reader.read('summary.json')).toEqual({ n: 2 });
  });

  it('keeps at most two superseded builds, and none superseded longer ago than the grace period', async () => {
    const files = new GraphFiles(dir);
    for (let n = 1; n <= 5; n++) {
      await files.write(build(n));
      await new Promise((r) => setTimeout(r, 5));
    }
    expect(await builds()).toHaveLength(3);
    expect(await files.read('summary.json')).toEqual({ n: 5 });
    // A build superseded long ago goes at the next write; the one that write supersedes stays.
    const long = Date.now() - 2 * GRACE_MS;
    for (const b of await builds()) await rm(join(dir, 'graph', b), { recursive: true });
    await mkdir(join(dir, 'graph', `b${long.toString(36)}-1`));
    await mkdir(join(dir, 'graph', `b${(long + 1000).toString(36)}-1`));
    await files.write(build(6));
    expect(await builds()).toHaveLength(2);
    expect(await builds()).not.toContain(`b${long.toString(36)}-1`);
    expect(await builds()).toContain(`b${(long + 1000).toString(36)}-1`);
    expect(await files.read('summary.json')).toEqual({ n: 6 });
  });
});
