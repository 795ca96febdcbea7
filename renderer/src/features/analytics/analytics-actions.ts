import type { GraphFilter } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { fail } from '../../state/actions';
import { toGraphFilter } from '../../state/graph-filter';
import { store } from '../../state/store';
import type { InsightTab, UiFilter } from '../../state/store';
import { setInsight } from './set-insight';

/**
 * The filter `analyze` measures: the view's filter without what only trims the drawing (the
 * top-N limit, a neighbourhood, article nodes) and without the co-occurrence switch, which
 * `analyze` takes on its own.
 */
export function analysisFilter(filter: UiFilter): GraphFilter {
  const { limit: _limit, focus: _focus, includeArticles: _articles, includeCoOccurs: _co, ...rest } = toGraphFilter(filter, null);
  return rest;
}

let seq = 0;

/** Asks the core for the measures of the current filter's graph; only the latest answer is kept. */
export async function loadAnalytics(): Promise<void> {
  const n = ++seq;
  const s = store.get();
  setInsight({ analyticsBusy: true });
  try {
    const result = await getClient().analyze({ filter: analysisFilter(s.filter), includeCoOccurs: s.insight.analyticsCoOccurs });
    if (n === seq) setInsight({ analytics: result, analyticsBusy: false });
  } catch (error) {
    if (n !== seq) return;
    setInsight({ analyticsBusy: false });
    fail(error);
  }
}

/** Opens a tab of the panel under the timeline, or folds the panel when that tab is open. */
export function toggleTab(tab: InsightTab): void {
  setInsight({ tab: store.get().insight.tab === tab ? null : tab });
}

/** Brings a community's members forward in the graph (null: none). */
export function focusCommunity(id: number | null): void {
  setInsight({ focusCommunity: id });
}
