import { useMemo } from 'react';
import { useStore } from '../../state/store';
import { measureViewOptions } from './measure-style';
import type { MeasureViewOptions } from './measure-style';

/** The graph view's sizing and colouring options, the same object until the analytics or the choices change. */
export function useMeasureStyle(): MeasureViewOptions {
  const analytics = useStore((s) => s.insight.analytics);
  const sizeBy = useStore((s) => s.sizeBy);
  const colorBy = useStore((s) => s.insight.colorBy);
  return useMemo(() => measureViewOptions(analytics, sizeBy, colorBy), [analytics, sizeBy, colorBy]);
}
