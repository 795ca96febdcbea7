import { useState } from 'react';
import { EXPORT_FORMATS } from '../../../../electron/shared/types';
import type { ExportFormat, ExportOptions } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { fail, notify } from '../../state/actions';
import { toGraphFilter } from '../../state/graph-filter';
import { store } from '../../state/store';
import { getCurrentCy } from '../graph/graph-handle';
import { downloadText } from './download';
import { savePng, saveSvg } from './image-export';

/** Export: a data format (current view or whole graph) and images of the drawing. */
export function ExportDialog() {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('gexf');
  const [scope, setScope] = useState<'current' | 'whole'>('current');
  const [includeArticles, setIncludeArticles] = useState(false);
  const [includeCoOccurs, setIncludeCoOccurs] = useState(true);
  const [scale, setScale] = useState(2);
  const [busy, setBusy] = useState(false);
  const close = () => store.set({ dialog: null });

  const run = async () => {
    setBusy(true);
    try {
      const s = store.get();
      const options: ExportOptions = { includeArticles, includeCoOccurs };
      if (scope === 'current') {
        const filter = toGraphFilter(s.filter, s.selection);
        options.filter = filter;
      }
      const files = await getClient().exportGraph({ format, options });
      for (const file of files) downloadText(file.name, file.content, file.mime);
      notify(t('export.done', { files: files.map((f) => f.name).join(', ') }));
      close();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const image = (kind: 'png' | 'svg') => {
    const cy = getCurrentCy();
    if (!cy) return;
    try {
      if (kind === 'png') savePng(cy, scale);
      else saveSvg(cy, scale);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={close}
      onSubmit={() => void run()}
      actions={
        <>
          <button type="button" onClick={close}>
            {t('dialog.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {t('export.run')}
          </button>
        </>
      }
    >
      <fieldset>
        <legend>{t('export.format')}</legend>
        <div className="format-grid">
          {EXPORT_FORMATS.map((f) => (
            <label key={f} className="radio">
              <input type="radio" name="format" value={f} checked={format === f} onChange={() => setFormat(f)} />
              {t(`export.format.${f}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend>{t('export.scope')}</legend>
        <label className="radio">
          <input type="radio" name="scope" checked={scope === 'current'} onChange={() => setScope('current')} />
          {t('export.current')}
        </label>
        <label className="radio">
          <input type="radio" name="scope" checked={scope === 'whole'} onChange={() => setScope('whole')} />
          {t('export.whole')}
        </label>
        <label className="check">
          <input type="checkbox" checked={includeArticles} onChange={(e) => setIncludeArticles(e.target.checked)} />
          {t('export.includeArticles')}
        </label>
        <label className="check">
          <input type="checkbox" checked={includeCoOccurs} onChange={(e) => setIncludeCoOccurs(e.target.checked)} />
          {t('export.includeCoOccurs')}
        </label>
      </fieldset>
      <fieldset>
        <legend>{t('export.image')}</legend>
        <div className="row">
          <label>
            {t('export.scale')}{' '}
            <select value={scale} onChange={(e) => setScale(Number(e.target.value))}>
              {[1, 2, 3, 4].map((n) => (
                <option key={n} value={n}>
                  {n}×
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => image('png')}>
            {t('export.png')}
          </button>
          <button type="button" onClick={() => image('svg')}>
            {t('export.svg')}
          </button>
        </div>
      </fieldset>
    </Dialog>
  );
}
