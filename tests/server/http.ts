import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { connect, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { startServer, type RunningServer } from '../../electron/server/index';

/** A loopback server on a fresh workspace with one imported page, and how to take it down. */
export interface ServedFixture {
  /** The temporary folder: the page is `news/page.txt`, the workspace `ws`, the renderer folder the folder itself. */
  tmp: string;
  core: Zhitu;
  server: RunningServer;
  close: () => Promise<void>;
}

/**
 * Imports `text` as `news/page.txt` (by path, as the CLI and the desktop app do) into a new
 * workspace in a temporary folder and serves it; the folder is also the renderer's (with an
 * `index.html`). `close` stops the server and removes the folder.
 */
export async function serveFixture(text: string, name = 'zhitu-served-'): Promise<ServedFixture> {
  const tmp = await mkdtemp(join(tmpdir(), name));
  await mkdir(join(tmp, 'news'));
  await writeFile(join(tmp, 'news', 'page.txt'), text);
  await writeFile(join(tmp, 'index.html'), '<!doctype html>');
  const core = await openZhitu({ dir: join(tmp, 'ws'), create: true });
  await core.importPaths({ paths: [join(tmp, 'news', 'page.txt')] });
  const server = await startServer({ zhitu: core, rendererDir: tmp });
  return {
    tmp,
    core,
    server,
    close: async () => {
      await server.close();
      await core.close();
      await rm(tmp, { recursive: true, force: true });
    },
  };
}

/** An HTTP reply as the test sees it. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
  bytes: Buffer;
}

/** One request to 127.0.0.1:port, with the Host header a browser on the page would send. */
export function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
      (res) => {
        const parts: Buffer[] = [];
        res.on('data', (d: Buffer) => parts.push(d));
        res.on('end', () => {
          const bytes = Buffer.concat(parts);
          resolve({ status: res.statusCode ?? 0, headers: res.headers, body: bytes.toString('utf8'), bytes });
        });
      },
    );
    req.on('error', reject);
    if (options.body) req.write(options.body);
    req.end();
  });
}

/** A POST of JSON to /api/<method> with the token. */
export function api(port: number, token: string, method: string, args: unknown, headers: Record<string, string> = {}): Promise<Reply> {
  return call(port, `/api/${method}`, { method: 'POST', headers: { 'content-type': 'application/json', 'x-zhitu-token': token, ...headers }, body: JSON.stringify(args) });
}

/** A raw TCP connection to the server, and everything it receives until it closes. */
export function rawSocket(port: number): Promise<{ socket: Socket; received: Promise<string> }> {
  return new Promise((resolve, reject) => {
    const socket = connect(port, '127.0.0.1');
    let data = '';
    const received = new Promise<string>((done) => {
      socket.on('data', (d: Buffer) => (data += d.toString()));
      socket.on('close', () => done(data));
      socket.on('error', () => undefined);
    });
    socket.once('connect', () => resolve({ socket, received }));
    socket.once('error', reject);
  });
}
