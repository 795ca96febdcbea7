import { spawn } from 'node:child_process';
import { request } from 'node:http';
import { resolve } from 'node:path';

const BIN = resolve(import.meta.dirname, '..', '..', 'bin', 'zhitu.mjs');

/** How one `zhitu` process ended. */
export interface CliEnd {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
}

/** Runs the real `zhitu` CLI in a child process; with `killAfterMs`, sends it SIGKILL then (unless it ended first). */
export function zhitu(args: string[], workspace: string, killAfterMs?: number): Promise<CliEnd> {
  const began = Date.now();
  const child = spawn(process.execPath, [BIN, ...args, '--workspace', workspace], { stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const timer = killAfterMs === undefined ? null : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
  return new Promise((done) =>
    child.on('close', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, stdout, stderr, ms: Date.now() - began });
    }),
  );
}

/** Calls one API method of a running `zhitu serve`; rejects with the server's error. */
export function callServer<T>(port: number, token: string, method: string, args: unknown = {}): Promise<T> {
  return new Promise((done, fail) => {
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path: `/api/${method}`,
        method: 'POST',
        headers: { host: `127.0.0.1:${port}`, 'content-type': 'application/json', 'x-zhitu-token': token },
      },
      (res) => {
        let text = '';
        res.on('data', (d: Buffer) => (text += d.toString()));
        res.on('end', () => {
          try {
            const reply = JSON.parse(text) as { ok: boolean; result: T; error?: string };
            if (reply.ok) done(reply.result);
            else fail(new Error(reply.error));
          } catch (error) {
            fail(error as Error);
          }
        });
      },
    );
    req.on('error', fail);
    req.end(JSON.stringify(args));
  });
}

/** A small seeded random number generator (mulberry32), so that a campaign can be run again. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
