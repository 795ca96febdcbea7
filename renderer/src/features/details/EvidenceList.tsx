import { useT } from '../../i18n/use-t';
import type { EvidenceCarrier } from './edge-evidence';
import { EvidenceItem } from './EvidenceItem';
import { useEdgeEvidence } from './use-edge-evidence';

/**
 * The evidence sentences of one edge: those the payload carried, or (lean payloads) those the
 * core gives for the edge's id, with a loading state while it answers.
 */
export function EvidenceList({ id, item, empty = true }: { id: string; item: EvidenceCarrier; empty?: boolean }) {
  const t = useT();
  const { evidence, loading, error } = useEdgeEvidence(id, item);
  if (loading)
    return (
      <p className="muted" role="status" aria-busy="true" data-testid="evidence-loading">
        {t('details.loadingEvidence')}
      </p>
    );
  if (error)
    return (
      <p className="warn" role="alert">
        {error}
      </p>
    );
  if (evidence.length === 0) return empty ? <p className="muted">{t('details.noEvidence')}</p> : null;
  return (
    <ul className="evidence-list">
      {evidence.map((ev, i) => (
        <EvidenceItem key={`${ev.article}-${ev.start}-${i}`} evidence={ev} />
      ))}
    </ul>
  );
}
