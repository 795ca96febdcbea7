import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { APP_SCHEME_PRIVILEGES, APP_URL, appRequestHandler, registerAppScheme, resolveAppPath, serveAppProtocol } from '../../electron/main/protocol';
import { CONTENT_SECURITY_POLICY } from '../../electron/shared/page-policy';

let tmp: string;
let renderer: string;
let handler: (request: Request) => Promise<Response>;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-protocol-'));
  renderer = join(tmp, 'renderer');
  await mkdir(join(renderer, 'assets'), { recursive: true });
  await writeFile(join(renderer, 'index.html'), '<!doctype html><title>知图</title>');
  await writeFile(join(renderer, 'assets', 'index.js'), 'console.log(1)');
  await writeFile(join(tmp, 'secret.txt'), 'secret');
  await symlink(join(tmp, 'secret.txt'), join(renderer, 'assets', 'link.js'));
  handler = appRequestHandler(renderer);
});
afterAll(() => rm(tmp, { recursive: true, force: true }));

const get = (url: string, method = 'GET'): Promise<Response> => handler(new Request(url, { method }));

describe('the app:// protocol', () => {
  it('is registered privileged (standard, secure) without bypassing the CSP', () => {
    const protocol = { registerSchemesAsPrivileged: vi.fn(), handle: vi.fn() };
    registerAppScheme(protocol);
    expect(protocol.registerSchemesAsPrivileged).toHaveBeenCalledWith([APP_SCHEME_PRIVILEGES]);
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('bypassCSP');
    expect(APP_SCHEME_PRIVILEGES.privileges).not.toHaveProperty('allowServiceWorkers');
    serveAppProtocol(protocol, renderer);
    expect(protocol.handle).toHaveBeenCalledWith('app', expect.any(Function));
    expect(APP_URL).toBe('app://zhitu/index.html');
  });

  it('serves the page and its assets with the CSP as a response header', async () => {
    const page = await get(APP_URL);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('知图');
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await (await get('app://zhitu/')).text()).toContain('知图');
    const script = await get('app://zhitu/assets/index.js');
    expect(script.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(script.headers.get('content-security-policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(await (await get('app://zhitu/assets/index.js', 'HEAD')).text()).toBe('');
  });

  it('resolves files strictly inside the renderer folder', async () => {
    for (const url of [
      'app://zhitu/../secret.txt',
      'app://zhitu/%2e%2e/secret.txt',
      'app://zhitu/assets/..%2f..%2fsecret.txt',
      'app://zhitu/..%5csecret.txt',
      'app://zhitu/index.html%00.js',
      'app://zhitu/%E0%A4%A',
      'app://zhitu/assets/link.js',
      'app://zhitu/assets',
      'app://zhitu/missing.js',
      'app://other/index.html',
    ]) {
      const res = await get(url);
      expect(res.status, url).toBe(404);
      expect(await res.text(), url).not.toContain('secret');
    }
    expect((await get(APP_URL, 'POST')).status).toBe(405);
    expect(resolveAppPath(renderer, 'file:///etc/passwd')).toBeNull();
    expect(resolveAppPath(renderer, 'app://zhitu/assets/index.js')).toBe(join(renderer, 'assets', 'index.js'));
  });
});
