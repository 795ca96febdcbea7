import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { API_METHODS, CHANNELS, EVENT_CHANNELS, SHELL_CHANNELS, type ZhituBridge, type ZhituEvents } from '../shared/api';

/**
 * Builds `window.zhitu`: exactly the API's methods, each one IPC invoke on its own channel, and
 * `on` for the three events. `ipcRenderer` itself never reaches the page; listeners never see
 * the IPC event, and `on` returns the function that unsubscribes.
 */
export function createBridge(ipc: Pick<typeof ipcRenderer, 'invoke' | 'on' | 'removeListener'>): ZhituBridge {
  const bridge: Record<string, unknown> = {};
  for (const method of API_METHODS) {
    bridge[method] = (args?: unknown) => ipc.invoke(CHANNELS[method], args);
  }
  bridge.saveExport = (args?: unknown) => ipc.invoke(SHELL_CHANNELS.saveExport, args);
  bridge.on = <K extends keyof ZhituEvents>(event: K, listener: (payload: ZhituEvents[K]) => void) => {
    const channel = EVENT_CHANNELS[event];
    if (!channel) throw new Error(`unknown event ${String(event)}`);
    const wrapped = (_event: IpcRendererEvent, payload: ZhituEvents[K]): void => listener(payload);
    ipc.on(channel, wrapped);
    return () => {
      ipc.removeListener(channel, wrapped);
    };
  };
  return Object.freeze(bridge) as unknown as ZhituBridge;
}

if (!process.env.VITEST) contextBridge.exposeInMainWorld('zhitu', createBridge(ipcRenderer));
