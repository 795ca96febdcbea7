import { Dialog, DialogButtons } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import { applyEdits } from '../../state/edit-actions';
import { store } from '../../state/store';

/** Asks before deleting the entities picked in the table (one edit each, undone together by one undo). */
export function DeleteManyDialog({ ids, names }: { ids: string[]; names: string[] }) {
  const t = useT();
  const close = () => store.set({ dialog: null });
  const run = async () => {
    await applyEdits(ids.map((id) => ({ op: 'delete' as const, id })));
    store.set({ checked: [], dialog: null });
  };
  return (
    <Dialog
      title={t('table.deleteMany', { n: ids.length })}
      initialFocus="safe"
      onClose={close}
      onSubmit={() => void run()}
      actions={<DialogButtons onCancel={close} submit={t('action.delete')} danger />}
    >
      <p>{names.slice(0, 12).join('、')}{names.length > 12 ? '…' : ''}</p>
      <p>{t('table.deleteManyHelp')}</p>
    </Dialog>
  );
}
