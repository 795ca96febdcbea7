import { availableParallelism } from 'node:os';
import { basename, join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session } from 'electron';
import { createPoolRunner, openZhitu, type Zhitu } from '../core/api';
import { EVENT_CHANNELS, type ZhituEvents } from '../shared/api';
import { registerIpc } from './ipc';
import { buildMenuTemplate } from './menu';
import { appPaths } from './paths';
import { APP_URL, registerAppScheme, serveAppProtocol } from './protocol';
import { isAppUrl, lockDownContents, refusePermissions } from './security';
import { createMainWindow, enforceCsp } from './window';

/**
 * The running desktop app: one window over one workspace at a time. Every renderer is sandboxed;
 * the page comes from the `app://zhitu/` protocol (the dev server only when not packaged).
 */
export async function startApp(): Promise<void> {
  app.enableSandbox();
  registerAppScheme(protocol);
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const paths = appPaths({ isPackaged: app.isPackaged, resourcesPath: process.resourcesPath, mainDir: import.meta.dirname, env: process.env });
  const isDev = paths.devServerUrl !== null;
  const appUrl = paths.devServerUrl ?? APP_URL;
  // Packaged: the shipped lexicons, whatever the environment says (worker threads inherit this).
  if (paths.lexiconDir) process.env.ZHITU_LEXICON_DIR = paths.lexiconDir;
  // Extraction on every core, never in this process: an input that crashes the segmenter ends a worker.
  const runner = createPoolRunner({ spawn: (options) => new Worker(paths.worker, options), size: availableParallelism(), inProcessBelow: 0 });
  let core: Zhitu | null = null;
  let window: BrowserWindow | null = null;

  const send = <K extends keyof ZhituEvents>(event: K, payload: ZhituEvents[K]): void => {
    window?.webContents.send(EVENT_CHANNELS[event], payload);
  };
  let unsubscribe = (): void => {};
  const openWorkspace = async (dir: string): Promise<void> => {
    unsubscribe();
    await core?.close();
    core = await openZhitu({ dir, create: true, runner });
    unsubscribe = core.onProgress((p) => send('progress', p));
    const info = await core.workspaceInfo();
    if (info.warnings.length) await dialog.showMessageBox({ type: 'warning', message: 'The workspace was repaired', detail: info.warnings.join('\n') });
    send('changed', info);
  };
  const current = (): Zhitu => {
    if (!core) throw new Error('no workspace is open');
    return core;
  };

  const importPaths = async (properties: Array<'openFile' | 'openDirectory' | 'multiSelections'>): Promise<void> => {
    if (!window) return;
    const picked = await dialog.showOpenDialog(window, {
      title: 'Import articles',
      properties,
      filters: properties.includes('openFile') ? [{ name: 'Articles', extensions: ['txt', 'md', 'html', 'htm'] }] : undefined,
    });
    if (picked.canceled || picked.filePaths.length === 0) return;
    const result = await current().importPaths({ paths: picked.filePaths });
    send('changed', await current().workspaceInfo());
    const skipped = result.skipped.map((s) => `${s.path}: ${s.reason}`).join('\n');
    await dialog.showMessageBox(window, {
      type: result.skipped.length ? 'warning' : 'info',
      message: `${result.articles.added} article(s) added, ${result.articles.unchanged} unchanged, ${result.skipped.length} skipped`,
      detail: skipped || undefined,
    });
  };
  const reportErrors = (task: () => Promise<void>) => () => {
    task().catch((error: unknown) => dialog.showErrorBox('Zhitu', error instanceof Error ? error.message : String(error)));
  };

  await app.whenReady();
  serveAppProtocol(protocol, paths.rendererDir);
  refusePermissions(session.defaultSession);
  enforceCsp(session.defaultSession);
  app.on('web-contents-created', (_event, contents) => lockDownContents(contents, () => appUrl));
  registerIpc(ipcMain, {
    core: current,
    isTrustedSender: (url) => isAppUrl(url, appUrl),
    afterMutation: () => void current().workspaceInfo().then((info) => send('changed', info)),
    saveExport: async ({ format, options, name }) => {
      if (!window) return null;
      // The page proposes a bare name; the folder is the user's choice in the dialog.
      const proposed = basename(name.replace(/[\\/]+/g, '-'));
      const single = format !== 'csv';
      const picked = await dialog.showSaveDialog(window, {
        title: 'Export',
        defaultPath: join(app.getPath('documents'), proposed),
        filters: single ? [{ name: format.toUpperCase(), extensions: [format] }] : undefined,
        properties: ['createDirectory', 'showOverwriteConfirmation'],
      });
      if (picked.canceled || !picked.filePath) return null;
      await current().exportToPath({ format, out: picked.filePath, ...(options ? { options } : {}) });
      return basename(picked.filePath);
    },
  });
  Menu.setApplicationMenu(
    Menu.buildFromTemplate(
      buildMenuTemplate(
        {
          openWorkspace: reportErrors(async () => {
            if (!window) return;
            const picked = await dialog.showOpenDialog(window, { title: 'Open workspace', properties: ['openDirectory', 'createDirectory'] });
            if (!picked.canceled && picked.filePaths[0]) await openWorkspace(picked.filePaths[0]);
          }),
          importFiles: reportErrors(() => importPaths(['openFile', 'multiSelections'])),
          importFolder: reportErrors(() => importPaths(['openDirectory', 'multiSelections'])),
          exportGraph: () => send('command', 'export'),
          undo: () => send('command', 'undo'),
          redo: () => send('command', 'redo'),
          quit: () => app.quit(),
        },
        { isDev, isMac: process.platform === 'darwin' },
      ),
    ),
  );
  await openWorkspace(join(app.getPath('userData'), 'workspace'));

  window = createMainWindow(BrowserWindow, paths.preload);
  window.once('ready-to-show', () => window?.show());
  app.on('second-instance', () => {
    if (window?.isMinimized()) window.restore();
    window?.focus();
  });
  app.on('window-all-closed', () => app.quit());
  app.on('before-quit', () => void core?.close());
  await window.loadURL(appUrl);
}
