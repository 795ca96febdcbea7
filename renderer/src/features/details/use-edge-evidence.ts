import { useEffect, useState } from 'react';
import type { Evidence } from '../../../../electron/shared/types';
import { errorMessage } from '../../state/actions';
import { useStore } from '../../state/store';
import { evidenceCache, needsEvidence } from './edge-evidence';
import type { EvidenceCache, EvidenceCarrier } from './edge-evidence';

export interface EdgeEvidenceState {
  evidence: Evidence[];
  loading: boolean;
  error: string | null;
}

/**
 * The evidence of an edge being shown (details panel, a relation opened in the entity details,
 * a path step): the payload's when it carries it, else fetched from the core when `open`,
 * with a loading state. Fetched again after the workspace changed.
 */
export function useEdgeEvidence(id: string | null, item: EvidenceCarrier | null, open = true, cache: EvidenceCache = evidenceCache): EdgeEvidenceState {
  const version = useStore((s) => s.info);
  cache.sync(version);
  const missing = item !== null && needsEvidence(item);
  const [state, setState] = useState<{ id: string | null; evidence: Evidence[] | null; error: string | null }>({ id: null, evidence: null, error: null });
  useEffect(() => {
    if (!id || !missing || !open) return;
    let live = true;
    const have = cache.peek(id);
    setState({ id, evidence: have ?? null, error: null });
    if (have) return;
    cache.load(id).then(
      (evidence) => live && setState({ id, evidence, error: null }),
      (error: unknown) => live && setState({ id, evidence: null, error: errorMessage(error) }),
    );
    return () => {
      live = false;
    };
  }, [id, missing, open, cache, version]);
  if (!item || !missing) return { evidence: item?.evidence ?? [], loading: false, error: null };
  const mine = state.id === id;
  return { evidence: mine ? (state.evidence ?? []) : [], loading: open && (!mine || (state.evidence === null && state.error === null)), error: mine ? state.error : null };
}
