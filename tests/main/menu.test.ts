import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';

vi.mock('electron', () => ({}));

import { buildMenuTemplate, type MenuActions } from '../../electron/main/menu';

const actions = (): MenuActions => ({
  openWorkspace: vi.fn(),
  importFiles: vi.fn(),
  importFolder: vi.fn(),
  exportGraph: vi.fn(),
  undo: vi.fn(),
  redo: vi.fn(),
  quit: vi.fn(),
});

const labels = (item: MenuItemConstructorOptions): string[] =>
  (item.submenu as MenuItemConstructorOptions[]).filter((i) => i.type !== 'separator').map((i) => i.label ?? String(i.role));

describe('application menu', () => {
  it('has File, Edit and View with the commands of the design', () => {
    const template = buildMenuTemplate(actions(), { isDev: false, isMac: false });
    expect(template.map((m) => m.label)).toEqual(['File', 'Edit', 'View']);
    expect(labels(template[0])).toEqual(['Open Workspace…', 'Import Files…', 'Import Folder…', 'Export…', 'Quit']);
    expect(labels(template[1]).slice(0, 2)).toEqual(['Undo', 'Redo']);
    expect(labels(template[2])).toEqual(['Actual Size', 'Zoom In', 'Zoom Out', 'Toggle Full Screen']);
  });

  it('offers developer tools only in development', () => {
    const dev = buildMenuTemplate(actions(), { isDev: true, isMac: false });
    expect(labels(dev[2])).toContain('Toggle Developer Tools');
  });

  it('wires each item to its action', () => {
    const a = actions();
    const [file, edit] = buildMenuTemplate(a, { isDev: false, isMac: false });
    const click = (menu: MenuItemConstructorOptions, label: string): void =>
      ((menu.submenu as MenuItemConstructorOptions[]).find((i) => i.label === label)!.click as () => void)();
    click(file, 'Import Folder…');
    click(edit, 'Undo');
    expect(a.importFolder).toHaveBeenCalledOnce();
    expect(a.undo).toHaveBeenCalledOnce();
    expect(a.importFiles).not.toHaveBeenCalled();
  });
});
