import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { startServer, type RunningServer } from '../../electron/server/index';

let tmp: string;
let core: Zhitu;
let server: RunningServer;

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

function call(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: server.port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${server.port}`, ...options.headers } },
      (res) => {
        let body = '';
        res.on('data', (d: Buffer) => (body += d.toString()));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

const api = (method: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> =>
  call(`/api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-zhitu-token': server.token, ...headers },
    body: JSON.stringify(args),
  });

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-server-'));
  const renderer = join(tmp, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>知图</title>');
  await writeFile(join(renderer, 'assets', 'app.js'), 'console.log(1)');
  await writeFile(join(tmp, 'secret.txt'), 'secret');
  core = await openZhitu({ dir: join(tmp, 'ws'), create: true });
  server = await startServer({ zhitu: core, rendererDir: renderer });
});
afterAll(async () => {
  await server.close();
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

describe('zhitu serve (loopback HTTP shell)', () => {
  it('listens on 127.0.0.1 with a long random token in the URL', () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[0-9a-f]{48}$/);
  });

  it('serves the renderer with a strict CSP and refuses paths outside it', async () => {
    const page = await call('/');
    expect(page.status).toBe(200);
    expect(page.body).toContain('知图');
    expect(page.headers['content-security-policy']).toMatch(/default-src 'self'; script-src 'self'/);
    expect(page.headers['content-security-policy']).not.toMatch(/unsafe-eval/);
    expect((await call('/assets/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await call('/../secret.txt')).status).toBe(404);
    expect((await call('/%2e%2e/secret.txt')).status).toBe(404);
  });

  it('requires the token on every API call', async () => {
    expect((await api('workspaceInfo', {}, { 'x-zhitu-token': '' })).status).toBe(401);
    expect((await api('workspaceInfo', {}, { 'x-zhitu-token': 'f'.repeat(48) })).status).toBe(401);
    expect((await call('/api/events')).status).toBe(401);
    const ok = await api('workspaceInfo', {});
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body)).toMatchObject({ ok: true, result: { articles: 0 } });
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    expect((await api('workspaceInfo', {}, { host: 'evil.test' })).status).toBe(403);
    expect((await api('workspaceInfo', {}, { origin: 'http://evil.test' })).status).toBe(403);
    expect((await api('workspaceInfo', {}, { origin: `http://127.0.0.1:${server.port}` })).status).toBe(200);
  });

  it('validates arguments and method names', async () => {
    const bad = await api('getGraph', { filter: { types: ['country'] } });
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error).toMatch(/invalid argument for getGraph at filter\.types/);
    expect((await api('__proto__', {})).status).toBe(400);
    expect((await api('importPaths', { paths: ['/etc'] })).status).toBe(400);
    const notJson = await call('/api/stats', { method: 'POST', headers: { 'x-zhitu-token': server.token, 'content-type': 'text/plain' }, body: '{}' });
    expect(notJson.status).toBe(415);
  });

  it('imports uploaded bytes and answers with the summary', async () => {
    const base64 = Buffer.from('青海举办培训班\n\n本报讯(记者邢生祥)近日,青海省总工会举办全省产业工人队伍建设改革专题培训班。', 'utf8').toString('base64');
    const res = await api('importUploads', { files: [{ name: '../../etc/page.txt', base64 }] });
    expect(res.status).toBe(200);
    const result = JSON.parse(res.body).result;
    expect(result.articles.added).toBe(1);
    const articles = JSON.parse((await api('listArticles', {})).body).result;
    expect(articles[0].source).toBe('page.txt');
  });
});
