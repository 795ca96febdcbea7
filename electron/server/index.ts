import { randomBytes, timingSafeEqual } from 'node:crypto';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, sep } from 'node:path';
import { encodedChunks, invokeApi, MUTATING_METHODS, zipChunks, type Zhitu } from '../core/api';
import type { ApiMethod } from '../shared/api';
import { parseApiArgs } from '../shared/schemas';
import { CONTENT_SECURITY_POLICY, PAGE_MIME_TYPES } from '../shared/page-policy';
import { applyLimits, DEFAULT_LIMITS, HttpError, readBody, timeoutCheckInterval, type ServerLimits } from './limits';
import { PathRedactor } from './redact';

export { DEFAULT_LIMITS, type ServerLimits } from './limits';

export interface ServeOptions {
  zhitu: Zhitu;
  /** The built renderer (out/renderer). */
  rendererDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Largest request body, in bytes (uploads are base64 in JSON); `limits.maxBody` wins. */
  maxBody?: number;
  /** Body size, request time and connection limits (defaults: DEFAULT_LIMITS). */
  limits?: Partial<ServerLimits>;
}

export interface RunningServer {
  url: string;
  port: number;
  token: string;
  close(): Promise<void>;
}

/**
 * The loopback shell: serves the built renderer and the API as JSON over HTTP on 127.0.0.1.
 * Every API call needs the per-run token; requests naming another Host or Origin are refused,
 * which closes the door to DNS rebinding and to other web pages in the user's browser. Bodies,
 * request time and connections are limited (413, 408, closed), and no response names a local
 * absolute path (paths are relative to the workspace, or a file name).
 */
export async function startServer(options: ServeOptions): Promise<RunningServer> {
  const token = randomBytes(24).toString('hex');
  const limits: ServerLimits = { ...DEFAULT_LIMITS, ...(options.maxBody === undefined ? {} : { maxBody: options.maxBody }), ...options.limits };
  const redact = new PathRedactor((await options.zhitu.workspaceInfo()).dir);
  const json = (res: ServerResponse, status: number, body: unknown): void => {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...(status === 413 ? { Connection: 'close' } : {}) });
    res.end(redact.json(body));
  };
  const failure = (error: unknown): string => redact.text(error instanceof Error ? error.message : String(error));
  const events = new Set<ServerResponse>();
  let port = 0;

  const allowedHosts = (): string[] => [`127.0.0.1:${port}`, `localhost:${port}`];
  const tokenOk = (given: string | null | undefined): boolean => {
    if (!given || given.length !== token.length) return false;
    return timingSafeEqual(Buffer.from(given), Buffer.from(token));
  };
  const send = (event: string, payload: unknown): void => {
    for (const res of events) res.write(`event: ${event}\ndata: ${redact.json(payload)}\n\n`);
  };
  const unsubscribe = options.zhitu.onProgress((p) => send('progress', p));

  const server = createServer({ connectionsCheckingInterval: timeoutCheckInterval(limits) }, (req, res) => {
    handle(req, res).catch((error: unknown) => {
      if (!res.headersSent) json(res, 500, { ok: false, error: failure(error) });
      else res.end();
    });
  });
  applyLimits(server, limits);

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    res.setHeader('X-Content-Type-Options', 'nosniff');
    res.setHeader('Referrer-Policy', 'no-referrer');
    res.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
    if (!allowedHosts().includes(req.headers.host ?? '')) return json(res, 403, { ok: false, error: 'forbidden host' });
    const origin = req.headers.origin;
    if (origin !== undefined && !allowedHosts().some((h) => origin === `http://${h}`)) {
      return json(res, 403, { ok: false, error: 'forbidden origin' });
    }
    const url = new URL(req.url ?? '/', `http://${req.headers.host}`);
    if (url.pathname.startsWith('/api/')) {
      res.setHeader('Cache-Control', 'no-store');
      // What the browser opens itself (an event stream, a download) carries the token in the query.
      const given = url.pathname === '/api/events' || url.pathname === '/api/export' ? url.searchParams.get('token') : header(req, 'x-zhitu-token');
      if (!tokenOk(given)) return json(res, 401, { ok: false, error: 'missing or wrong token' });
      if (url.pathname === '/api/events' && req.method === 'GET') return openEvents(res);
      if (url.pathname === '/api/export' && req.method === 'GET') return download(res, url);
      if (req.method !== 'POST') return json(res, 405, { ok: false, error: 'use POST' });
      if (!(req.headers['content-type'] ?? '').startsWith('application/json')) {
        return json(res, 415, { ok: false, error: 'expected application/json' });
      }
      const method = url.pathname.slice('/api/'.length);
      let args: unknown;
      try {
        const body = await readBody(req, limits.maxBody);
        args = body.length ? JSON.parse(body) : undefined;
      } catch (error) {
        return json(res, error instanceof HttpError ? error.status : 400, { ok: false, error: failure(error) });
      }
      try {
        const result = await invokeApi(options.zhitu, method, args);
        json(res, 200, { ok: true, result: result ?? null });
        if (MUTATING_METHODS.has(method as ApiMethod)) send('changed', await options.zhitu.workspaceInfo());
      } catch (error) {
        json(res, 400, { ok: false, error: failure(error) });
      }
      return;
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return json(res, 405, { ok: false, error: 'method not allowed' });
    return serveFile(res, url.pathname);
  }

  /**
   * `GET /api/export?token=T&format=F[&options=JSON][&file=NAME][&name=SAVE_AS]`: an export sent
   * as a download while it is made (the browser writes it to disk as it arrives; nothing is built
   * in memory), with the backpressure of the connection. A format of several files (csv) sends
   * the one named by `file`, or all of them as one zip. `name` is the file name the browser is
   * told to save under (the page's choice, with the workspace's name and the date).
   */
  async function download(res: ServerResponse, url: URL): Promise<void> {
    let args: Parameters<Zhitu['exportStreams']>[0];
    try {
      const given = url.searchParams.get('options');
      args = parseApiArgs('exportGraph', { format: url.searchParams.get('format'), ...(given ? { options: JSON.parse(given) as unknown } : {}) }) as typeof args;
    } catch (error) {
      return json(res, 400, { ok: false, error: failure(error) });
    }
    await options.zhitu.sync();
    const files = await options.zhitu.exportStreams(args);
    const name = url.searchParams.get('file');
    const saveAs = url.searchParams.get('name');
    if (name === null && files.length > 1) {
      res.writeHead(200, { 'Content-Type': 'application/zip', 'Content-Disposition': attachment(saveAs, `${args.format}.zip`) });
      await pipeline(Readable.from(zipChunks(files)), res);
      return;
    }
    const file = name === null ? files[0] : files.find((f) => f.name === name);
    if (!file) return json(res, 400, { ok: false, error: `no file ${String(name)} in this export: ${files.map((f) => f.name).join(', ')}` });
    res.writeHead(200, { 'Content-Type': file.mime, 'Content-Disposition': attachment(saveAs, file.name) });
    await pipeline(Readable.from(encodedChunks(file.chunks(), 64 << 10)), res);
  }

  function openEvents(res: ServerResponse): void {
    res.writeHead(200, { 'Content-Type': 'text/event-stream; charset=utf-8', Connection: 'keep-alive' });
    res.write(': connected\n\n');
    events.add(res);
    res.on('close', () => events.delete(res));
  }

  async function serveFile(res: ServerResponse, pathname: string): Promise<void> {
    let decoded: string;
    try {
      decoded = decodeURIComponent(pathname === '/' ? '/index.html' : pathname);
    } catch {
      return json(res, 404, { ok: false, error: 'not found' });
    }
    const relative = normalize(decoded).replace(/^[/\\]+/, '');
    const file = join(options.rendererDir, relative);
    if (!file.startsWith(options.rendererDir + sep)) return json(res, 404, { ok: false, error: 'not found' });
    const info = await stat(file).catch(() => null);
    if (!info?.isFile()) return json(res, 404, { ok: false, error: 'not found' });
    res.writeHead(200, {
      'Content-Type': PAGE_MIME_TYPES[extname(file)] ?? 'application/octet-stream',
      'Content-Security-Policy': CONTENT_SECURITY_POLICY,
      'Cache-Control': 'no-cache',
    });
    res.end(await readFile(file));
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  port = (server.address() as AddressInfo).port;
  return {
    url: `http://127.0.0.1:${port}/?token=${token}`,
    port,
    token,
    close: async () => {
      unsubscribe();
      for (const res of events) res.end();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/**
 * `Content-Disposition` of a download saved as `name` (a bare file name: anything that could make
 * it a path or break the header is replaced), or as `fallback` when none is given. The name is
 * sent twice: ASCII-only in `filename`, exact (UTF-8, e.g. a Chinese workspace name) in `filename*`.
 */
export function attachment(name: string | null, fallback: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what it replaces
  const safe = (name ?? '').replace(/[\u0000-\u001f\u007f"\\/:*?<>|]+/g, '-').replace(/^[.\s-]+/, '').slice(0, 200) || fallback;
  const ascii = safe.replace(/[^\x20-\x7e]+/g, '_');
  const exact = encodeURIComponent(safe).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${exact}`;
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}
