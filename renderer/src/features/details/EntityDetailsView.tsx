import { useState } from 'react';
import type { EntityDetails, RelationType } from '../../../../electron/shared/types';
import { useT } from '../../i18n/use-t';
import { expand, selectEntity } from '../../state/actions';
import { store } from '../../state/store';
import { TypeDot } from '../graph/TypeDot';
import { MentionSparkline } from '../timeline/MentionSparkline';
import { EvidenceItem } from './EvidenceItem';
import { EvidenceList } from './EvidenceList';

type Relation = EntityDetails['relations'][number];

const MENTIONS_SHOWN = 8;

function groupByType(relations: Relation[]): Array<[RelationType, Relation[]]> {
  const groups = new Map<RelationType, Relation[]>();
  for (const r of relations) groups.set(r.type, [...(groups.get(r.type) ?? []), r]);
  return [...groups.entries()].map(([type, list]) => [type, list.sort((a, b) => b.weight - a.weight)]);
}

/** The details of one entity: identity, annotations, relations by type, evidence. */
export function EntityDetailsView({ details }: { details: EntityDetails }) {
  const t = useT();
  const [allMentions, setAllMentions] = useState(false);
  const [openRelation, setOpenRelation] = useState<string | null>(null);
  const { node } = details;
  const open = (kind: 'annotate' | 'rename' | 'retype' | 'merge' | 'splitAlias') => store.set({ dialog: { kind, id: node.id } });
  const mentions = allMentions ? details.mentions : details.mentions.slice(0, MENTIONS_SHOWN);
  const isEntity = node.type !== 'article';
  return (
    <div className="entity-details" data-testid="entity-details">
      <header className="details-head">
        <TypeDot type={node.type} colour={node.color} />
        <div>
          <h2 className="entity-name">{node.name}</h2>
          <div className="entity-sub">
            {t(`type.${node.type}`)}
            {node.code && <span> · {t('details.code')} {node.code}</span>}
            {node.manual && <span className="badge">{t('details.manual')}</span>}
          </div>
        </div>
      </header>
      {isEntity && (
        <div className="details-actions" role="group" aria-label={t('aria.entityActions')}>
          <button type="button" onClick={() => open('annotate')} aria-label={t('aria.annotate')}>
            {t('action.annotate')}
          </button>
          <button type="button" onClick={() => open('rename')} aria-label={t('aria.rename')}>
            {t('action.rename')}
          </button>
          <button type="button" onClick={() => open('retype')} aria-label={t('aria.retype')}>
            {t('action.retype')}
          </button>
          <button type="button" onClick={() => open('merge')} aria-label={t('aria.merge')}>
            {t('action.merge')}
          </button>
          {node.aliases.length > 0 && (
            <button type="button" onClick={() => open('splitAlias')} aria-label={t('aria.splitAlias')}>
              {t('action.splitAlias')}
            </button>
          )}
          <button type="button" onClick={() => store.set({ dialog: { kind: 'addEdge', source: node.id } })} aria-label={t('aria.addRelation')}>
            {t('action.addEdge')}
          </button>
          <button type="button" onClick={() => store.set({ dialog: { kind: 'path', source: node.id } })}>
            {t('path.title')}…
          </button>
          <button type="button" onClick={() => void expand(node.id)} aria-label={t('aria.expand')}>
            {t('action.expand')}
          </button>
          <button type="button" className="danger" onClick={() => store.set({ dialog: { kind: 'delete', id: node.id, name: node.name } })} aria-label={t('aria.deleteEntity')}>
            {t('action.delete')}
          </button>
        </div>
      )}

      <dl className="facts">
        {node.aliases.length > 0 && (
          <>
            <dt>{t('details.aliases')}</dt>
            <dd className="chips">
              {node.aliases.map((a) => (
                <span key={a} className="chip">
                  {a}
                </span>
              ))}
            </dd>
          </>
        )}
        <dt>{t('details.mentions', { n: node.mentions, a: node.articles.length })}</dt>
        <dd>{node.firstDate ? `${node.firstDate}${node.lastDate && node.lastDate !== node.firstDate ? ` – ${node.lastDate}` : ''}` : ''}</dd>
        {node.note && (
          <>
            <dt>{t('details.note')}</dt>
            <dd className="note" data-testid="entity-note">
              {node.note}
            </dd>
          </>
        )}
        {node.tags && node.tags.length > 0 && (
          <>
            <dt>{t('details.tags')}</dt>
            <dd className="chips">
              {node.tags.map((tag) => (
                <span key={tag} className="chip tag">
                  #{tag}
                </span>
              ))}
            </dd>
          </>
        )}
      </dl>

      {isEntity && <MentionSparkline details={details} />}

      <section aria-label={t('aria.relations')}>
        <h3>{t('details.relations')}</h3>
        {details.relations.length === 0 && <p className="muted">{t('details.noRelations')}</p>}
        {groupByType(details.relations).map(([type, list]) => (
          <div key={type} className="relation-group">
            <h4>
              {t(`rel.${type}`)} <span className="count">{list.length}</span>
            </h4>
            <ul className="relations" data-testid={`relations-${type}`}>
              {list.map((r) => (
                <li key={r.id} className="relation">
                  <div className="relation-line">
                    <span className="direction" aria-hidden="true">
                      {r.direction === 'out' ? '→' : '←'}
                    </span>
                    <TypeDot type={r.otherType} />
                    <button type="button" className="link entity-link" onClick={() => void selectEntity(r.otherId)}>
                      {r.otherName}
                    </button>
                    {r.label && <span className="relation-label">{r.label}</span>}
                    <button
                      type="button"
                      className="weight"
                      aria-expanded={openRelation === r.id}
                      title={t('details.evidence')}
                      onClick={() => setOpenRelation(openRelation === r.id ? null : r.id)}
                    >
                      ×{r.weight}
                      <span className="visually-hidden"> {t('aria.evidenceFor', { name: r.otherName })}</span>
                    </button>
                  </div>
                  {openRelation === r.id && <EvidenceList id={r.id} item={r} />}
                  {openRelation !== r.id && r.evidence[0] && <p className="relation-evidence">{r.evidence[0].text}</p>}
                </li>
              ))}
            </ul>
          </div>
        ))}
      </section>

      <section aria-label={t('aria.evidence')}>
        <h3>
          {t('details.evidence')} <span className="count">{details.mentions.length}</span>
        </h3>
        {details.mentions.length === 0 && <p className="muted">{t('details.noEvidence')}</p>}
        <ul className="evidence-list">
          {mentions.map((m, i) => (
            <EvidenceItem key={`${m.article}-${m.mentionStart}-${i}`} evidence={m} mention={{ start: m.mentionStart, end: m.mentionEnd }} />
          ))}
        </ul>
        {!allMentions && details.mentions.length > MENTIONS_SHOWN && (
          <button type="button" className="link" onClick={() => setAllMentions(true)}>
            {t('details.more', { n: details.mentions.length - MENTIONS_SHOWN })}
          </button>
        )}
      </section>
    </div>
  );
}
