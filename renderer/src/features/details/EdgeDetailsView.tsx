import type { GraphEdge } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { selectEntity } from '../../state/actions';
import { store, useStore } from '../../state/store';
import { TypeDot } from '../graph/TypeDot';
import { RELATION_STYLES } from '../graph/type-style';
import { evidenceTotal } from './edge-evidence';
import { EvidenceList } from './EvidenceList';

/** The details of one relation: its type, label, weight, ends and all its evidence. */
export function EdgeDetailsView({ edge }: { edge: GraphEdge }) {
  const t = useT();
  const nodes = useStore((s) => s.graph.nodes);
  const end = (id: string) => {
    const node = nodes.find((n) => n.id === id);
    return (
      <button type="button" className="link entity-link" onClick={() => void selectEntity(id)}>
        {node && <TypeDot type={node.type} />} {node?.name ?? id}
      </button>
    );
  };
  return (
    <div className="edge-details" data-testid="edge-details">
      <header className="details-head">
        <span className="edge-swatch big" style={{ borderTopColor: RELATION_STYLES[edge.type]?.colour, borderTopStyle: RELATION_STYLES[edge.type]?.line }} />
        <div>
          <h2>{t(`rel.${edge.type}`)}</h2>
          <div className="entity-sub">
            {t('details.edge')}
            {edge.manual && <span className="badge">{t('details.manual')}</span>}
          </div>
        </div>
      </header>
      <div className="details-actions">
        <button type="button" className="danger" aria-label={t('aria.deleteRelation')} onClick={() => store.set({ dialog: { kind: 'deleteEdge', id: edge.id } })}>
          {t('menu.deleteEdge')}
        </button>
      </div>
      <dl className="facts grid">
        <dt>{t('details.from')}</dt>
        <dd>{end(edge.source)}</dd>
        <dt>{t('details.to')}</dt>
        <dd>{end(edge.target)}</dd>
        {edge.label && (
          <>
            <dt>{t('details.label')}</dt>
            <dd>{edge.label}</dd>
          </>
        )}
        <dt>{t('details.weight', { n: '' }).trim()}</dt>
        <dd>{edge.weight}</dd>
        {edge.firstDate && (
          <>
            <dt>{t('details.dates')}</dt>
            <dd>
              {edge.firstDate}
              {edge.lastDate && edge.lastDate !== edge.firstDate ? ` – ${edge.lastDate}` : ''}
            </dd>
          </>
        )}
      </dl>
      <section aria-label={t('aria.evidence')}>
        <h3>
          {t('details.evidence')} <span className="count">{evidenceTotal(edge)}</span>
        </h3>
        <EvidenceList id={edge.id} item={edge} />
      </section>
    </div>
  );
}
