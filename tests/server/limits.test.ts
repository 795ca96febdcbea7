import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { startServer, type RunningServer, type ServerLimits } from '../../electron/server/index';
import { api, call, rawSocket } from './http';

let tmp: string;
let core: Zhitu;
const servers: RunningServer[] = [];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-limits-'));
  await writeFile(join(tmp, 'index.html'), '<!doctype html><title>知图</title>');
  core = await openZhitu({ dir: join(tmp, 'ws'), create: true });
});
afterAll(async () => {
  for (const s of servers) await s.close();
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

async function serve(limits: Partial<ServerLimits>): Promise<RunningServer> {
  const server = await startServer({ zhitu: core, rendererDir: tmp, limits });
  servers.push(server);
  return server;
}

describe('loopback server limits', () => {
  it('refuses a body over the limit with 413, whether its length is declared or streamed, and takes one at the limit', async () => {
    const server = await serve({ maxBody: 1024 });
    const declared = await api(server.port, server.token, 'stats', { pad: 'x'.repeat(2000) });
    expect(declared.status).toBe(413);
    expect(JSON.parse(declared.body).error).toBe('request body over 1024 bytes');

    const streamed = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: server.port,
          path: '/api/stats',
          method: 'POST',
          headers: { host: `127.0.0.1:${server.port}`, 'content-type': 'application/json', 'x-zhitu-token': server.token, 'transfer-encoding': 'chunked' },
        },
        (res) => {
          res.resume();
          resolve(res.statusCode ?? 0);
        },
      );
      req.on('error', reject);
      for (let i = 0; i < 8; i++) req.write(' '.repeat(256));
      req.end('{}');
    });
    expect(streamed).toBe(413);

    const padded = await call(server.port, '/api/stats', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zhitu-token': server.token },
      body: `{}${' '.repeat(1022)}`,
    });
    expect(padded.status).toBe(200);
  });

  it('answers 408 to a request whose body never finishes arriving', async () => {
    const server = await serve({ requestTimeout: 300, headersTimeout: 300 });
    const { socket, received } = await rawSocket(server.port);
    socket.write(
      `POST /api/stats HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\nContent-Type: application/json\r\nX-Zhitu-Token: ${server.token}\r\nContent-Length: 100\r\n\r\n{"a":`,
    );
    expect(await received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('answers 408 to a client that never finishes its headers', async () => {
    const server = await serve({ requestTimeout: 300, headersTimeout: 300 });
    const { socket, received } = await rawSocket(server.port);
    socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n`);
    expect(await received).toMatch(/^HTTP\/1\.1 408 /);
  });

  it('closes connections past the limit and serves again once one is free', async () => {
    const server = await serve({ maxConnections: 2 });
    const held = [await rawSocket(server.port), await rawSocket(server.port)];
    // Both held connections are accepted: each answers a request.
    held[0].socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    const third = await rawSocket(server.port);
    third.socket.write(`GET / HTTP/1.1\r\nHost: 127.0.0.1:${server.port}\r\n\r\n`);
    expect(await third.received).toBe('');
    held[1].socket.destroy();
    held[0].socket.destroy();
    await held[0].received;
    let status = 0;
    for (let attempt = 0; attempt < 50 && status !== 200; attempt++) status = await call(server.port, '/').then((r) => r.status, () => 0);
    expect(status).toBe(200);
  });
});
