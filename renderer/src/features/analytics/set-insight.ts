import { store } from '../../state/store';
import type { InsightState } from '../../state/store';

/** Changes part of the analytics, timeline and views state. */
export function setInsight(patch: Partial<InsightState>): void {
  store.set((s) => ({ insight: { ...s.insight, ...patch } }));
}
