import type { IpcMain, IpcMainInvokeEvent } from 'electron';
import { invokeApi, MUTATING_METHODS, type Zhitu } from '../core/api';
import { API_METHODS, CHANNELS, type ApiMethod } from '../shared/api';

/**
 * One `ipcMain.handle` per API method, on `zhitu:<domain>:<verb>`. A call from any frame but the
 * app's own page is refused; the argument is validated (zod) before it reaches the core.
 */
export function registerIpc(
  ipcMain: Pick<IpcMain, 'handle' | 'removeHandler'>,
  options: { core: () => Zhitu; isTrustedSender: (url: string) => boolean; afterMutation?: (method: ApiMethod) => void },
): () => void {
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
  };
}
