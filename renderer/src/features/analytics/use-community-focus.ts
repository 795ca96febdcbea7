import { useEffect, useRef } from 'react';
import { useStore } from '../../state/store';
import { getCurrentCy } from '../graph/graph-handle';
import { applyCommunityFocus, FOCUS_CLASS } from './community-focus';

/**
 * Keeps the focused community's classes on the graph (again after each load of the graph,
 * which resets classes) and fits the view to its members when the focus changes.
 * Mount it after the graph view, so that it runs after the elements are applied.
 */
export function useCommunityFocus(): void {
  const focus = useStore((s) => s.insight.focusCommunity);
  const analytics = useStore((s) => s.insight.analytics);
  const graphVersion = useStore((s) => s.graphVersion);
  const lastFocus = useRef<number | null>(null);
  useEffect(() => {
    const cy = getCurrentCy();
    if (!cy) return;
    const members = focus === null || !analytics ? null : new Set(analytics.entities.filter((e) => e.community === focus).map((e) => e.id));
    const shown = applyCommunityFocus(cy, members);
    if (focus !== lastFocus.current && shown > 0) cy.animate({ fit: { eles: cy.nodes(`.${FOCUS_CLASS}`), padding: 60 }, duration: 300 });
    lastFocus.current = focus;
  }, [focus, analytics, graphVersion]);
}
