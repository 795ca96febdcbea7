import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../../electron/core/api';
import { startServer, type RunningServer } from '../../../electron/server/index';
import type { EntitySummary, StoredEdit, WorkspaceInfo } from '../../../electron/shared/types';

// `zhitu serve` (here its server and core in this process) and the real `zhitu` CLI in child processes, on one workspace.
let tmp: string;
let ws: string;
let core: Zhitu;
let server: RunningServer;
let org: EntitySummary;

function zhitu(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((done) => {
    const child = spawn(process.execPath, [resolve('bin/zhitu.mjs'), ...args, '--workspace', ws], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('close', (code) => done({ code, stdout, stderr }));
  });
}

function api<T>(method: string, args: unknown = {}): Promise<T> {
  return new Promise((done, fail) => {
    const body = JSON.stringify(args);
    const req = request(
      {
        host: '127.0.0.1',
        port: server.port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-zhitu-token': server.token },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          const reply = JSON.parse(text) as { ok: boolean; result: T; error?: string };
          if (reply.ok) done(reply.result);
          else fail(new Error(reply.error));
        });
      },
    );
    req.on('error', fail);
    req.end(body);
  });
}

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-shells-'));
  ws = join(tmp, 'ws');
  const renderer = join(tmp, 'renderer');
  await mkdir(renderer);
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>知图</title>');
  await writeFile(join(tmp, 'page.txt'), '深圳市总工会发起成立深圳市职工发展基金会。\n');
  core = await openZhitu({ dir: ws, create: true });
  await core.importPaths({ paths: [join(tmp, 'page.txt')] });
  org = (await core.listEntities({ type: 'organisation' }))[0]!;
  server = await startServer({ zhitu: core, rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('the server and the CLI writing to one workspace', () => {
  it("shows the CLI's edits without a restart, and neither loses the other's", async () => {
    expect(org).toBeDefined();
    const annotated = await zhitu(['annotate', org.id, '--note', '来自命令行']);
    expect(annotated).toMatchObject({ code: 0 });
    const seen = await api<EntitySummary[]>('listEntities', { type: 'organisation' });
    expect(seen.find((e) => e.id === org.id)?.note).toBe('来自命令行');

    await api('edit', { op: { op: 'annotate', id: org.id, tags: ['服务器'] } });
    expect((await zhitu(['annotate', org.id, '--tag', '命令行'])).code).toBe(0);
    const log = JSON.parse(await readFile(join(ws, 'edits.json'), 'utf8')) as { edits: StoredEdit[] };
    expect(log.edits.map((e) => e.seq)).toEqual([1, 2, 3]);
    const listed = await api<EntitySummary[]>('listEntities', { type: 'organisation' });
    expect(listed.find((e) => e.id === org.id)).toMatchObject({ note: '来自命令行', tags: ['命令行'] });

    expect((await zhitu(['undo'])).code).toBe(0);
    const info = await api<WorkspaceInfo>('workspaceInfo');
    expect(info).toMatchObject({ canUndo: true, canRedo: true });
    expect((await api<EntitySummary[]>('listEntities', { type: 'organisation' })).find((e) => e.id === org.id)?.tags).toEqual(['服务器']);
  }, 120_000);

  it('refuses an edit and an undo that cannot be written (disk full), and reports the state the file holds', async () => {
    const before = await readFile(join(ws, 'edits.json'), 'utf8');
    const cursor = (JSON.parse(before) as { cursor: number }).cursor;
    process.env.ZHITU_FAULTS = 'ENOSPC@write:edits.json';
    try {
      await expect(api('edit', { op: { op: 'annotate', id: org.id, note: '写不进去' } })).rejects.toThrow(/ENOSPC/);
      await expect(api('undo')).rejects.toThrow(/ENOSPC/);
    } finally {
      delete process.env.ZHITU_FAULTS;
    }
    expect(await readFile(join(ws, 'edits.json'), 'utf8')).toBe(before);
    const info = await api<WorkspaceInfo>('workspaceInfo');
    expect(info.canUndo).toBe(cursor > 0);
    expect((await api<EntitySummary[]>('listEntities', { type: 'organisation' })).find((e) => e.id === org.id)?.note).not.toBe('写不进去');
  });
});
