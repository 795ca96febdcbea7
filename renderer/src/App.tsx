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
import { DataTable } from './features/table/DataTable';
import { ImportProgressBar, ImportSummary } from './features/import/ImportStatus';
import { useDropImport } from './features/import/use-drop-import';
import { useShortcuts } from './features/keyboard/use-shortcuts';
import { useT } from './i18n/use-t';
import { refreshAll } from './state/actions';
import { subscribeEvents } from './state/app-events';
import { keepSession } from './state/session';
import { store, useStore } from './state/store';

/** The explorer: toolbar, filters, graph, details, articles. */
export function App() {
  const t = useT();
  const filtersOpen = useStore((s) => s.filtersOpen);
  const lang = useStore((s) => s.lang);
  const dragging = useDropImport();
  useShortcuts();
  useEffect(() => {
    const off = subscribeEvents(getClient());
    let offSession: (() => void) | undefined;
    let live = true;
    // The workspace's last view (filters, sizing) comes back before the first graph is loaded.
    void getClient()
      .workspaceInfo()
      .then((info) => {
        if (!live) return;
        offSession = keepSession(info.dir);
        // The workspace's size picks the graph view's renderer settings before the first graph arrives.
        store.set({ info });
      })
      .catch(() => undefined)
      .finally(() => {
        if (live) void refreshAll();
      });
    return () => {
      live = false;
      off();
      offSession?.();
    };
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
        <section className="canvas-area" aria-label={t('aria.graphView')}>
          <div className="graph-wrap">
            <GraphView />
            <ImportProgressBar />
          </div>
          <DataTable />
          <Legend />
          <MeasureLegend />
          <InsightDock />
          <StatusBar />
        </section>
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
