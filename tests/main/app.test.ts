import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

type Listener = (...args: unknown[]) => unknown;

// A stand-in for Electron's main-process modules: it records what the app asks of them, in order.
const h = vi.hoisted(() => ({
  log: [] as string[],
  packaged: true,
  userData: '',
  appListeners: new Map<string, Listener>(),
  protocolHandlers: new Map<string, (request: Request) => Promise<Response>>(),
  schemes: [] as unknown[],
  ipc: new Map<string, Listener>(),
  windows: [] as Array<{ options: Record<string, unknown>; url?: string }>,
  session: {} as Record<string, Listener>,
}));

vi.mock('electron', () => {
  class BrowserWindow {
    options: Record<string, unknown>;
    url?: string;
    webContents = { send: vi.fn() };
    constructor(options: Record<string, unknown>) {
      this.options = options;
      h.windows.push(this);
    }
    once(): void {}
    show(): void {}
    isMinimized(): boolean {
      return false;
    }
    async loadURL(url: string): Promise<void> {
      h.log.push(`loadURL ${url}`);
      this.url = url;
    }
  }
  const record = (name: string) => (fn: Listener) => void (h.session[name] = fn);
  return {
    app: {
      get isPackaged() {
        return h.packaged;
      },
      enableSandbox: () => h.log.push('enableSandbox'),
      requestSingleInstanceLock: () => true,
      quit: vi.fn(),
      whenReady: async () => void h.log.push('ready'),
      on: (event: string, fn: Listener) => void h.appListeners.set(event, fn),
      getPath: () => h.userData,
    },
    protocol: {
      registerSchemesAsPrivileged: (schemes: unknown[]) => {
        h.log.push('registerSchemesAsPrivileged');
        h.schemes.push(...schemes);
      },
      handle: (scheme: string, fn: (request: Request) => Promise<Response>) => void h.protocolHandlers.set(scheme, fn),
    },
    session: {
      defaultSession: {
        setPermissionRequestHandler: record('permissionRequest'),
        setPermissionCheckHandler: record('permissionCheck'),
        setDevicePermissionHandler: record('devicePermission'),
        webRequest: { onHeadersReceived: record('headers') },
      },
    },
    BrowserWindow,
    ipcMain: { handle: (channel: string, fn: Listener) => void h.ipc.set(channel, fn), removeHandler: vi.fn() },
    Menu: { setApplicationMenu: vi.fn(), buildFromTemplate: (t: unknown) => t },
    dialog: { showMessageBox: vi.fn(async () => ({ response: 0 })), showOpenDialog: vi.fn(), showErrorBox: vi.fn() },
  };
});

import { startApp } from '../../electron/main/app';
import { CHANNELS } from '../../electron/shared/api';

let tmp: string;
const saved = { renderer: process.env.ELECTRON_RENDERER_URL, lexicons: process.env.ZHITU_LEXICON_DIR };

beforeEach(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-main-'));
  Object.assign(h, { log: [], userData: tmp, schemes: [], windows: [], session: {} });
  h.appListeners.clear();
  h.protocolHandlers.clear();
  h.ipc.clear();
  Object.assign(process, { resourcesPath: '/opt/Zhitu/resources' });
});
afterEach(async () => {
  await h.appListeners.get('before-quit')?.();
  process.env.ELECTRON_RENDERER_URL = saved.renderer;
  process.env.ZHITU_LEXICON_DIR = saved.lexicons;
  if (saved.renderer === undefined) delete process.env.ELECTRON_RENDERER_URL;
  if (saved.lexicons === undefined) delete process.env.ZHITU_LEXICON_DIR;
  await rm(tmp, { recursive: true, force: true });
});

const call = (channel: string, url: string) => h.ipc.get(channel)!({ senderFrame: { url } }, undefined) as Promise<unknown>;

describe('the Electron main process (electron mocked)', () => {
  it('packaged: sandbox and the app:// scheme before ready, the page from app://, no trust in the environment', async () => {
    h.packaged = true;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    process.env.ZHITU_LEXICON_DIR = '/tmp/somewhere-else';
    await startApp();
    expect(h.log.indexOf('enableSandbox')).toBeLessThan(h.log.indexOf('ready'));
    expect(h.log.indexOf('registerSchemesAsPrivileged')).toBeLessThan(h.log.indexOf('ready'));
    expect(h.schemes).toEqual([expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) })]);
    expect(h.log.at(-1)).toBe('loadURL app://zhitu/index.html');
    expect(process.env.ZHITU_LEXICON_DIR).toBe(join('/opt/Zhitu/resources', 'data', 'lexicons'));
    expect(h.windows[0].options.webPreferences).toMatchObject({ sandbox: true, contextIsolation: true, nodeIntegration: false });
    // The IPC answers the app's page only, not a page at the URL the environment named.
    await expect(call(CHANNELS.workspaceInfo, 'app://zhitu/index.html')).resolves.toMatchObject({ dir: join(tmp, 'workspace') });
    await expect(call(CHANNELS.workspaceInfo, 'http://localhost:5173/')).rejects.toThrow(/not the app's page/);
    // The protocol refuses what is not inside the renderer; permissions are refused.
    expect((await h.protocolHandlers.get('app')!(new Request('app://zhitu/../../package.json'))).status).toBe(404);
    const callback = vi.fn();
    h.session.permissionRequest(null, 'media', callback);
    expect(callback).toHaveBeenCalledWith(false);
  });

  it('locks down every web contents: no window.open, no navigation or frame navigation away', async () => {
    await startApp();
    const listeners = new Map<string, Listener>();
    const contents = { setWindowOpenHandler: vi.fn(), on: (event: string, fn: Listener) => listeners.set(event, fn) };
    h.appListeners.get('web-contents-created')!({}, contents);
    expect(contents.setWindowOpenHandler.mock.calls[0][0]({ url: 'https://evil.test/' })).toEqual({ action: 'deny' });
    const away = { url: 'https://evil.test/', preventDefault: vi.fn() };
    listeners.get('will-frame-navigate')!(away);
    listeners.get('will-navigate')!(away, away.url);
    expect(away.preventDefault).toHaveBeenCalledTimes(2);
    const home = { url: 'app://zhitu/index.html', preventDefault: vi.fn() };
    listeners.get('will-frame-navigate')!(home);
    expect(home.preventDefault).not.toHaveBeenCalled();
  });

  it('in development: the loopback dev server, never another host', async () => {
    h.packaged = false;
    process.env.ELECTRON_RENDERER_URL = 'http://localhost:5173/';
    delete process.env.ZHITU_LEXICON_DIR;
    await startApp();
    expect(h.log.at(-1)).toBe('loadURL http://localhost:5173/');
    expect(process.env.ZHITU_LEXICON_DIR).toBeUndefined();
    await h.appListeners.get('before-quit')?.();
    h.appListeners.clear();
    process.env.ELECTRON_RENDERER_URL = 'https://evil.test/';
    await startApp();
    expect(h.log.at(-1)).toBe('loadURL app://zhitu/index.html');
  });
});
