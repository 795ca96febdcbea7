import { useMemo, useRef, useState } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import type { TimelineBucket } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { histogramBars, indexAtX, stepIndex } from './histogram';
import { formatPeriod } from './timeline-scale';
import type { Period } from './timeline-scale';

/** The histogram's drawing box (the SVG stretches it to the panel's width). */
const W = 1000;
const H = 52;

/** What the bars count: the articles or the entity mentions of each period. */
export type TimelineCount = 'articles' | 'mentions';

interface BrushProps {
  periods: readonly Period[];
  count: TimelineCount;
  bucket: TimelineBucket;
  /** The brushed bars (first, last), or null when no range is set. */
  selected: [number, number] | null;
  /** A new range was brushed: bars `first`..`last`. */
  onCommit(first: number, last: number): void;
}

const ordered = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);

/**
 * The histogram (articles or mentions per period) with a brushable range. Pointer: press and drag across bars (a click picks one
 * bar), or drag a handle. Keyboard: the two handles are sliders (arrows, Page Up/Down, Home, End).
 */
export function TimelineBrush({ periods, count, bucket, selected, onCommit }: BrushProps) {
  const t = useT();
  const trackRef = useRef<HTMLDivElement | null>(null);
  const drag = useRef<{ anchor: number } | null>(null);
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const n = periods.length;
  const bars = useMemo(() => histogramBars(periods.map((p) => p[count]), W, H), [periods, count]);
  const shown = draft ?? selected;
  const [a, b] = shown ?? [0, n - 1];

  const indexAt = (clientX: number): number => {
    const rect = trackRef.current?.getBoundingClientRect();
    if (!rect || rect.width === 0) return 0;
    return indexAtX(((clientX - rect.left) / rect.width) * W, W, n);
  };
  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    const i = indexAt(e.clientX);
    const handle = (e.target as HTMLElement).dataset.handle;
    // Grabbing a handle moves that end; anywhere else starts a new range.
    const anchor = handle === 'start' ? b : handle === 'end' ? a : i;
    drag.current = { anchor };
    e.currentTarget.setPointerCapture?.(e.pointerId);
    setDraft(ordered(anchor, i));
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (drag.current) setDraft(ordered(drag.current.anchor, indexAt(e.clientX)));
  };
  const onPointerUp = (e: PointerEvent<HTMLDivElement>) => {
    if (!drag.current) return;
    const range = ordered(drag.current.anchor, indexAt(e.clientX));
    drag.current = null;
    setDraft(null);
    onCommit(range[0], range[1]);
  };
  const onKey = (which: 'start' | 'end') => (e: KeyboardEvent<HTMLDivElement>) => {
    const next = stepIndex(e.key, which === 'start' ? a : b, n, bucket === 'day' ? 7 : bucket === 'week' ? 4 : 12);
    if (next === null) return;
    e.preventDefault();
    if (which === 'start') onCommit(Math.min(next, b), b);
    else onCommit(a, Math.max(next, a));
  };
  const pct = (i: number) => `${(i / n) * 100}%`;
  const handle = (which: 'start' | 'end', index: number) => (
    <div
      className={`brush-handle ${which}`}
      data-handle={which}
      role="slider"
      tabIndex={0}
      aria-label={t(which === 'start' ? 'timeline.start' : 'timeline.end')}
      aria-valuemin={0}
      aria-valuemax={n - 1}
      aria-valuenow={index}
      aria-valuetext={formatPeriod(periods[index].start, bucket)}
      style={{ left: pct(which === 'start' ? index : index + 1) }}
      onKeyDown={onKey(which)}
    />
  );

  return (
    <div className="timeline-brush">
      <div
        ref={trackRef}
        className="brush-track"
        role="group"
        aria-label={t('timeline.brush')}
        data-testid="timeline-brush"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={() => {
          drag.current = null;
          setDraft(null);
        }}
      >
        <svg viewBox={`0 0 ${W} ${H}`} preserveAspectRatio="none" aria-hidden="true">
          {bars.map((bar, i) => (
            <rect key={periods[i].start} x={bar.x} y={bar.y} width={Math.max(bar.w, 0.5)} height={bar.h} className={shown && (i < a || i > b) ? 'bar out' : 'bar'}>
              <title>{t('timeline.bar', { period: formatPeriod(periods[i].start, bucket), a: periods[i].articles, m: periods[i].mentions })}</title>
            </rect>
          ))}
        </svg>
        {shown && <div className="brush-band" style={{ left: pct(a), width: pct(b - a + 1) }} />}
        {handle('start', a)}
        {handle('end', b)}
      </div>
      <div className="timeline-axis" aria-hidden="true">
        <span>{formatPeriod(periods[0].start, bucket)}</span>
        <span>{formatPeriod(periods[n - 1].start, bucket)}</span>
      </div>
    </div>
  );
}
