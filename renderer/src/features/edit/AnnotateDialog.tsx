import { useState } from 'react';
import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { applyEdit } from '../../state/edit-actions';
import { store } from '../../state/store';
import { nodeFill } from '../graph/type-style';
import { useEntity } from './use-entity';

/** Parses a comma (or 、，) separated tag list. */
export function parseTags(text: string): string[] {
  return [...new Set(text.split(/[,，、;；]/).map((s) => s.trim()).filter(Boolean))];
}

/** Edits an entity's note, tags and colour. */
export function AnnotateDialog({ id }: { id: string }) {
  const t = useT();
  const entity = useEntity(id);
  const [note, setNote] = useState(entity?.note ?? '');
  const [tags, setTags] = useState((entity?.tags ?? []).join(', '));
  const [useColour, setUseColour] = useState(Boolean(entity?.color));
  const [colour, setColour] = useState(entity?.color ?? nodeFill(entity?.type ?? 'article'));
  const close = () => store.set({ dialog: null });
  const save = () =>
    void applyEdit({
      op: 'annotate',
      id,
      note: note.trim() ? note.trim() : null,
      tags: parseTags(tags),
      color: useColour ? colour.toUpperCase() : null,
    });
  return (
    <Dialog
      title={t('dialog.annotate', { name: entity?.name ?? id })}
      onClose={close}
      onSubmit={save}
      actions={<DialogButtons onCancel={close} submit={t('dialog.save')} />}
    >
      <label className="field">
        <span>{t('dialog.note')}</span>
        <textarea aria-label={t('aria.note')} rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <label className="field">
        <span>{t('dialog.tags')}</span>
        <input type="text" aria-label={t('aria.tags')} value={tags} onChange={(e) => setTags(e.target.value)} />
      </label>
      <div className="field inline">
        <label className="check">
          <input type="checkbox" aria-label={t('aria.useColour')} checked={useColour} onChange={(e) => setUseColour(e.target.checked)} />
          {t('dialog.useColour')}
        </label>
        <input type="color" aria-label={t('aria.colour')} value={colour} disabled={!useColour} onChange={(e) => setColour(e.target.value)} />
      </div>
    </Dialog>
  );
}
