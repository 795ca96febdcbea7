import { useT } from '../i18n/use-t';
import { redo, undo } from '../state/edit-actions';
import { setArticlesOpen, setLang } from '../state/view-actions';
import { store, useStore } from '../state/store';
import type { LayoutName } from '../state/store';
import { ImportButtons } from '../features/import/ImportButtons';
import { SearchBox } from '../features/search/SearchBox';

const LAYOUTS: LayoutName[] = ['fcose', 'concentric', 'breadthfirst', 'places'];

/** The compact top bar: search, import/export, undo/redo, layout, panels, language. */
export function Toolbar() {
  const t = useT();
  const lang = useStore((s) => s.lang);
  const layout = useStore((s) => s.layout);
  const info = useStore((s) => s.info);
  const articlesOpen = useStore((s) => s.articlesOpen);
  const filtersOpen = useStore((s) => s.filtersOpen);
  return (
    <header className="toolbar" role="toolbar" aria-label="Main toolbar">
      <div className="brand" title={t('app.subtitle')}>
        <span className="brand-mark" aria-hidden="true">
          知
        </span>
        <span className="brand-name">{t('app.title')}</span>
      </div>
      <SearchBox />
      <div className="toolbar-group">
        <button type="button" aria-pressed={filtersOpen} aria-label="Filters" onClick={() => store.set({ filtersOpen: !filtersOpen, filtersFolded: false })}>
          {t('toolbar.filters')}
        </button>
        <label className="toolbar-select">
          <span className="visually-hidden">{t('toolbar.layout')}</span>
          <select aria-label="Layout" value={layout} onChange={(e) => store.set((s) => ({ layout: e.target.value as LayoutName, layoutRequest: s.layoutRequest + 1 }))}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layout.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-label="Run layout" title={t('toolbar.relayout')} onClick={() => store.set((s) => ({ layoutRequest: s.layoutRequest + 1 }))}>
          ↻
        </button>
        <button type="button" aria-label="Fit to view" title={t('toolbar.fit')} onClick={() => store.set((s) => ({ fitRequest: s.fitRequest + 1 }))}>
          ⤢
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" aria-label="Undo" title={`${t('toolbar.undo')} (Ctrl+Z)`} disabled={!info?.canUndo} onClick={() => void undo()}>
          ↶
        </button>
        <button type="button" aria-label="Redo" title={`${t('toolbar.redo')} (Shift+Ctrl+Z)`} disabled={!info?.canRedo} onClick={() => void redo()}>
          ↷
        </button>
        <button type="button" aria-label="Add entity" title={t('toolbar.addNode')} onClick={() => store.set({ dialog: { kind: 'addNode' } })}>
          ＋
        </button>
      </div>
      <div className="toolbar-group">
        <ImportButtons />
        <button type="button" aria-label="Export" onClick={() => store.set({ dialog: { kind: 'export' } })}>
          {t('toolbar.export')}
        </button>
        <button type="button" aria-pressed={articlesOpen} aria-label="Articles" onClick={() => setArticlesOpen(!articlesOpen)}>
          {t('toolbar.articles')}
        </button>
      </div>
      <button
        type="button"
        className="lang"
        aria-label={t('lang.label')}
        data-testid="lang-switch"
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
