import { getClient } from '../../api/client';
import { translate } from '../../i18n/i18n';
import { fail, notify, refreshAll } from '../../state/actions';
import { trackLocal } from '../../state/edit-actions';
import { store } from '../../state/store';
import { isImportable, readUploads } from './read-files';

/** Imports files picked or dropped by the user; progress comes from `progress` events. */
export function importFiles(files: File[]): Promise<void> {
  return trackLocal(() => runImport(files));
}

async function runImport(files: File[]): Promise<void> {
  const usable = files.filter((f) => isImportable(f.name));
  if (usable.length === 0) {
    notify(translate(store.get().lang, 'import.noFiles'));
    return;
  }
  store.set({ importProgress: { task: 'import', done: 0, total: usable.length }, importResult: null });
  try {
    const uploads = await readUploads(usable);
    const result = await getClient().importUploads({ files: uploads });
    store.set({ importProgress: null, importResult: result });
    await refreshAll();
  } catch (error) {
    store.set({ importProgress: null });
    fail(error);
  }
}

/** Asks the core to stop the running import; files already read stay imported. */
export async function cancelImport(): Promise<void> {
  try {
    await getClient().cancelImport();
  } catch (error) {
    fail(error);
  }
}
