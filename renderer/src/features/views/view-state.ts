import { ENTITY_TYPES } from '../../../../electron/shared/types';
import type { GraphFilter, SavedView } from '../../../../electron/shared/types';
import { toGraphFilter } from '../../state/graph-filter';
import { DEFAULT_LIMIT, defaultFilter } from '../../state/store';
import type { InsightState, LayoutName, Selection, SizeBy, UiFilter } from '../../state/store';

type Positions = Record<string, { x: number; y: number }>;
type Viewport = NonNullable<SavedView['viewport']>;

/** What a saved view keeps of the explorer. */
export interface ViewSnapshot {
  filter: UiFilter;
  selection: Selection;
  sizeBy: SizeBy;
  colorBy: InsightState['colorBy'];
  layout: LayoutName;
  /** Where the nodes of the view are drawn. */
  positions: Positions;
  /** The visible area, in model units. */
  viewport?: Viewport;
}

// A record, so that a new layout name fails the typecheck here until it is listed.
const LAYOUTS: Record<LayoutName, true> = { fcose: true, concentric: true, breadthfirst: true, places: true };
const SIZES: Record<SizeBy, true> = { degree: true, weightedDegree: true, betweenness: true, pagerank: true, mentions: true };

/** Positions rounded to a tenth of a unit: the view file stays small and nothing visible moves. */
export function roundPositions(positions: Positions): Positions {
  const out: Positions = {};
  for (const [id, p] of Object.entries(positions)) {
    if (Number.isFinite(p.x) && Number.isFinite(p.y)) out[id] = { x: Math.round(p.x * 10) / 10, y: Math.round(p.y * 10) / 10 };
  }
  return out;
}

function roundViewport(v: Viewport): Viewport | undefined {
  const r = (n: number) => Math.round(n * 10) / 10;
  if (![v.x1, v.y1, v.x2, v.y2].every(Number.isFinite) || v.x2 <= v.x1 || v.y2 <= v.y1) return undefined;
  return { x1: r(v.x1), y1: r(v.y1), x2: r(v.x2), y2: r(v.y2) };
}

/** The saved form of the current view, named `name` and stamped with `savedAt` (ISO). */
export function toSavedView(name: string, snap: ViewSnapshot, savedAt: string): SavedView {
  const viewport = snap.viewport && roundViewport(snap.viewport);
  return {
    name,
    filter: toGraphFilter(snap.filter, snap.selection),
    selection: snap.selection?.kind === 'node' ? [snap.selection.id] : [],
    positions: roundPositions(snap.positions),
    layout: snap.layout,
    sizeBy: snap.sizeBy,
    colorBy: snap.colorBy,
    ...(viewport ? { viewport } : {}),
    savedAt,
  };
}

/**
 * The filter controls that give back `filter` (the inverse of `toGraphFilter`): what it leaves
 * out is the default; a neighbourhood (`focus`) comes back as its depth with the default limit.
 */
export function uiFilterOf(filter: GraphFilter): UiFilter {
  const base = defaultFilter();
  return {
    ...base,
    types: filter.types ? ENTITY_TYPES.filter((t) => filter.types?.includes(t)) : base.types,
    relationTypes: filter.relationTypes ? [...filter.relationTypes] : [],
    minWeight: filter.minWeight ?? 1,
    dateFrom: filter.dateFrom ?? '',
    dateTo: filter.dateTo ?? '',
    includeUndated: filter.includeUndated === true,
    articles: filter.articles ? [...filter.articles] : [],
    includeCoOccurs: filter.includeCoOccurs !== false,
    includeArticles: filter.includeArticles === true,
    neighbourhood: filter.focus ? Math.min(3, Math.max(0, filter.focus.depth)) : 0,
    limit: filter.focus ? DEFAULT_LIMIT : (filter.limit ?? null),
  };
}

/** What reopening a view sets: the filter, the selection and, when the view names them, sizing, colouring and layout. */
export interface OpenedView {
  filter: UiFilter;
  selection: Selection;
  sizeBy?: SizeBy;
  colorBy?: InsightState['colorBy'];
  layout?: LayoutName;
  positions: Positions;
  viewport?: Viewport;
}

/** Reads a saved view back into explorer state; unknown layout or sizing names are left out. */
export function openedView(view: SavedView): OpenedView {
  const id = view.selection[0] ?? view.filter.focus?.ids[0];
  return {
    filter: uiFilterOf(view.filter),
    selection: id ? { kind: 'node', id } : null,
    sizeBy: view.sizeBy && view.sizeBy in SIZES ? view.sizeBy : undefined,
    colorBy: view.colorBy === 'community' || view.colorBy === 'type' ? view.colorBy : undefined,
    layout: view.layout && view.layout in LAYOUTS ? (view.layout as LayoutName) : undefined,
    positions: view.positions ?? {},
    ...(view.viewport ? { viewport: view.viewport } : {}),
  };
}

/** Views as a JSON file: a version, when it was written and the views as the workspace keeps them. */
export function viewsJson(views: readonly SavedView[], exportedAt: string): string {
  return `${JSON.stringify({ zhituViews: 1, exportedAt, views }, null, 2)}\n`;
}

/** A file name for exported views: `zhitu-views-<name or all>.json`, without characters file systems refuse. */
export function viewsFileName(name: string | null): string {
  const part = (name ?? 'all').replace(/[\\/:*?"<>|\s]+/g, '-').replace(/^-+|-+$/g, '') || 'view';
  return `zhitu-views-${part}.json`;
}
