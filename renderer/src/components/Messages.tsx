import { useT } from '../i18n/use-t';
import { store, useStore } from '../state/store';

/** The error banner (until dismissed) and the short notice at the bottom. */
export function Messages() {
  const t = useT();
  const error = useStore((s) => s.error);
  const notice = useStore((s) => s.notice);
  const warnings = useStore((s) => s.info?.warnings);
  return (
    <>
      {error && (
        <div className="error-banner" role="alert">
          <strong>{t('error.title')}:</strong> <span>{error}</span>
          <button type="button" className="link" onClick={() => store.set({ error: null })}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
      {warnings && warnings.length > 0 && (
        <div className="warning-banner" role="note" aria-label={t('warnings.title')}>
          {warnings.map((w) => (
            <div key={w}>{w}</div>
          ))}
        </div>
      )}
      {notice && (
        <div className="toast" role="status" aria-live="polite">
          {notice}
        </div>
      )}
    </>
  );
}
