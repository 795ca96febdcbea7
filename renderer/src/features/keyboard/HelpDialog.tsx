import { Dialog } from '../../components/Dialog';
import { useT } from '../../i18n/use-t';
import type { MessageKey } from '../../i18n/i18n';
import { store } from '../../state/store';

const KEYS: Array<[string, MessageKey]> = [
  ['/  ·  Ctrl+F', 'help.search'],
  ['↑ ↓  Enter', 'help.pick'],
  ['Tab  ·  Shift+Tab', 'help.tab'],
  ['Esc', 'help.escape'],
  ['Delete', 'help.delete'],
  ['Ctrl+Z  ·  Shift+Ctrl+Z', 'help.undo'],
  ['+  ·  −  ·  0', 'help.zoom'],
  ['L', 'help.layout'],
  ['E', 'help.expand'],
  ['P', 'help.path'],
  ['T', 'help.table'],
  ['A', 'help.articles'],
  ['?', 'help.help'],
];

const GESTURES: Array<[MessageKey, MessageKey]> = [
  ['help.click', 'help.clickWhat'],
  ['help.doubleClick', 'help.doubleClickWhat'],
  ['help.shiftClick', 'help.shiftClickWhat'],
  ['help.rightClick', 'help.rightClickWhat'],
  ['help.drag', 'help.dragWhat'],
  ['help.wheel', 'help.wheelWhat'],
];

/** Lists the keyboard shortcuts and pointer gestures of the explorer. */
export function HelpDialog() {
  const t = useT();
  const close = () => store.set({ dialog: null });
  return (
    <Dialog
      title={t('help.title')}
      onClose={close}
      wide
      actions={
        <button type="button" className="primary" onClick={close}>
          {t('dialog.close')}
        </button>
      }
    >
      <section aria-labelledby="help-keys">
        <h3 id="help-keys">{t('help.keys')}</h3>
        <table className="help-table">
          <tbody>
            {KEYS.map(([keys, what]) => (
              <tr key={what}>
                <th scope="row">
                  <kbd>{keys}</kbd>
                </th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="help-gestures">
        <h3 id="help-gestures">{t('help.gestures')}</h3>
        <table className="help-table">
          <tbody>
            {GESTURES.map(([gesture, what]) => (
              <tr key={gesture}>
                <th scope="row">{t(gesture)}</th>
                <td>{t(what)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </Dialog>
  );
}
