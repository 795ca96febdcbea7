import { useSyncExternalStore } from 'react';
import { ENTITY_TYPES } from '../../../electron/shared/types';
import type {
  AnalyticsResult,
  Article,
  ArticleSummary,
  EntityDetails,
  EntitySummary,
  EntityType,
  GraphData,
  ImportResult,
  Progress,
  RelationType,
  SavedView,
  Timeline,
  TimelineBucket,
  WorkspaceInfo,
} from '../../../electron/shared/types';
import type { Lang } from '../i18n/i18n';
import { detectLang } from '../i18n/i18n';

/** A drawing's stage (adding elements, placing them, showing them) and how much of it is done. */
export interface DrawProgress {
  step: 'adding' | 'placing' | 'showing';
  done: number;
  total: number;
}

export type SizeBy = 'degree' | 'weightedDegree' | 'betweenness' | 'pagerank' | 'mentions';
export type LayoutName = 'fcose' | 'concentric' | 'breadthfirst' | 'places';
export type RendererMode = 'auto' | 'canvas' | 'webgl';

export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

/** The filter controls as the user set them; turned into a `GraphFilter` for the API. */
export interface UiFilter {
  types: EntityType[];
  /** Relation types to keep; empty keeps all. */
  relationTypes: RelationType[];
  minWeight: number;
  dateFrom: string;
  dateTo: string;
  /** With a date range: keep the evidence of undated articles too. */
  includeUndated: boolean;
  articles: string[];
  includeCoOccurs: boolean;
  includeArticles: boolean;
  /** 0: the whole view; 1-3: only the neighbourhood of the selected node to that depth. */
  neighbourhood: number;
  /** Top entities by weighted degree; null shows all. */
  limit: number | null;
}

export type Dialog =
  | { kind: 'export' }
  | { kind: 'annotate'; id: string }
  | { kind: 'rename'; id: string }
  | { kind: 'retype'; id: string }
  | { kind: 'merge'; id: string }
  | { kind: 'splitAlias'; id: string }
  | { kind: 'delete'; id: string; name: string }
  | { kind: 'deleteEdge'; id: string }
  | { kind: 'addNode' }
  | { kind: 'addEdge'; source?: string }
  | { kind: 'help' }
  | { kind: 'deleteMany'; ids: string[]; names: string[] }
  | { kind: 'path'; source?: string; target?: string };

export interface ContextMenuState {
  x: number;
  y: number;
  target: { kind: 'node'; id: string } | { kind: 'edge'; id: string } | { kind: 'background' };
}

export interface ReaderState {
  id: string;
  article: Article | null;
  /** The evidence sentence to highlight and scroll to. */
  highlight?: { start: number; end: number };
  /** The mention inside it. */
  mention?: { start: number; end: number };
  /** More ranges to mark (the other hits of a full-text search). */
  marks?: Array<{ start: number; end: number }>;
}

export interface AppState {
  lang: Lang;
  info: WorkspaceInfo | null;
  graph: GraphData;
  /** Bumped on every load, so that views know the elements changed. */
  graphVersion: number;
  loading: boolean;
  /** How far the graph view is with drawing a big graph (null when it is not drawing). */
  drawing: DrawProgress | null;
  error: string | null;
  notice: string | null;
  filter: UiFilter;
  /** Nodes whose neighbourhoods the user expanded (double-click) or reached by search. */
  expanded: string[];
  selection: Selection;
  /** Nodes picked with Shift+click, for the shortest path. */
  marked: string[];
  path: { nodes: string[]; edges: string[] } | null;
  details: EntityDetails | null;
  sizeBy: SizeBy;
  layout: LayoutName;
  /** Bumped to ask the graph view to run the layout again. */
  layoutRequest: number;
  /** Bumped to ask the graph view to fit the graph. */
  fitRequest: number;
  /** Bumped with a node id to centre it. */
  centreRequest: { id: string; n: number } | null;
  rendererMode: RendererMode;
  /** Draw every co-occurrence edge even in a dense view (draw-scale.ts), where they wait for zoom or selection. */
  showCoOccurs: boolean;
  showLegend: boolean;
  filtersOpen: boolean;
  /** The filters were folded to make room for the articles; they come back when the articles close. */
  filtersFolded: boolean;
  articlesOpen: boolean;
  /** The data table (entities and relations), the accessible alternative to the canvas. */
  tableOpen: boolean;
  /** Entities ticked in the table (or box-selected on the graph) for the bulk actions. */
  checked: string[];
  /** Entities the user hid from the view (the table's "Hide from view"). */
  hidden: string[];
  articles: ArticleSummary[];
  reader: ReaderState | null;
  importProgress: Progress | null;
  importResult: ImportResult | null;
  dialog: Dialog | null;
  contextMenu: ContextMenuState | null;
  /** Every entity of the workspace, for search and pickers. */
  entities: EntitySummary[];
  /** Analytics, the timeline and saved views (issue 10). */
  insight: InsightState;
}

/** The tabs of the panel under the timeline. */
export type InsightTab = 'ranking' | 'communities' | 'views';

/** State of the analytics, the timeline and saved views (renderer/src/features/{analytics,timeline,views}). */
export interface InsightState {
  colorBy: 'type' | 'community';
  /** `analyze` on the current filter (without the top-N limit), or null before the first result. */
  analytics: AnalyticsResult | null;
  /** An `analyze` call is running. */
  analyticsBusy: boolean;
  /** Measure with co-occurrence edges. */
  analyticsCoOccurs: boolean;
  /** The open tab under the timeline, or null when the panel is folded. */
  tab: InsightTab | null;
  /** The community whose members the graph brings forward, or null. */
  focusCommunity: number | null;
  bucket: TimelineBucket;
  /** Articles per period (the filter's articles, every date), or null before it is loaded. */
  timeline: Timeline | null;
  /** Playback steps through the months. */
  playing: boolean;
  views: SavedView[];
}

/** The analytics, timeline and views state a fresh page starts with. */
export function initialInsight(): InsightState {
  return {
    colorBy: 'type',
    analytics: null,
    analyticsBusy: false,
    analyticsCoOccurs: true,
    tab: null,
    focusCommunity: null,
    bucket: 'day',
    timeline: null,
    playing: false,
    views: [],
  };
}

export const DEFAULT_LIMIT = 300;

/** The filter a fresh view starts with. */
export function defaultFilter(): UiFilter {
  return {
    types: [...ENTITY_TYPES],
    relationTypes: [],
    minWeight: 1,
    dateFrom: '',
    dateTo: '',
    includeUndated: false,
    articles: [],
    includeCoOccurs: true,
    includeArticles: false,
    neighbourhood: 0,
    limit: DEFAULT_LIMIT,
  };
}

/** The state a fresh page starts with. */
export function initialState(lang: Lang = detectLang()): AppState {
  return {
    lang,
    info: null,
    graph: { nodes: [], edges: [] },
    graphVersion: 0,
    loading: false,
    drawing: null,
    error: null,
    notice: null,
    filter: defaultFilter(),
    expanded: [],
    selection: null,
    marked: [],
    path: null,
    details: null,
    sizeBy: 'weightedDegree',
    layout: 'fcose',
    layoutRequest: 0,
    fitRequest: 0,
    centreRequest: null,
    rendererMode: 'auto',
    showCoOccurs: false,
    showLegend: true,
    filtersOpen: true,
    filtersFolded: false,
    articlesOpen: false,
    tableOpen: false,
    checked: [],
    hidden: [],
    articles: [],
    reader: null,
    importProgress: null,
    importResult: null,
    dialog: null,
    contextMenu: null,
    entities: [],
    insight: initialInsight(),
  };
}

type Listener = () => void;

/** A small external store: one state object, replaced on every change. */
export interface Store<S> {
  get(): S;
  set(patch: Partial<S> | ((state: S) => Partial<S>)): void;
  subscribe(listener: Listener): () => void;
}

/** Creates an external store for `useSyncExternalStore`. */
export function createStore<S extends object>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch) {
      const next = typeof patch === 'function' ? patch(state) : patch;
      state = { ...state, ...next };
      for (const listener of [...listeners]) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The app's one store. */
export const store = createStore<AppState>(initialState());

/** Reads a slice of the app state; re-renders only when that slice changes (by identity). */
export function useStore<T>(selector: (state: AppState) => T): T {
  return useSyncExternalStore(store.subscribe, () => selector(store.get()), () => selector(store.get()));
}
