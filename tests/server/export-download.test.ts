import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { startServer, type RunningServer } from '../../electron/server/index';
import { call } from './http';

let tmp: string;
let core: Zhitu;
let server: RunningServer;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-download-'));
  await mkdir(join(tmp, 'news'));
  await writeFile(join(tmp, 'news', 'page.txt'), '青海举办培训班\n\n本报讯(记者邢生祥)近日,青海省总工会举办全省产业工人队伍建设改革专题培训班,深圳市总工会参加。');
  core = await openZhitu({ dir: join(tmp, 'ws'), create: true });
  await core.importPaths({ paths: [join(tmp, 'news', 'page.txt')] });
  server = await startServer({ zhitu: core, rendererDir: tmp });
});
afterAll(async () => {
  await server.close();
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

const stable = (text: string): string => text.replace(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z/g, 'T').replace(/lastmodifieddate="[^"]*"/, '');
const download = (query: string) => call(server.port, `/api/export?token=${server.token}&${query}`);

describe('export as a streamed download from the loopback server', () => {
  it('sends the file the API would return, as an attachment', async () => {
    for (const format of ['gexf', 'graphml', 'cyjs', 'json', 'cypher'] as const) {
      const options = { includeArticles: true };
      const reply = await download(`format=${format}&options=${encodeURIComponent(JSON.stringify(options))}`);
      const [file] = await core.exportGraph({ format, options });
      expect(reply.status).toBe(200);
      expect(reply.headers['content-type']).toBe(file.mime);
      expect(reply.headers['content-disposition']).toBe(`attachment; filename="${file.name}"`);
      expect(stable(reply.body)).toBe(stable(file.content));
    }
  });

  it('sends one table of a CSV export, named by `file`', async () => {
    const files = await core.exportGraph({ format: 'csv' });
    const reply = await download('format=csv&file=edges.csv');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(files.find((f) => f.name === 'edges.csv')?.content);
    const unnamed = await download('format=csv');
    expect(unnamed.status).toBe(400);
    expect(JSON.parse(unnamed.body).error).toContain('nodes.csv');
  });

  it('refuses a request without the token, or with a bad format', async () => {
    expect((await call(server.port, '/api/export?format=gexf')).status).toBe(401);
    expect((await download('format=xlsx')).status).toBe(400);
    expect((await download('format=gexf&options=%7Bbad')).status).toBe(400);
  });
});
