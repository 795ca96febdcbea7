import type {
  AnalyticsResult,
  ArticleSearchHit,
  DuplicateSuggestion,
  EntityDetails,
  GraphData,
  GraphEdge,
  GraphFilter,
  PathResult,
  SavedView,
  Timeline,
  TimelineBucket,
} from '../../../electron/shared/types';
import { getClient } from './client';

/** `GraphFilter` with the fields the contract adds (PLAN.md): undated articles, inferred edges. */
export type NextGraphFilter = GraphFilter & { includeUndated?: boolean; excludeInferred?: boolean };

/**
 * The methods the API contract adds (PLAN.md), implemented on the `store` and `queries` branches.
 * The client reaches them by name like every other method once `electron/shared/api.ts` lists them;
 * until then a call fails with a plain error that the UI reports.
 */
export interface NextApi {
  getGraph(args: { filter?: NextGraphFilter; evidence?: boolean }): Promise<GraphData>;
  getEdge(args: { id: string }): Promise<GraphEdge>;
  getEntity(args: { id: string; mentionOffset?: number; mentionLimit?: number }): Promise<EntityDetails & { mentionCount?: number; timeline?: Array<{ period: string; mentions: number }> }>;
  analyze(args: { filter?: NextGraphFilter; includeCoOccurs?: boolean }): Promise<AnalyticsResult>;
  timeline(args: { filter?: NextGraphFilter; bucket: TimelineBucket }): Promise<Timeline>;
  findPaths(args: { source: string; target: string; k?: number; filter?: NextGraphFilter }): Promise<PathResult[]>;
  searchArticles(args: { query: string; limit?: number }): Promise<{ total: number; hits: ArticleSearchHit[] }>;
  duplicateSuggestions(args: { limit?: number }): Promise<DuplicateSuggestion[]>;
  listViews(): Promise<SavedView[]>;
  saveView(args: { view: SavedView }): Promise<SavedView[]>;
  deleteView(args: { name: string }): Promise<SavedView[]>;
}

/** Calls one of the contract's new methods through the page's client. */
export async function callNext<K extends keyof NextApi>(method: K, ...args: Parameters<NextApi[K]>): Promise<Awaited<ReturnType<NextApi[K]>>> {
  const client = getClient() as unknown as Partial<Record<K, (...a: unknown[]) => Promise<unknown>>>;
  const fn = client[method];
  if (typeof fn !== 'function') throw new Error(`${String(method)}: not available in this version of the core`);
  return (await fn.apply(client, args)) as Awaited<ReturnType<NextApi[K]>>;
}
