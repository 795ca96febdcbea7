import { useState } from 'react';
import { EXPORT_FORMATS } from '../../../../electron/shared/types';
import type { ExportFormat, ExportOptions } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { fail, notify } from '../../state/actions';
import { toGraphFilter } from '../../state/graph-filter';
import { store } from '../../state/store';
import { getCurrentCy } from '../graph/graph-handle';
import { exportName } from './export-name';
import { imageLegend } from './image-legend-rows';
import { savePng, saveSvg } from './image-export';

/** Export: a data format (current view or whole graph) and images of the drawing. */
export function ExportDialog() {
  const t = useT();
  const [format, setFormat] = useState<ExportFormat>('gexf');
  const [scope, setScope] = useState<'current' | 'whole'>('current');
  const [includeArticles, setIncludeArticles] = useState(false);
  const [includeCoOccurs, setIncludeCoOccurs] = useState(true);
  const [scale, setScale] = useState(2);
  const [imageScope, setImageScope] = useState<'view' | 'whole'>('view');
  const [title, setTitle] = useState('');
  const [legend, setLegend] = useState(true);
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
      const dir = s.info?.dir;
      const client = getClient();
      // Each single-file format's extension is its name (graph.gexf, graph.cyjs, ...).
      const single = exportName(dir, 'graph', format);
      let saved: string;
      if (client.saveExport) {
        // The desktop app: a save dialog in main, and the export written there as it is made
        // (CSV into a folder of the name chosen). Cancelled: the dialog stays open.
        const chosen = await client.saveExport({ format, options, name: format === 'csv' ? exportName(dir, format, 'csv').replace(/\.csv$/, '') : single });
        if (chosen === null) return;
        saved = chosen;
      } else if (client.downloadExport) {
        // The browser: the export streams from the server to disk (at 30,000 articles it is
        // hundreds of megabytes, more than one reply can carry); CSV comes as one zip.
        saved = format === 'csv' ? exportName(dir, format, 'zip') : single;
        client.downloadExport({ format, options, name: saved });
      } else {
        throw new Error('export: this page has no way to save a file');
      }
      notify(t('export.done', { files: saved }));
      close();
    } catch (error) {
      fail(error);
    } finally {
      setBusy(false);
    }
  };
  const image = async (kind: 'png' | 'svg') => {
    const cy = getCurrentCy();
    if (!cy) return;
    try {
      const s = store.get();
      const opts = {
        scope: imageScope,
        scale,
        title: title.trim() || undefined,
        legend: legend ? imageLegend(cy, s, t) : [],
        name: exportName(s.info?.dir, 'graph', kind),
      };
      if (kind === 'png') await savePng(cy, opts);
      else saveSvg(cy, opts);
    } catch (error) {
      fail(error);
    }
  };

  return (
    <Dialog
      title={t('export.title')}
      onClose={close}
      onSubmit={() => void run()}
      actions={<DialogButtons onCancel={close} submit={t('export.run')} disabled={busy} />}
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
          <label className="radio">
            <input type="radio" name="image-scope" checked={imageScope === 'view'} onChange={() => setImageScope('view')} />
            {t('export.imageView')}
          </label>
          <label className="radio">
            <input type="radio" name="image-scope" checked={imageScope === 'whole'} onChange={() => setImageScope('whole')} />
            {t('export.imageWhole')}
          </label>
          <label className="check">
            <input type="checkbox" checked={legend} onChange={(e) => setLegend(e.target.checked)} />
            {t('export.legend')}
          </label>
        </div>
        <label className="field">
          <span>{t('export.imageTitle')}</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} />
        </label>
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
          <button type="button" onClick={() => void image('png')}>
            {t('export.png')}
          </button>
          <button type="button" onClick={() => void image('svg')}>
            {t('export.svg')}
          </button>
        </div>
      </fieldset>
    </Dialog>
  );
}
