import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { store, useStore } from '../../state/store';
import { cancelImport } from './import-actions';

/** The progress bar of a running import, with Cancel. */
export function ImportProgressBar() {
  const t = useT();
  const progress = useStore((s) => s.importProgress);
  if (!progress) return null;
  const pct = progress.total > 0 ? Math.round((progress.done / progress.total) * 100) : 0;
  return (
    <div className="import-progress" role="status" aria-live="polite">
      <div className="import-progress-text">
        <strong>
          {progress.task === 'import'
            ? t('import.progress', { done: progress.done, total: progress.total })
            : t('progress.working', { task: t(`task.${progress.task}`), done: progress.done, total: progress.total })}
        </strong>
        {progress.current && <span className="import-current">{progress.current}</span>}
      </div>
      <div className="progress" role="progressbar" aria-label={t('aria.importProgress')} aria-valuemin={0} aria-valuemax={progress.total} aria-valuenow={progress.done}>
        <div className="progress-fill" style={{ width: `${pct}%` }} />
      </div>
      {progress.task === 'import' && (
        <button type="button" onClick={() => void cancelImport()}>
          {t('import.cancel')}
        </button>
      )}
    </div>
  );
}

/** The summary after an import: added, unchanged, skipped with reasons. */
export function ImportSummary() {
  const t = useT();
  const result = useStore((s) => s.importResult);
  if (!result) return null;
  const close = () => store.set({ importResult: null });
  return (
    <Dialog
      title={result.cancelled ? t('import.cancelled') : t('import.summary')}
      onClose={close}
      onSubmit={close}
      actions={
        <button type="submit" className="primary">
          {t('dialog.close')}
        </button>
      }
    >
      <dl className="summary" data-testid="import-summary">
        <dt>{t('import.files')}</dt>
        <dd>{result.files}</dd>
        <dt>{t('import.added')}</dt>
        <dd>{result.articles.added}</dd>
        <dt>{t('import.unchanged')}</dt>
        <dd>{result.articles.unchanged}</dd>
        <dt>{t('import.entities')}</dt>
        <dd>{result.entities}</dd>
        <dt>{t('import.relations')}</dt>
        <dd>{result.relations}</dd>
        <dt>{t('import.skipped')}</dt>
        <dd>{result.skipped.length}</dd>
      </dl>
      {result.skipped.length > 0 && (
        <ul className="skipped">
          {result.skipped.map((s) => (
            <li key={s.path}>
              <code>{s.path}</code> — {s.reason}
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
