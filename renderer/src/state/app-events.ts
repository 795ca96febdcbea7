import type { ZhituClient } from '../api/client';
import { openImportPicker } from '../features/import/ImportButtons';
import { typingIn } from '../features/keyboard/use-shortcuts';
import { focusSearch } from '../features/search/SearchBox';
import { onWorkspaceChanged, redo, undo } from './edit-actions';
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
    case 'redo':
      // The menu's accelerator reaches us when the page left Ctrl+Z alone: inside a text field
      // it means undo typing there, not undo an edit of the graph.
      if (typingIn(document.activeElement)) {
        if (typeof document.execCommand === 'function') document.execCommand(command);
      }
      else void (command === 'undo' ? undo() : redo());
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
