import { useState } from 'react';
import type { TimelineBucket } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { useStore } from '../../state/store';
import { clearDateRange, setBucket, setDateRange, startPlayback, stopPlayback } from './timeline-actions';
import { TimelineBrush } from './TimelineBrush';
import type { TimelineCount } from './TimelineBrush';
import { articlesIn, formatRange, periodsOfRange, rangeOfPeriods } from './timeline-scale';
import { UndatedNotice } from './UndatedNotice';
import { useArticlesInRange } from './use-timeline';
import './timeline.css';

const BUCKETS: TimelineBucket[] = ['day', 'week', 'month'];
const COUNTS: TimelineCount[] = ['articles', 'mentions'];

/**
 * The timeline under the graph: articles or entity mentions per day, week or month; brushing a range narrows the
 * graph, the articles and the measures (the filter's date range); playback steps through the months.
 */
export function TimelinePanel() {
  const t = useT();
  const timeline = useStore((s) => s.insight.timeline);
  const bucket = useStore((s) => s.insight.bucket);
  const playing = useStore((s) => s.insight.playing);
  const from = useStore((s) => s.filter.dateFrom);
  const to = useStore((s) => s.filter.dateTo);
  const [count, setCount] = useState<TimelineCount>('articles');
  const periods = timeline?.periods ?? [];
  const selected = periodsOfRange(periods, bucket, { from, to });
  const dated = articlesIn(periods, 0, periods.length - 1);
  const inRange = useArticlesInRange().length;
  const hasRange = Boolean(from || to);
  return (
    <section className="timeline" aria-label={t('timeline.title')} data-testid="timeline">
      <div className="timeline-bar">
        <h2 className="timeline-title">{t('timeline.title')}</h2>
        <label className="timeline-bucket">
          <span className="visually-hidden">{t('timeline.bucket')}</span>
          <select aria-label={t('timeline.bucket')} value={bucket} onChange={(e) => setBucket(e.target.value as TimelineBucket)}>
            {BUCKETS.map((b) => (
              <option key={b} value={b}>
                {t(`timeline.${b}`)}
              </option>
            ))}
          </select>
        </label>
        <label className="timeline-bucket">
          <span className="visually-hidden">{t('timeline.count')}</span>
          <select aria-label={t('timeline.count')} value={count} onChange={(e) => setCount(e.target.value as TimelineCount)}>
            {COUNTS.map((c) => (
              <option key={c} value={c}>
                {t(`timeline.count.${c}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="timeline-range" data-testid="timeline-range" aria-live="polite">
          {hasRange
            ? t('timeline.range', { range: formatRange({ from, to }), n: inRange })
            : t('timeline.all', { n: dated })}
        </span>
        <UndatedNotice />
        <span className="timeline-actions">
          <button
            type="button"
            aria-pressed={playing}
            disabled={periods.length === 0}
            aria-label={playing ? t('timeline.pause') : t('timeline.play')}
            title={t('timeline.playHint')}
            onClick={() => (playing ? stopPlayback() : startPlayback())}
          >
            {playing ? `⏸ ${t('timeline.pause')}` : `▶ ${t('timeline.play')}`}
          </button>
          {hasRange && (
            <button type="button" onClick={clearDateRange}>
              {t('timeline.clear')}
            </button>
          )}
        </span>
      </div>
      {periods.length > 0 ? (
        <TimelineBrush periods={periods} count={count} bucket={bucket} selected={selected} onCommit={(i, j) => setDateRange(rangeOfPeriods(periods, bucket, i, j))} />
      ) : (
        timeline && <p className="timeline-empty">{t('timeline.noDates')}</p>
      )}
    </section>
  );
}
