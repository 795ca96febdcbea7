import type { IncomingMessage, Server } from 'node:http';

/** The loopback server's limits; every one can be lowered (tests do). */
export interface ServerLimits {
  /** Largest request body in bytes (uploads are base64 in JSON); more is refused with 413. */
  maxBody: number;
  /** Time to receive a whole request (headers and body), in ms; a slower one gets 408. */
  requestTimeout: number;
  /** Time to receive the headers, in ms (at most `requestTimeout`). */
  headersTimeout: number;
  /** Open connections at once; one more is closed at once. */
  maxConnections: number;
}

/** Defaults: a 64 MB body, 2 minutes per request, 30 s for headers, 64 connections (a page uses about 7). */
export const DEFAULT_LIMITS: ServerLimits = { maxBody: 64 * 1024 * 1024, requestTimeout: 120_000, headersTimeout: 30_000, maxConnections: 64 };

/** A request the server refuses with an HTTP status. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Reads a request body of at most `limit` bytes. A declared Content-Length over the limit is
 * refused before reading; a body that grows past it stops being read. Both are a 413.
 */
export function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > limit) return Promise.reject(new HttpError(413, `request body over ${limit} bytes`));
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const onData = (chunk: Buffer): void => {
      size += chunk.length;
      if (size > limit) {
        req.off('data', onData);
        req.resume();
        reject(new HttpError(413, `request body over ${limit} bytes`));
        return;
      }
      chunks.push(chunk);
    };
    req.on('data', onData);
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * Applies the limits to a server: Node answers a request that is not received in time with 408
 * (checked every `connectionsCheckingInterval`, set at creation), and closes at once any
 * connection past `maxConnections`.
 */
export function applyLimits(server: Server, limits: ServerLimits): void {
  server.requestTimeout = limits.requestTimeout;
  server.headersTimeout = Math.min(limits.headersTimeout, limits.requestTimeout);
  server.maxConnections = limits.maxConnections;
}

/** How often Node checks the request and header timeouts: often enough for the shortest one. */
export function timeoutCheckInterval(limits: ServerLimits): number {
  return Math.max(10, Math.min(30_000, Math.floor(Math.min(limits.requestTimeout, limits.headersTimeout) / 4)));
}
