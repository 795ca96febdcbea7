import { useSyncExternalStore } from 'react';
import type { ArticleSearchHit } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { errorMessage } from '../../state/actions';
import { createStore, store } from '../../state/store';
import { setArticlesOpen } from '../../state/view-actions';

/** Articles listed per search (the core counts all of them in `total`). */
export const SEARCH_LIMIT = 50;

export interface ArticleSearchState {
  /** Which view of the articles pane: the list of articles or the full-text search. */
  tab: 'list' | 'search';
  query: string;
  /** The query the results are for. */
  searched: string;
  total: number;
  hits: ArticleSearchHit[];
  loading: boolean;
  error: string | null;
  /** The article last opened from the results, to return the focus to it. */
  lastOpened: string | null;
  /** Bumped to put the keyboard focus in the search field. */
  focusRequest: number;
}

const initial = (): ArticleSearchState => ({ tab: 'list', query: '', searched: '', total: 0, hits: [], loading: false, error: null, lastOpened: null, focusRequest: 0 });

/** The search's own small store: it lives beside the app state and survives opening an article. */
export const articleSearch = createStore<ArticleSearchState>(initial());

/** Reads a slice of the search state. */
export function useArticleSearch<T>(selector: (s: ArticleSearchState) => T): T {
  return useSyncExternalStore(articleSearch.subscribe, () => selector(articleSearch.get()), () => selector(articleSearch.get()));
}

let seq = 0;
let timer: ReturnType<typeof setTimeout> | undefined;
/** The workspace info (replaced after every change) the results were found in. */
let searchedIn: unknown = undefined;

/** Whether the workspace changed since the results were found (search again then). */
export function resultsOutdated(): boolean {
  return articleSearch.get().searched !== '' && store.get().info !== searchedIn;
}

/** Searches the text of all articles now; an older answer arriving late is dropped. */
export async function runSearch(query: string): Promise<void> {
  clearTimeout(timer);
  const q = query.trim();
  const mine = ++seq;
  if (!q) {
    articleSearch.set({ searched: '', total: 0, hits: [], loading: false, error: null });
    return;
  }
  articleSearch.set({ loading: true, error: null });
  searchedIn = store.get().info;
  try {
    const result = await getClient().searchArticles({ query: q, limit: SEARCH_LIMIT });
    if (mine === seq) articleSearch.set({ searched: q, total: result.total, hits: result.hits, loading: false });
  } catch (error) {
    if (mine === seq) articleSearch.set({ searched: q, total: 0, hits: [], loading: false, error: errorMessage(error) });
  }
}

/** Changes the query and searches a moment after the last keystroke. */
export function typeQuery(query: string, delay = 300): void {
  articleSearch.set({ query });
  clearTimeout(timer);
  timer = setTimeout(() => void runSearch(query), delay);
}

/** Opens the articles pane on the full-text search with the focus in its field (the `a` key). */
export function openArticleSearch(): void {
  setArticlesOpen(true);
  store.set({ reader: null });
  articleSearch.set((s) => ({ tab: 'search', focusRequest: s.focusRequest + 1, lastOpened: null }));
}

/** Back to the start (tests, another workspace). */
export function resetArticleSearch(): void {
  clearTimeout(timer);
  seq++;
  articleSearch.set(initial());
}

/**
 * Where to put the reader for a hit: the sentence around it (up to the nearest sentence end or
 * line break on either side) to highlight, and the hit itself to mark; offsets in the article text.
 */
export function hitFocus(text: string, hit: { start: number; end: number }): { sentence: { start: number; end: number }; hit: { start: number; end: number } } {
  const ends = /[。！？!?；;\n]/;
  let start = hit.start;
  while (start > 0 && !ends.test(text[start - 1])) start--;
  let end = hit.end;
  while (end < text.length && !ends.test(text[end - 1] ?? '') && end - hit.end < 400) end++;
  while (start < hit.start && /\s/.test(text[start])) start++;
  return { sentence: { start, end: Math.max(end, hit.end) }, hit };
}

/** The hits of one search result in article offsets, in order. */
export function hitRanges(result: ArticleSearchHit): Array<{ start: number; end: number }> {
  return result.snippets.flatMap((s) => s.ranges.map((r) => ({ start: s.start + r.start, end: s.start + r.end })));
}

/** Where the query's terms occur in a short text such as a title (Latin letters in any case). */
export function termRanges(text: string, query: string): Array<{ start: number; end: number }> {
  const lower = text.toLowerCase();
  const out: Array<{ start: number; end: number }> = [];
  for (const term of new Set(query.toLowerCase().split(/\s+/).filter(Boolean))) {
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) out.push({ start: at, end: at + term.length });
  }
  return out;
}
