import { readFile, realpath, stat } from 'node:fs/promises';
import { extname, isAbsolute, join, relative, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { CONTENT_SECURITY_POLICY, PAGE_MIME_TYPES } from '../shared/page-policy';

/** The scheme and host the app's page is served from, instead of `file://`. */
export const APP_SCHEME = 'app';
export const APP_HOST = 'zhitu';
/** The app's page. */
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/index.html`;

/**
 * The `app:` scheme's privileges: standard (real origin and relative URLs), secure (like https),
 * fetch and CORS for the page's module scripts, code cache. Never `bypassCSP`, never service workers.
 */
export const APP_SCHEME_PRIVILEGES: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, codeCache: true },
};

/**
 * The file of the built renderer that an `app://zhitu/...` URL names, or null when the URL is
 * not the app's or leaves the folder (`..`, encoded separators, NUL). `/` is index.html.
 */
export function resolveAppPath(rendererDir: string, url: string): string | null {
  let parsed: URL;
  let pathname: string;
  try {
    parsed = new URL(url);
    pathname = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  if (parsed.protocol !== `${APP_SCHEME}:` || parsed.host !== APP_HOST) return null;
  if (pathname.includes('\0') || pathname.includes('\\')) return null;
  const file = join(rendererDir, pathname === '/' ? 'index.html' : pathname);
  const inside = relative(rendererDir, file);
  if (!inside || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** Reads a file of the renderer when it is a regular file whose real path is inside the real renderer folder. */
async function readInside(rendererDir: string, file: string): Promise<Buffer | null> {
  try {
    const [root, real] = await Promise.all([realpath(rendererDir), realpath(file)]);
    if (!real.startsWith(root + sep)) return null;
    if (!(await stat(real)).isFile()) return null;
    return await readFile(real);
  } catch {
    return null;
  }
}

/**
 * The `app:` protocol's handler: GET/HEAD of files inside the built renderer, each with the CSP
 * as a header; anything else is 404 (or 405). Symbolic links that leave the folder are refused.
 */
export function appRequestHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return new Response('method not allowed', { status: 405 });
    const file = resolveAppPath(rendererDir, request.url);
    const body = file ? await readInside(rendererDir, file) : null;
    if (!file || !body) return new Response('not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8' } });
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'content-type': PAGE_MIME_TYPES[extname(file)] ?? 'application/octet-stream',
        'content-security-policy': CONTENT_SECURITY_POLICY,
        'x-content-type-options': 'nosniff',
        'cache-control': 'no-cache',
      },
    });
  };
}

/** Registers the `app:` scheme as privileged; must run before the app is ready. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME_PRIVILEGES]);
}

/** Serves the built renderer on `app://zhitu/` (after the app is ready). */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(APP_SCHEME, appRequestHandler(rendererDir));
}
