import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({}));

import { CONTENT_SECURITY_POLICY, createMainWindow, enforceCsp } from '../../electron/main/window';

describe('main window', () => {
  it('runs the page isolated, sandboxed and without Node', () => {
    const created: unknown[] = [];
    class FakeWindow {
      constructor(options: unknown) {
        created.push(options);
      }
    }
    createMainWindow(FakeWindow as never, '/app/out/preload/index.cjs');
    expect(created[0]).toMatchObject({
      webPreferences: {
        preload: '/app/out/preload/index.cjs',
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        disableBlinkFeatures: 'Auxclick',
      },
    });
  });

  it('sends a strict CSP header with every response', () => {
    const session = { webRequest: { onHeadersReceived: vi.fn() } };
    enforceCsp(session as never);
    const callback = vi.fn();
    session.webRequest.onHeadersReceived.mock.calls[0][0]({ responseHeaders: { 'x-a': ['1'] } }, callback);
    const headers = callback.mock.calls[0][0].responseHeaders;
    expect(headers['Content-Security-Policy']).toEqual([CONTENT_SECURITY_POLICY]);
    expect(headers['x-a']).toEqual(['1']);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:/);
    expect(CONTENT_SECURITY_POLICY).toMatch(/script-src 'self'/);
  });
});
