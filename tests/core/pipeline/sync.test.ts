import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invokeApi, openZhitu, type Zhitu } from '../../../electron/core/api';
import type { EntityDetails, EntitySummary, Stats } from '../../../electron/shared/types';

// Two services on one workspace stand for two processes (the app and a `zhitu` command): each
// keeps its own snapshot reader and built graph, and takes in the other's shards and edits.
let tmp: string;
let app: Zhitu;
let cli: Zhitu;
const files: string[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-sync-'));
  files.push(join(tmp, 'page-1.txt'), join(tmp, 'page-2.txt'));
  await writeFile(files[0], '深圳市总工会发起成立基金会\n\n本报讯(记者刘友婷)10月11日,深圳市总工会发起成立深圳市职工发展基金会。\n');
  await writeFile(files[1], '舟山市总工会推出技能共富保\n\n本报讯(记者邹偶然)近日,浙江省舟山市总工会推出“技能共富保”。\n');
  app = await openZhitu({ dir: join(tmp, 'ws'), create: true });
  await app.importPaths({ paths: [files[0]] });
  cli = await openZhitu({ dir: join(tmp, 'ws') });
}, 120_000);
afterAll(async () => {
  await app.close();
  await cli.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('a service on a workspace another process writes', () => {
  it('sees the other\'s import (a new shard) and its edits at its next request', async () => {
    expect(((await invokeApi(app, 'stats', {})) as Stats).articles).toBe(1);
    expect(await app.sync()).toBe(false);
    await cli.importPaths({ paths: [files[1]] });
    expect(((await invokeApi(app, 'stats', {})) as Stats).articles).toBe(2);
    const names = ((await invokeApi(app, 'listEntities', {})) as EntitySummary[]).map((e) => e.name);
    expect(names).toContain('技能共富保');
    const id = (await cli.listEntities({})).find((e) => e.name === '技能共富保')!.id;
    await cli.edit({ op: { op: 'annotate', id, note: '命令行的注释' } });
    expect(((await invokeApi(app, 'getEntity', { id })) as EntityDetails).node.note).toBe('命令行的注释');
    await invokeApi(app, 'edit', { op: { op: 'rename', id, name: '技能共富保险' } });
    expect(((await invokeApi(cli, 'listEntities', {})) as EntitySummary[]).find((e) => e.id === id)).toMatchObject({ name: '技能共富保险', note: '命令行的注释' });
  });

  it('answers requests that arrive together while its graph must be rebuilt (one rebuild, not one each)', async () => {
    // A structural edit by the other process: this one's snapshot is no longer the current one.
    const ids = (await cli.listEntities({})).filter((e) => e.type === 'organisation').map((e) => e.id);
    await cli.edit({ op: { op: 'merge', target: ids[0], sources: [ids[1]] } });
    await cli.undo();
    await cli.edit({ op: { op: 'retype', id: ids[1], type: 'program' } });
    // and its snapshot is gone (a team member deleted graph/, or it was never written).
    await rm(join(tmp, 'ws', 'graph'), { recursive: true, force: true });
    // What a page sends after a language switch: several reads at once.
    const answers = await Promise.all([
      invokeApi(app, 'listArticles', {}),
      invokeApi(app, 'getGraph', { filter: { limit: 300 } }),
      invokeApi(app, 'listEntities', {}),
      invokeApi(app, 'workspaceInfo', {}),
      invokeApi(app, 'timeline', { bucket: 'day' }),
      invokeApi(app, 'stats', {}),
    ]);
    expect(answers.every((a) => a !== undefined)).toBe(true);
    expect(((answers[2] as EntitySummary[]).find((e) => e.id === ids[1]))?.type).toBe('program');
  });
});
