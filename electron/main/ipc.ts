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
  /** Refuses a call from any frame but the app's own page, then runs the handler. */
  const fromApp =
    (name: string, handler: (args: unknown) => Promise<unknown>) =>
    async (event: IpcMainInvokeEvent, args: unknown) => {
      if (!options.isTrustedSender(event.senderFrame?.url ?? '')) throw new Error(`refused ${name}: not the app's page`);
      return handler(args);
    };
  if (saveExport) {
    ipcMain.handle(
      SHELL_CHANNELS.saveExport,
      fromApp('saveExport', async (args) => {
        const parsed = saveExportSchema.safeParse(args);
        if (!parsed.success) throw new Error(`invalid argument for saveExport: ${parsed.error.issues.map((i) => i.message).join('; ')}`);
        return saveExport(parsed.data);
      }),
    );
  }
  for (const method of API_METHODS) {
    ipcMain.handle(
      CHANNELS[method],
      fromApp(method, async (args) => {
        const result = await invokeApi(options.core(), method, args);
        if (MUTATING_METHODS.has(method)) options.afterMutation?.(method);
        return result;
      }),
    );
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(CHANNELS[method]);
    if (saveExport) ipcMain.removeHandler(SHELL_CHANNELS.saveExport);
  };
}
