import { useState } from 'react';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { applyEdit } from '../../state/edit-actions';
import { store } from '../../state/store';
import { TypeDot } from '../graph/TypeDot';
import { EntityCombobox } from '../search/EntityCombobox';
import type { SearchItem } from '../search/search-index';
import { useEntity } from './use-entity';

/** Merges other entities (picked by search) into this one. */
export function MergeDialog({ id }: { id: string }) {
  const t = useT();
  const entity = useEntity(id);
  const [picked, setPicked] = useState<SearchItem[]>([]);
  const close = () => store.set({ dialog: null });
  const name = entity?.name ?? id;
  const submit = () => picked.length > 0 && void applyEdit({ op: 'merge', target: id, sources: picked.map((p) => p.id) });
  return (
    <Dialog
      title={t('dialog.merge', { name })}
      onClose={close}
      onSubmit={submit}
      actions={<DialogButtons onCancel={close} submit={t('dialog.ok')} disabled={picked.length === 0} />}
    >
      <p className="muted">{t('dialog.mergeHelp', { name })}</p>
      <EntityCombobox
        label={t('aria.mergePick')}
        placeholder={t('dialog.pick')}
        exclude={[id, ...picked.map((p) => p.id)]}
        clearOnPick
        testId="merge-pick"
        onPick={(hit) => setPicked((list) => [...list, hit.item])}
      />
      {picked.length > 0 && (
        <ul className="picked" aria-label={t('dialog.mergePicked')}>
          {picked.map((p) => (
            <li key={p.id}>
              <TypeDot type={p.type} /> {p.name}
              <button type="button" className="link" aria-label={t('aria.remove', { name: p.name })} onClick={() => setPicked((list) => list.filter((x) => x.id !== p.id))}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
    </Dialog>
  );
}
