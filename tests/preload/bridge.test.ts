import { describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ contextBridge: { exposeInMainWorld: vi.fn() }, ipcRenderer: {} }));

import { createBridge } from '../../electron/preload/index';
import { API_METHODS, CHANNELS, EVENT_CHANNELS, SHELL_CHANNELS } from '../../electron/shared/api';

describe('preload bridge', () => {
  it('exposes exactly the API methods, the shell saveExport and on, each invoking its own channel', async () => {
    const ipc = { invoke: vi.fn(async () => 'ok'), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never) as unknown as Record<string, (a?: unknown) => Promise<unknown>>;
    expect(Object.keys(bridge).sort()).toEqual([...API_METHODS, 'saveExport', 'on'].sort());
    expect(Object.isFrozen(bridge)).toBe(true);
    await bridge.getEntity({ id: 'e_1' });
    expect(ipc.invoke).toHaveBeenCalledWith(CHANNELS.getEntity, { id: 'e_1' });
    await bridge.saveExport({ format: 'gexf', name: 'ws-graph-2026-12-05.gexf' });
    expect(ipc.invoke).toHaveBeenCalledWith(SHELL_CHANNELS.saveExport, { format: 'gexf', name: 'ws-graph-2026-12-05.gexf' });
    for (const channel of [...Object.values(CHANNELS), ...Object.values(SHELL_CHANNELS)]) expect(channel).toMatch(/^zhitu:[a-z]+:[a-z]+$/);
  });

  it('drops the IPC event from listeners and returns an unsubscribe', () => {
    const ipc = { invoke: vi.fn(), on: vi.fn(), removeListener: vi.fn() };
    const bridge = createBridge(ipc as never);
    const listener = vi.fn();
    const off = bridge.on('progress', listener);
    const [channel, wrapped] = ipc.on.mock.calls[0];
    expect(channel).toBe(EVENT_CHANNELS.progress);
    wrapped({ sender: 'secret' }, { task: 'import', done: 1, total: 2 });
    expect(listener).toHaveBeenCalledWith({ task: 'import', done: 1, total: 2 });
    off();
    expect(ipc.removeListener).toHaveBeenCalledWith(EVENT_CHANNELS.progress, wrapped);
    expect(() => bridge.on('nope' as never, listener)).toThrow(/unknown event/);
  });
});
