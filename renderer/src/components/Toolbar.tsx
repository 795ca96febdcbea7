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
  const tableOpen = useStore((s) => s.tableOpen);
  const filtersOpen = useStore((s) => s.filtersOpen);
  return (
    <header className="toolbar" role="toolbar" aria-label={t('aria.toolbar')}>
      <div className="brand" title={t('app.subtitle')}>
        <span className="brand-mark" aria-hidden="true">
          知
        </span>
        <span className="brand-name">{t('app.title')}</span>
      </div>
      <SearchBox />
      <div className="toolbar-group">
        <button type="button" aria-pressed={filtersOpen} aria-label={t('aria.filters')} onClick={() => store.set({ filtersOpen: !filtersOpen, filtersFolded: false })}>
          {t('toolbar.filters')}
        </button>
        <label className="toolbar-select">
          <span className="visually-hidden">{t('toolbar.layout')}</span>
          <select aria-label={t('aria.layout')} value={layout} onChange={(e) => store.set((s) => ({ layout: e.target.value as LayoutName, layoutRequest: s.layoutRequest + 1 }))}>
            {LAYOUTS.map((l) => (
              <option key={l} value={l}>
                {t(`layout.${l}`)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" aria-label={t('aria.relayout')} title={t('toolbar.relayout')} onClick={() => store.set((s) => ({ layoutRequest: s.layoutRequest + 1 }))}>
          ↻
        </button>
        <button type="button" aria-label={t('aria.fit')} title={t('toolbar.fit')} onClick={() => store.set((s) => ({ fitRequest: s.fitRequest + 1 }))}>
          ⤢
        </button>
      </div>
      <div className="toolbar-group">
        <button type="button" aria-label={t('aria.undo')} title={`${t('toolbar.undo')} (Ctrl+Z)`} disabled={!info?.canUndo} onClick={() => void undo()}>
          ↶
        </button>
        <button type="button" aria-label={t('aria.redo')} title={`${t('toolbar.redo')} (Shift+Ctrl+Z)`} disabled={!info?.canRedo} onClick={() => void redo()}>
          ↷
        </button>
        <button type="button" aria-label={t('aria.addEntity')} title={t('toolbar.addNode')} onClick={() => store.set({ dialog: { kind: 'addNode' } })}>
          ＋
        </button>
      </div>
      <div className="toolbar-group">
        <ImportButtons />
        <button type="button" aria-label={t('aria.export')} onClick={() => store.set({ dialog: { kind: 'export' } })}>
          {t('toolbar.export')}
        </button>
        <button type="button" aria-pressed={tableOpen} title={`${t('toolbar.table')} (T)`} onClick={() => store.set({ tableOpen: !tableOpen })}>
          {t('toolbar.table')}
        </button>
        <button type="button" aria-pressed={articlesOpen} aria-label={t('aria.articles')} onClick={() => setArticlesOpen(!articlesOpen)}>
          {t('toolbar.articles')}
        </button>
      </div>
      <button type="button" aria-label={t('aria.help')} title={`${t('toolbar.help')} (?)`} onClick={() => store.set({ dialog: { kind: 'help' } })}>
        ?
      </button>
      <button
        type="button"
        className="lang"
        aria-label={`${t('lang.switch')} (${t('lang.label')})`}
        data-testid="lang-switch"
        onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
      >
        {t('lang.switch')}
      </button>
    </header>
  );
}
