import { useState } from 'react';
import { RELATION_TYPES } from '../../../../electron/shared/types';
import type { EntityType, RelationType } from '../../../../electron/shared/types';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { applyEdit } from '../../state/edit-actions';
import { store } from '../../state/store';
import { EntityCombobox } from '../search/EntityCombobox';
import type { SearchItem } from '../search/search-index';
import { useEntity } from './use-entity';
import { EntityTypeOptions } from '../../components/EntityTypeOptions';

const close = () => store.set({ dialog: null });
/** Relations a user may draw by hand (article links come from import). */
const MANUAL_RELATIONS = RELATION_TYPES.filter((r) => r !== 'mentions' && r !== 'reported_by');

/** Adds an entity by hand. */
export function AddNodeDialog() {
  const t = useT();
  const [name, setName] = useState('');
  const [type, setType] = useState<EntityType>('organisation');
  const submit = () => name.trim() && void applyEdit({ op: 'addNode', type, name: name.trim() });
  return (
    <Dialog
      title={t('dialog.addNode')}
      onClose={close}
      onSubmit={submit}
      actions={<DialogButtons onCancel={close} submit={t('dialog.ok')} disabled={!name.trim()} />}
    >
      <label className="field">
        <span>{t('dialog.name')}</span>
        <input type="text" aria-label={t('aria.name')} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('dialog.type')}</span>
        <select aria-label={t('aria.type')} value={type} onChange={(e) => setType(e.target.value as EntityType)}>
          <EntityTypeOptions />
        </select>
      </label>
    </Dialog>
  );
}

function Picked({ item, fallback, onClear }: { item: SearchItem | null; fallback?: string; onClear?: () => void }) {
  const t = useT();
  if (!item && !fallback) return null;
  return (
    <div className="picked-one">
      <strong>{item?.name ?? fallback}</strong>
      {onClear && (
        <button type="button" className="link" aria-label={t('aria.change')} onClick={onClear}>
          ×
        </button>
      )}
    </div>
  );
}

/** One end of a relation: the entity picked (with a button to change it), or a search to pick one. */
function EndField(props: { label: string; searchLabel: string; value: SearchItem | null; onChange: (item: SearchItem | null) => void; exclude?: string[] }) {
  const t = useT();
  return (
    <div className="field">
      <span>{props.label}</span>
      {props.value ? (
        <Picked item={props.value} onClear={() => props.onChange(null)} />
      ) : (
        <EntityCombobox label={props.searchLabel} placeholder={t('dialog.pick')} exclude={props.exclude ?? []} onPick={(h) => props.onChange(h.item)} />
      )}
    </div>
  );
}

/** Adds a typed relation by hand between two entities. */
export function AddEdgeDialog({ source: sourceId }: { source?: string }) {
  const t = useT();
  const sourceEntity = useEntity(sourceId ?? '');
  const [source, setSource] = useState<SearchItem | null>(
    sourceEntity ? { id: sourceEntity.id, name: sourceEntity.name, type: sourceEntity.type, aliases: sourceEntity.aliases, weight: 0 } : null,
  );
  const [target, setTarget] = useState<SearchItem | null>(null);
  const [type, setType] = useState<RelationType>('partner');
  const [label, setLabel] = useState('');
  const ready = source && target && source.id !== target.id;
  const submit = () => ready && void applyEdit({ op: 'addEdge', source: source.id, target: target.id, type, label: label.trim() });
  return (
    <Dialog
      title={t('dialog.addEdge')}
      onClose={close}
      onSubmit={submit}
      actions={<DialogButtons onCancel={close} submit={t('dialog.ok')} disabled={!ready} />}
    >
      <EndField label={t('dialog.source')} searchLabel={t('aria.relationSource')} value={source} onChange={setSource} />
      <label className="field">
        <span>{t('dialog.relationType')}</span>
        <select aria-label={t('aria.relationType')} value={type} onChange={(e) => setType(e.target.value as RelationType)}>
          {MANUAL_RELATIONS.map((r) => (
            <option key={r} value={r}>
              {t(`rel.${r}`)}
            </option>
          ))}
        </select>
      </label>
      <EndField label={t('dialog.target')} searchLabel={t('aria.relationTarget')} value={target} onChange={setTarget} exclude={source ? [source.id] : []} />
      <label className="field">
        <span>{t('dialog.relationLabel')}</span>
        <input type="text" aria-label={t('aria.relationLabel')} value={label} onChange={(e) => setLabel(e.target.value)} />
      </label>
    </Dialog>
  );
}
