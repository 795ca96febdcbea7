import type { BrowserWindow as BrowserWindowClass, Session } from 'electron';
import { CONTENT_SECURITY_POLICY } from '../shared/page-policy';

export { CONTENT_SECURITY_POLICY };

/**
 * The one window: an isolated, sandboxed page without Node. The options are written out here
 * (not built elsewhere) so that a reader, and electronegativity, can check them at a glance.
 */
export function createMainWindow(BrowserWindow: typeof BrowserWindowClass, preload: string): BrowserWindowClass {
  return new BrowserWindow({
    width: 1400,
    height: 900,
    title: '知图 Zhitu',
    show: false,
    webPreferences: {
      preload,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false,
      disableBlinkFeatures: 'Auxclick',
    },
  });
}

/**
 * Adds the CSP header to every web response the page loads (the development server's; pages of
 * the `app://` protocol carry it already), on top of the meta tag in index.html.
 */
export function enforceCsp(session: Session): void {
  session.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] },
    });
  });
}
