import { useEffect, useMemo } from 'react';
import type { ArticleSummary } from '../../../../electron/shared/types';
import { useStore } from '../../state/store';
import { loadTimeline, stopPlayback } from './timeline-actions';
import { dateInFilter } from './timeline-scale';

/**
 * Keeps the histogram loaded: again when the bucket or the article scope changes and after the
 * workspace changed (an import, an edit: the workspace info is replaced then).
 */
export function useTimelineData(): void {
  const bucket = useStore((s) => s.insight.bucket);
  const scope = useStore((s) => s.filter.articles.join('\n'));
  const info = useStore((s) => s.info);
  useEffect(() => {
    void loadTimeline();
  }, [bucket, scope, info]);
  useEffect(() => stopPlayback, []);
}

/** The articles of the workspace that the filter's date range keeps (all of them without a range). */
export function useArticlesInRange(): ArticleSummary[] {
  const articles = useStore((s) => s.articles);
  const from = useStore((s) => s.filter.dateFrom);
  const to = useStore((s) => s.filter.dateTo);
  const undated = useStore((s) => s.filter.includeUndated);
  return useMemo(() => (from || to ? articles.filter((a) => dateInFilter(a.date, { from, to }, undated)) : articles), [articles, from, to, undated]);
}
