import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Zhitu } from '../../electron/core/api';
import type { RunningServer } from '../../electron/server/index';
import { call, serveFixture, type ServedFixture } from './http';

let fixture: ServedFixture;
let core: Zhitu;
let server: RunningServer;

beforeAll(async () => {
  fixture = await serveFixture('青海举办培训班\n\n本报讯(记者邢生祥)近日,青海省总工会举办全省产业工人队伍建设改革专题培训班,深圳市总工会参加。', 'zhitu-download-');
  ({ core, server } = fixture);
});
afterAll(() => fixture.close());

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
      expect(reply.headers['content-disposition']).toBe(`attachment; filename="${file.name}"; filename*=UTF-8''${file.name}`);
      expect(stable(reply.body)).toBe(stable(file.content));
    }
  });

  it('sends one table of a CSV export, named by `file`', async () => {
    const files = await core.exportGraph({ format: 'csv' });
    const reply = await download('format=csv&file=edges.csv');
    expect(reply.status).toBe(200);
    expect(reply.body).toBe(files.find((f) => f.name === 'edges.csv')?.content);
    const unknown = await download('format=csv&file=graph.csv');
    expect(unknown.status).toBe(400);
    expect(JSON.parse(unknown.body).error).toContain('nodes.csv');
  });

  it('sends every table of a CSV export as one zip, under the name the page asks for', async () => {
    const files = await core.exportGraph({ format: 'csv', options: { includeArticles: true } });
    const reply = await download(`format=csv&options=${encodeURIComponent(JSON.stringify({ includeArticles: true }))}&name=${encodeURIComponent('工会-csv-2026-12-05.zip')}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['content-type']).toBe('application/zip');
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="_-csv-2026-12-05.zip"; filename*=UTF-8''${encodeURIComponent('工会-csv-2026-12-05.zip')}`);
    const unzipped = unzipSync(new Uint8Array(reply.bytes));
    expect(Object.keys(unzipped)).toEqual(files.map((f) => f.name));
    for (const file of files) expect(Buffer.from(unzipped[file.name]).toString('utf8'), file.name).toBe(file.content);
  });

  it('never lets the name given make a path or break the header', async () => {
    const reply = await download(`format=gexf&name=${encodeURIComponent('../../etc/x"\r\nSet-Cookie: a.gexf')}`);
    expect(reply.status).toBe(200);
    expect(reply.headers['set-cookie']).toBeUndefined();
    expect(reply.headers['content-disposition']).toBe(`attachment; filename="etc-x-Set-Cookie- a.gexf"; filename*=UTF-8''etc-x-Set-Cookie-%20a.gexf`);
  });

  it('refuses a request without the token, or with a bad format', async () => {
    expect((await call(server.port, '/api/export?format=gexf')).status).toBe(401);
    expect((await download('format=xlsx')).status).toBe(400);
    expect((await download('format=gexf&options=%7Bbad')).status).toBe(400);
  });
});
