import { useState } from 'react';
import { useT } from '../../i18n/use-t';
import { findPath, loadGraph } from '../../state/actions';
import { applyEdit, applyEdits } from '../../state/edit-actions';
import { store, useStore } from '../../state/store';

/** What to do with the checked rows: find a path (two), merge, tag, hide from the view, delete. */
export function BulkActions() {
  const t = useT();
  const checked = useStore((s) => s.checked);
  const entities = useStore((s) => s.entities);
  const [tag, setTag] = useState('');
  if (checked.length === 0) return <p className="muted">{t('table.pickHint')}</p>;
  const names = checked.map((id) => entities.find((e) => e.id === id)?.name ?? id);
  const clear = () => store.set({ checked: [] });
  const tagAll = async () => {
    const value = tag.trim();
    if (!value) return;
    await applyEdits(
      checked.map((id) => {
        const e = entities.find((x) => x.id === id);
        return { op: 'annotate' as const, id, tags: [...new Set([...(e?.tags ?? []), value])] };
      }),
    );
    setTag('');
  };
  return (
    <div className="bulk-actions" role="group" aria-label={t('table.bulk', { n: checked.length })}>
      <span>{t('table.bulk', { n: checked.length })}</span>
      <button type="button" disabled={checked.length !== 2} onClick={() => void findPath(checked[0], checked[1])}>
        {t('path.title')}…
      </button>
      <button type="button" disabled={checked.length < 2} onClick={() => void applyEdit({ op: 'merge', target: checked[0], sources: checked.slice(1) }).then(clear)} title={t('table.mergeInto', { name: names[0] })}>
        {t('table.mergeInto', { name: names[0] })}
      </button>
      <input type="text" aria-label={t('table.tag')} placeholder={t('table.tag')} value={tag} onChange={(e) => setTag(e.target.value)} />
      <button type="button" disabled={!tag.trim()} onClick={() => void tagAll()}>
        {t('table.addTag')}
      </button>
      <button
        type="button"
        onClick={() => {
          store.set((s) => ({ hidden: [...new Set([...s.hidden, ...checked])], checked: [] }));
          void loadGraph();
        }}
      >
        {t('table.hide')}
      </button>
      <button
        type="button"
        className="danger"
        onClick={() => store.set({ dialog: { kind: 'deleteMany', ids: [...checked], names } })}
      >
        {t('table.delete')}
      </button>
      <button type="button" className="link" onClick={clear}>
        {t('table.uncheck')}
      </button>
    </div>
  );
}
