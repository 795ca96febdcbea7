import type { TimelineBucket } from '../../../../electron/shared/types';
import { getClient } from '../../api/client';
import { fail, loadGraph, setFilter } from '../../state/actions';
import { store } from '../../state/store';
import { setInsight } from '../analytics/set-insight';
import { playbackSteps } from './timeline-scale';
import type { DateRange } from './timeline-scale';

/** How long playback shows each month once its graph is drawn. */
export const PLAYBACK_STEP_MS = 1200;

let timelineSeq = 0;

/** Loads the histogram for the current bucket: every date of the filter's articles, undated ones counted apart. */
export async function loadTimeline(): Promise<void> {
  const n = ++timelineSeq;
  const s = store.get();
  const articles = s.filter.articles;
  try {
    const timeline = await getClient().timeline({ bucket: s.insight.bucket, filter: articles.length > 0 ? { articles } : undefined });
    if (n === timelineSeq) setInsight({ timeline });
  } catch (error) {
    if (n === timelineSeq) fail(error);
  }
}

/** Narrows the graph, the articles and the measures to a date range (`''` ends are open). */
export function setDateRange(range: DateRange, delay = 150): void {
  if (store.get().insight.playing) stopPlayback();
  setFilter({ dateFrom: range.from, dateTo: range.to }, delay);
}

/** Removes the date range. */
export function clearDateRange(): void {
  stopPlayback();
  setFilter({ dateFrom: '', dateTo: '' }, 0);
}

/** Keeps (or drops) what undated articles support while a date range is set. */
export function setIncludeUndated(on: boolean): void {
  setFilter({ includeUndated: on }, 0);
}

/** Counts articles per day, week or month. */
export function setBucket(bucket: TimelineBucket): void {
  setInsight({ bucket });
}

let playTimer: ReturnType<typeof setTimeout> | undefined;
let playRun = 0;

/** Stops playback where it is (the range of the last month shown stays). */
export function stopPlayback(): void {
  playRun++;
  clearTimeout(playTimer);
  if (store.get().insight.playing) setInsight({ playing: false });
}

/**
 * Steps through the months: each step widens the range by a month and waits for its graph to
 * load before the next, so that the graph grows as the news did. Stops after the last month.
 */
export function startPlayback(): void {
  const steps = playbackSteps(store.get().insight.timeline?.periods ?? []);
  if (steps.length === 0) return;
  stopPlayback();
  const run = playRun;
  setInsight({ playing: true });
  const step = async (k: number): Promise<void> => {
    if (run !== playRun) return;
    store.set((s) => ({ filter: { ...s.filter, dateFrom: steps[k].from, dateTo: steps[k].to } }));
    await loadGraph();
    if (run !== playRun) return;
    if (k + 1 >= steps.length) {
      setInsight({ playing: false });
      return;
    }
    playTimer = setTimeout(() => void step(k + 1), PLAYBACK_STEP_MS);
  };
  void step(0);
}
