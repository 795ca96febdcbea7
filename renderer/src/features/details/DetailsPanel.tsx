import { useT } from '../../i18n/use-t';
import { clearSelection } from '../../state/actions';
import { useStore } from '../../state/store';
import { EdgeDetailsView } from './EdgeDetailsView';
import { EntityDetailsView } from './EntityDetailsView';

/** The right panel: details of the selected node or edge. */
export function DetailsPanel() {
  const t = useT();
  const selection = useStore((s) => s.selection);
  const details = useStore((s) => s.details);
  const edge = useStore((s) => (s.selection?.kind === 'edge' ? s.graph.edges.find((e) => e.id === s.selection?.id) : undefined));
  if (!selection) return null;
  return (
    <aside className="details-panel" aria-label={t('aria.details')}>
      <button type="button" className="close" aria-label={t('details.close')} onClick={clearSelection}>
        ×
      </button>
      {selection.kind === 'node' && details && details.node.id === selection.id && <EntityDetailsView key={details.node.id} details={details} />}
      {selection.kind === 'node' && (!details || details.node.id !== selection.id) && <p className="muted">{t('status.loading')}</p>}
      {selection.kind === 'edge' && edge && <EdgeDetailsView edge={edge} />}
    </aside>
  );
}
