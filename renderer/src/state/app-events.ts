import type { ZhituClient } from '../api/client';
import { openImportPicker } from '../features/import/ImportButtons';
import { focusSearch } from '../features/search/SearchBox';
import { onWorkspaceChanged, redo, undo } from './actions';
import { store } from './store';

/** Carries out a menu command sent by Electron's main process. */
export function runCommand(command: string): void {
  switch (command) {
    case 'import-files':
      openImportPicker('files');
      break;
    case 'import-folder':
      openImportPicker('folder');
      break;
    case 'export':
      store.set({ dialog: { kind: 'export' } });
      break;
    case 'undo':
      void undo();
      break;
    case 'redo':
      void redo();
      break;
    case 'focus-search':
      focusSearch();
      break;
  }
}

/** Subscribes to the core's events: progress bars, reloads after outside changes, menu commands. */
export function subscribeEvents(client: ZhituClient): () => void {
  const offs = [
    client.on('progress', (progress) => {
      const done = progress.total > 0 && progress.done >= progress.total;
      store.set({ importProgress: done ? null : progress });
    }),
    client.on('changed', (info) => void onWorkspaceChanged(info)),
    client.on('command', (command) => runCommand(command)),
  ];
  return () => offs.forEach((off) => off());
}
