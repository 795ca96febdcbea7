import type { NodeSingular } from 'cytoscape';
import type { SavedView } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { fail, loadDetails, loadGraph, notify, t } from '../../state/actions';
import { store } from '../../state/store';
import { setInsight } from '../analytics/set-insight';
import { downloadText } from '../export/download';
import { getCurrentCy } from '../graph/graph-handle';
import { fitAll, showArea } from '../graph/placement';
import { stopPlayback } from '../timeline/timeline-actions';
import { openedView, toSavedView, viewsFileName, viewsJson } from './view-state';
import { whenGraphDrawn } from './when-drawn';

/** Loads the workspace's saved views. */
export async function loadViews(): Promise<void> {
  try {
    setInsight({ views: await getClient().listViews() });
  } catch (error) {
    fail(error);
  }
}

/** Saves the current view under `name` (a view of that name is replaced): filters, date range, selection, positions, the visible area, sizing and colouring. */
export async function saveCurrentView(name: string): Promise<void> {
  const trimmed = name.trim();
  if (!trimmed) return;
  const s = store.get();
  const cy = getCurrentCy();
  const positions: Record<string, { x: number; y: number }> = {};
  cy?.nodes().forEach((node: NodeSingular) => {
    positions[node.id()] = { ...node.position() };
  });
  const view = toSavedView(
    trimmed,
    { filter: s.filter, selection: s.selection, sizeBy: s.sizeBy, colorBy: s.insight.colorBy, layout: s.layout, positions, viewport: cy ? cy.extent() : undefined },
    new Date().toISOString(),
  );
  try {
    setInsight({ views: await getClient().saveView({ view }) });
    notify(t('views.saved', { name: trimmed }));
  } catch (error) {
    fail(error);
  }
}

/**
 * Reopens a saved view: its filters and date range, sizing, colouring and layout, the graph they
 * give, its selection with details, the nodes where the view had them and the area it showed
 * (views saved before areas were kept are fitted).
 */
export async function openView(view: SavedView): Promise<void> {
  const opened = openedView(view);
  stopPlayback();
  store.set((s) => ({
    filter: opened.filter,
    expanded: [],
    selection: opened.selection,
    details: null,
    path: null,
    marked: [],
    contextMenu: null,
    sizeBy: opened.sizeBy ?? s.sizeBy,
    layout: opened.layout ?? s.layout,
    insight: { ...s.insight, colorBy: opened.colorBy ?? s.insight.colorBy, focusCommunity: null },
  }));
  // The details panel opens before the saved area is shown: opening it later would narrow the
  // canvas and move the view the user saved.
  await Promise.all([loadGraph(), opened.selection ? loadDetails(opened.selection.id) : undefined]);
  if ((Object.keys(opened.positions).length > 0 || opened.viewport) && (await whenGraphDrawn())) {
    const cy = getCurrentCy();
    if (cy && !cy.destroyed()) {
      cy.batch(() => {
        cy.nodes().forEach((node: NodeSingular) => {
          const p = opened.positions[node.id()];
          if (p) node.position(p);
        });
      });
      if (opened.viewport) showArea(cy, opened.viewport);
      else fitAll(cy);
    }
  }
  notify(t('views.opened', { name: view.name }));
}

/** Deletes a saved view. */
export async function deleteView(name: string): Promise<void> {
  try {
    setInsight({ views: await getClient().deleteView({ name }) });
  } catch (error) {
    fail(error);
  }
}

/** Saves views as a JSON file: one view, or all of them. */
export function exportViews(views: readonly SavedView[], name: string | null): void {
  downloadText(viewsFileName(name), viewsJson(views, new Date().toISOString()), 'application/json');
}
