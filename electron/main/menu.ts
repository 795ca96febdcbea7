import type { MenuItemConstructorOptions } from 'electron';

/** What the menu's items do; main wires them to dialogs and the core. */
export interface MenuActions {
  openWorkspace(): void;
  importFiles(): void;
  importFolder(): void;
  exportGraph(): void;
  undo(): void;
  redo(): void;
  quit(): void;
}

/** The application menu: File, Edit, View (developer tools only in development). */
export function buildMenuTemplate(actions: MenuActions, options: { isDev: boolean; isMac: boolean }): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'resetZoom', label: 'Actual Size' },
    { role: 'zoomIn', label: 'Zoom In' },
    { role: 'zoomOut', label: 'Zoom Out' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: 'Toggle Full Screen' },
  ];
  if (options.isDev) view.push({ type: 'separator' }, { role: 'toggleDevTools', label: 'Toggle Developer Tools' });
  return [
    ...(options.isMac ? [{ role: 'appMenu' as const }] : []),
    {
      label: 'File',
      submenu: [
        { label: 'Open Workspace…', accelerator: 'CmdOrCtrl+O', click: actions.openWorkspace },
        { type: 'separator' },
        { label: 'Import Files…', accelerator: 'CmdOrCtrl+I', click: actions.importFiles },
        { label: 'Import Folder…', accelerator: 'CmdOrCtrl+Shift+I', click: actions.importFolder },
        { type: 'separator' },
        { label: 'Export…', accelerator: 'CmdOrCtrl+E', click: actions.exportGraph },
        { type: 'separator' },
        { label: 'Quit', accelerator: 'CmdOrCtrl+Q', click: actions.quit },
      ],
    },
    {
      label: 'Edit',
      submenu: [
        { label: 'Undo', accelerator: 'CmdOrCtrl+Z', click: actions.undo },
        { label: 'Redo', accelerator: 'Shift+CmdOrCtrl+Z', click: actions.redo },
        { type: 'separator' },
        { role: 'cut', label: 'Cut' },
        { role: 'copy', label: 'Copy' },
        { role: 'paste', label: 'Paste' },
        { role: 'selectAll', label: 'Select All' },
      ],
    },
    { label: 'View', submenu: view },
  ];
}
