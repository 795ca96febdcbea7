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
import { downloadBlob, downloadText } from './download';
import { exportName } from './export-name';
import { imageLegend } from './image-legend-rows';
import { savePng, saveSvg } from './image-export';
import { zipFiles } from './zip';

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
      const files = await getClient().exportGraph({ format, options });
      const dir = s.info?.dir;
      let saved: string[];
      if (files.length > 1) {
        // Several files (CSV: nodes, edges, ...) go as one zip: browsers block a burst of downloads.
        const name = exportName(dir, format, 'zip');
        downloadBlob(name, new Blob([zipFiles(files)], { type: 'application/zip' }));
        saved = [name];
      } else {
        saved = files.map((file) => {
          const dot = file.name.lastIndexOf('.');
          const name = exportName(dir, dot > 0 ? file.name.slice(0, dot) : file.name, dot > 0 ? file.name.slice(dot + 1) : format);
          downloadText(name, file.content, file.mime);
          return name;
        });
      }
      notify(t('export.done', { files: saved.join(', ') }));
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
