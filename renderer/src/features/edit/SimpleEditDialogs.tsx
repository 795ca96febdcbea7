import { useState } from 'react';
import { ENTITY_TYPES } from '../../../../electron/shared/types';
import type { EntityType } from '../../../../electron/shared/types';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { applyEdit } from '../../state/edit-actions';
import { store } from '../../state/store';
import { useEntity } from './use-entity';

const close = () => store.set({ dialog: null });

/** Renames an entity (the old name stays as an alias, as the core decides). */
export function RenameDialog({ id }: { id: string }) {
  const t = useT();
  const entity = useEntity(id);
  const [name, setName] = useState(entity?.name ?? '');
  const submit = () => name.trim() && name.trim() !== entity?.name && void applyEdit({ op: 'rename', id, name: name.trim() });
  return (
    <Dialog title={t('dialog.rename', { name: entity?.name ?? id })} onClose={close} onSubmit={submit} actions={<DialogButtons onCancel={close} submit={t('dialog.save')} />}>
      <label className="field">
        <span>{t('dialog.newName')}</span>
        <input type="text" aria-label={t('aria.newName')} value={name} onChange={(e) => setName(e.target.value)} />
      </label>
    </Dialog>
  );
}

/** Changes an entity's type. */
export function RetypeDialog({ id }: { id: string }) {
  const t = useT();
  const entity = useEntity(id);
  const [type, setType] = useState<EntityType>((entity?.type as EntityType) ?? 'organisation');
  const submit = () => type !== entity?.type && void applyEdit({ op: 'retype', id, type });
  return (
    <Dialog title={t('dialog.retype', { name: entity?.name ?? id })} onClose={close} onSubmit={submit} actions={<DialogButtons onCancel={close} submit={t('dialog.save')} />}>
      <div role="radiogroup" aria-label={t('aria.type')}>
        {ENTITY_TYPES.map((ty) => (
          <label key={ty} className="radio">
            <input type="radio" name="type" value={ty} checked={type === ty} onChange={() => setType(ty)} />
            {t(`type.${ty}`)}
          </label>
        ))}
      </div>
    </Dialog>
  );
}

/** Splits one alias out of an entity into an entity of its own. */
export function SplitAliasDialog({ id }: { id: string }) {
  const t = useT();
  const entity = useEntity(id);
  const aliases = entity?.aliases ?? [];
  const [alias, setAlias] = useState(aliases[0] ?? '');
  const submit = () => alias && void applyEdit({ op: 'splitAlias', id, alias });
  return (
    <Dialog title={t('dialog.splitAlias', { name: entity?.name ?? id })} onClose={close} onSubmit={submit} actions={<DialogButtons onCancel={close} submit={t('dialog.ok')} />}>
      {aliases.length === 0 ? (
        <p>{t('dialog.noAliases', { name: entity?.name ?? id })}</p>
      ) : (
        <>
          <p className="muted">{t('dialog.splitHelp')}</p>
          <div role="radiogroup" aria-label={t('aria.alias')}>
            {aliases.map((a) => (
              <label key={a} className="radio">
                <input type="radio" name="alias" value={a} checked={alias === a} onChange={() => setAlias(a)} />
                {a}
              </label>
            ))}
          </div>
        </>
      )}
    </Dialog>
  );
}

/** Asks before deleting an entity. */
export function DeleteDialog({ id, name }: { id: string; name: string }) {
  const t = useT();
  return (
    <Dialog title={t('dialog.delete', { name })} initialFocus="safe" onClose={close} onSubmit={() => void applyEdit({ op: 'delete', id })} actions={<DialogButtons onCancel={close} submit={t('menu.delete').replace('…', '')} danger />}>
      <p>{t('dialog.deleteHelp')}</p>
    </Dialog>
  );
}

/** Asks before deleting a relation. */
export function DeleteEdgeDialog({ id }: { id: string }) {
  const t = useT();
  return (
    <Dialog title={t('dialog.deleteEdge')} initialFocus="safe" onClose={close} onSubmit={() => void applyEdit({ op: 'deleteEdge', id })} actions={<DialogButtons onCancel={close} submit={t('menu.deleteEdge').replace('…', '')} danger />}>
      <p>{t('dialog.deleteHelp')}</p>
    </Dialog>
  );
}
