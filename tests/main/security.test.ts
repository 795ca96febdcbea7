import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { isAppUrl, lockDownContents, refusePermissions } from '../../electron/main/security';

describe('window security', () => {
  it('denies new windows and navigation away from the app', () => {
    const contents = Object.assign(new EventEmitter(), { setWindowOpenHandler: vi.fn() });
    const appUrl = 'app://zhitu/index.html';
    lockDownContents(contents as never, () => appUrl);
    const handler = contents.setWindowOpenHandler.mock.calls[0][0] as (d: { url: string }) => { action: string };
    expect(handler({ url: 'https://example.com' })).toEqual({ action: 'deny' });
    const away = { preventDefault: vi.fn() };
    contents.emit('will-navigate', away, 'https://example.com/');
    expect(away.preventDefault).toHaveBeenCalled();
    const home = { preventDefault: vi.fn() };
    contents.emit('will-navigate', home, `${appUrl}#graph`);
    expect(home.preventDefault).not.toHaveBeenCalled();
    const frameAway = { url: 'https://example.com/', isMainFrame: false, preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', frameAway);
    expect(frameAway.preventDefault).toHaveBeenCalled();
    const frameHome = { url: appUrl, isMainFrame: true, preventDefault: vi.fn() };
    contents.emit('will-frame-navigate', frameHome);
    expect(frameHome.preventDefault).not.toHaveBeenCalled();
    const redirect = { preventDefault: vi.fn() };
    contents.emit('will-redirect', redirect, 'javascript:alert(1)');
    expect(redirect.preventDefault).toHaveBeenCalled();
    const webview = { preventDefault: vi.fn() };
    contents.emit('will-attach-webview', webview);
    expect(webview.preventDefault).toHaveBeenCalled();
  });

  it('refuses every permission request', () => {
    const session = { setPermissionRequestHandler: vi.fn(), setPermissionCheckHandler: vi.fn(), setDevicePermissionHandler: vi.fn() };
    refusePermissions(session as never);
    for (const permission of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fileSystem']) {
      const callback = vi.fn();
      session.setPermissionRequestHandler.mock.calls[0][0](null, permission, callback);
      expect(callback).toHaveBeenCalledWith(false);
    }
    expect(session.setPermissionCheckHandler.mock.calls[0][0]()).toBe(false);
    expect(session.setDevicePermissionHandler.mock.calls[0][0]()).toBe(false);
  });

  it('recognises only the app page as the app', () => {
    expect(isAppUrl('file:///a/index.html?x=1', 'file:///a/index.html')).toBe(true);
    expect(isAppUrl('file:///b/index.html', 'file:///a/index.html')).toBe(false);
    expect(isAppUrl('http://localhost:5173/', 'http://localhost:5173/')).toBe(true);
    expect(isAppUrl('http://evil.test/', 'http://localhost:5173/')).toBe(false);
    expect(isAppUrl('not a url', 'file:///a/index.html')).toBe(false);
    expect(isAppUrl('app://zhitu/index.html#graph', 'app://zhitu/index.html')).toBe(true);
    expect(isAppUrl('app://evil/index.html', 'app://zhitu/index.html')).toBe(false);
    expect(isAppUrl('file:///opt/zhitu/out/renderer/index.html', 'app://zhitu/index.html')).toBe(false);
  });
});
