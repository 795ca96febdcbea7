import type { EntityDetails } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { histogramBars, seriesSummary } from './histogram';
import './timeline.css';

const W = 240;
const H = 36;

/** An entity's mentions per month as a small bar chart, with the first and last date it appears. */
export function MentionSparkline({ details }: { details: EntityDetails }) {
  const t = useT();
  const series = details.timeline ?? [];
  const { node } = details;
  const bars = histogramBars(
    series.map((p) => p.mentions),
    W,
    H,
  );
  return (
    <section className="mention-timeline" aria-label={t('sparkline.title')} data-testid="mention-timeline">
      <h3>{t('sparkline.title')}</h3>
      {series.length > 0 ? (
        <div className="sparkline">
          <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" role="img" aria-label={`${t('sparkline.title')}: ${seriesSummary(series, t('sparkline.peak'))}`}>
            {bars.map((bar, i) => (
              <rect key={series[i].period} x={bar.x} y={bar.y} width={Math.max(bar.w, 0.5)} height={bar.h}>
                <title>{`${series[i].period}: ${series[i].mentions}`}</title>
              </rect>
            ))}
          </svg>
          <div className="timeline-axis" aria-hidden="true">
            <span>{series[0].period}</span>
            <span>{series[series.length - 1].period}</span>
          </div>
        </div>
      ) : (
        <p className="muted">{t('sparkline.none')}</p>
      )}
      <dl className="sparkline-facts">
        <dt>{t('sparkline.first')}</dt>
        <dd data-testid="first-date">{node.firstDate ?? '—'}</dd>
        <dt>{t('sparkline.last')}</dt>
        <dd data-testid="last-date">{node.lastDate ?? '—'}</dd>
        <dt>{t('sparkline.mentions')}</dt>
        <dd>{details.mentionCount ?? details.mentions.length}</dd>
      </dl>
    </section>
  );
}
