import { useEffect } from 'react';
import { getClient } from './api/client';
import { Messages } from './components/Messages';
import { StatusBar } from './components/StatusBar';
import { Toolbar } from './components/Toolbar';
import { InsightDock } from './features/analytics/InsightDock';
import { MeasureLegend } from './features/analytics/MeasureLegend';
import { ArticlesPane } from './features/articles/ArticlesPane';
import { DetailsPanel } from './features/details/DetailsPanel';
import { ContextMenu } from './features/edit/ContextMenu';
import { Dialogs } from './features/edit/Dialogs';
import { FilterPanel } from './features/filters/FilterPanel';
import { GraphView } from './features/graph/GraphView';
import { Legend } from './features/graph/Legend';
import { ImportProgressBar, ImportSummary } from './features/import/ImportStatus';
import { useDropImport } from './features/import/use-drop-import';
import { useShortcuts } from './features/keyboard/use-shortcuts';
import { useT } from './i18n/use-t';
import { refreshAll } from './state/actions';
import { subscribeEvents } from './state/app-events';
import { useStore } from './state/store';

/** The explorer: toolbar, filters, graph, details, articles. */
export function App() {
  const t = useT();
  const filtersOpen = useStore((s) => s.filtersOpen);
  const lang = useStore((s) => s.lang);
  const dragging = useDropImport();
  useShortcuts();
  useEffect(() => {
    const off = subscribeEvents(getClient());
    void refreshAll();
    return off;
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = `${t('app.title')} — ${t('app.subtitle')}`;
  }, [lang, t]);
  return (
    <div className="app">
      <Toolbar />
      <main className="workspace">
        {filtersOpen && <FilterPanel />}
        <div className="canvas-column">
          <section className="canvas-area" aria-label="Graph view">
            <GraphView />
            <Legend />
            <MeasureLegend />
            <StatusBar />
            <ImportProgressBar />
          </section>
          <InsightDock />
        </div>
        <DetailsPanel />
        <ArticlesPane />
      </main>
      <ContextMenu />
      <Dialogs />
      <ImportSummary />
      <Messages />
      {dragging && (
        <div className="drop-overlay" aria-hidden="true">
          <div>{t('import.drop')}</div>
        </div>
      )}
    </div>
  );
}
