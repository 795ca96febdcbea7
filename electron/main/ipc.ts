import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeApi, MUTATING_METHODS, type Zhitu } from '../core/api';
import { API_METHODS, CHANNELS, SHELL_CHANNELS, type ApiMethod, type ZhituShellApi } from '../shared/api';
import { saveExportSchema } from '../shared/schemas';

/**
 * One `ipcMain.handle` per API method, on `zhitu:<domain>:<verb>`. A call from any frame but the
 * app's own page is refused; the argument is validated (zod) before it reaches the core.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: {
    core: () => Zhitu;
    isTrustedSender: (url: string) => boolean;
    afterMutation?: (method: ApiMethod) => void;
    /** The shell's save dialog and export (see `ZhituShellApi`); its channel is registered when given. */
    saveExport?: ZhituShellApi['saveExport'];
  },
): () => void {
  const { saveExport } = options;
  if (saveExport) {
    ipcMain.handle(SHELL_CHANNELS.saveExport, async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!options.isTrustedSender(event.senderFrame?.url ?? '')) throw new Error(`refused saveExport: not the app's page`);
      const parsed = saveExportSchema.safeParse(args);
      if (!parsed.success) throw new Error(`invalid argument for saveExport: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
      return saveExport(parsed.data);
    });
  }
  for (const method of API_METHODS) {
    ipcMain.handle(CHANNELS[method], async (event: IpcMainInvokeEvent, args: unknown) => {
      const url = event.senderFrame?.url ?? '';
      if (!options.isTrustedSender(url)) throw new Error(`refused ${method}: not the app's page`);
      const result = await invokeApi(options.core(), method, args);
      if (MUTATING_METHODS.has(method)) options.afterMutation?.(method);
      return result;
    });
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(CHANNELS[method]);
    if (saveExport) ipcMain.removeHandler(SHELL_CHANNELS.saveExport);
  };
}
