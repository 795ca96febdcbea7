import { useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/use-t';
import { importFiles } from './import-actions';

export const FILES_INPUT_ID = 'import-files-input';
export const FOLDER_INPUT_ID = 'import-folder-input';

/** Opens the file (or folder) picker, as the menu's Import commands do. */
export function openImportPicker(kind: 'files' | 'folder'): void {
  document.getElementById(kind === 'files' ? FILES_INPUT_ID : FOLDER_INPUT_ID)?.click();
}

/** The toolbar's Import button with a small menu: files or a folder. */
export function ImportButtons() {
  const t = useT();
  const [open, setOpen] = useState(false);
  const folderRef = useRef<HTMLInputElement | null>(null);
  useEffect(() => {
    // React does not know the non-standard attribute; set it on the element.
    folderRef.current?.setAttribute('webkitdirectory', '');
    folderRef.current?.setAttribute('directory', '');
  }, []);
  const onFiles = (list: FileList | null, input: HTMLInputElement) => {
    const files = Array.from(list ?? []);
    input.value = '';
    setOpen(false);
    if (files.length) void importFiles(files);
  };
  return (
    <div className="menu-button" onBlur={(e) => !e.currentTarget.contains(e.relatedTarget as Node | null) && setOpen(false)}>
      <button type="button" aria-haspopup="menu" aria-expanded={open} onClick={() => setOpen((o) => !o)} aria-label={t('aria.import')} title={t('toolbar.import')}>
        <span aria-hidden="true">⇪</span> {t('toolbar.import')}
      </button>
      {open && (
        <div className="dropdown" role="menu">
          <button type="button" role="menuitem" onClick={() => openImportPicker('files')}>
            {t('toolbar.importFiles')}
          </button>
          <button type="button" role="menuitem" onClick={() => openImportPicker('folder')}>
            {t('toolbar.importFolder')}
          </button>
        </div>
      )}
      <input
        id={FILES_INPUT_ID}
        data-testid="import-files"
        type="file"
        multiple
        accept=".txt,.md,.html,.htm"
        hidden
        onChange={(e) => onFiles(e.target.files, e.target)}
      />
      <input id={FOLDER_INPUT_ID} data-testid="import-folder" ref={folderRef} type="file" multiple hidden onChange={(e) => onFiles(e.target.files, e.target)} />
    </div>
  );
}
