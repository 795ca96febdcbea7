import { request } from 'node:http';
import { connect, type Socket } from 'node:net';

/** An HTTP reply as the test sees it. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** One request to 127.0.0.1:port, with the Host header a browser on the page would send. */
export function call(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: { host: `127.0.0.1:${port}`, ...options.headers } },
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
