// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../../electron/shared/api';
import type { ZhituBridge } from '../../../electron/shared/api';
import { createClient } from '../../../renderer/src/api/client';

function fakeBridge(): ZhituBridge & { calls: Array<[string, unknown]> } {
  const calls: Array<[string, unknown]> = [];
  const bridge: Record<string, unknown> = { calls };
  for (const m of API_METHODS) {
    bridge[m] = function (this: unknown, arg?: unknown) {
      calls.push([m, arg]);
      // The preload's methods may rely on `this`; the client must keep it.
      if (this !== bridge) throw new Error('unbound call');
      return Promise.resolve({ method: m });
    };
  }
  bridge.on = vi.fn((_event: string, _cb: unknown) => () => undefined);
  return bridge as unknown as ZhituBridge & { calls: Array<[string, unknown]> };
}

afterEach(() => {
  delete (globalThis as { zhitu?: unknown }).zhitu;
});

describe('createClient in Electron', () => {
  it('calls the preload bridge when window.zhitu exists', async () => {
    const bridge = fakeBridge();
    (globalThis as { zhitu?: unknown }).zhitu = bridge;
    const fetchSpy = vi.fn();
    const client = createClient({ fetch: fetchSpy as unknown as typeof fetch });
    expect(client.transport).toBe('electron');
    await expect(client.getEntity({ id: 'e1' })).resolves.toEqual({ method: 'getEntity' });
    await client.undo();
    expect(bridge.calls).toEqual([
      ['getEntity', { id: 'e1' }],
      ['undo', undefined],
    ]);
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  it('subscribes to events through the bridge and returns its unsubscribe', () => {
    const bridge = fakeBridge();
    const off = vi.fn();
    bridge.on = vi.fn(() => off) as unknown as ZhituBridge['on'];
    const client = createClient({ bridge });
    const listener = vi.fn();
    const unsubscribe = client.on('changed', listener);
    expect(bridge.on).toHaveBeenCalledWith('changed', listener);
    unsubscribe();
    expect(off).toHaveBeenCalled();
  });
});

describe('createClient over HTTP (zhitu serve)', () => {
  const href = 'http://127.0.0.1:4321/?token=abc123';

  it('POSTs /api/<method> with the token header and the JSON argument', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: { nodes: [], edges: [] } }), { status: 200 }));
    const client = createClient({ fetch: fetchMock as unknown as typeof fetch, href });
    expect(client.transport).toBe('http');
    const graph = await client.getGraph({ filter: { limit: 300 } });
    expect(graph).toEqual({ nodes: [], edges: [] });
    expect(fetchMock).toHaveBeenCalledTimes(1);
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/getGraph');
    expect(init.method).toBe('POST');
    expect(init.headers).toMatchObject({ 'x-zhitu-token': 'abc123', 'content-type': 'application/json' });
    expect(JSON.parse(String(init.body))).toEqual({ filter: { limit: 300 } });
  });

  it('sends {} for methods without an argument', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, result: null })));
    const client = createClient({ fetch: fetchMock as unknown as typeof fetch, href });
    await client.cancelImport();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/cancelImport');
    expect(init.body).toBe('{}');
  });

  it('turns {ok:false} into an Error with the server message', async () => {
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: false, error: 'no such entity: x' }), { status: 400 }));
    const client = createClient({ fetch: fetchMock as unknown as typeof fetch, href });
    await expect(client.getEntity({ id: 'x' })).rejects.toThrow('no such entity: x');
  });

  it('reports a non-JSON reply with its status', async () => {
    const fetchMock = vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502, statusText: 'Bad Gateway' }));
    const client = createClient({ fetch: fetchMock as unknown as typeof fetch, href });
    await expect(client.stats()).rejects.toThrow(/502/);
  });

  it('listens to named server-sent events with the token in the URL', () => {
    const instances: FakeEventSource[] = [];
    class FakeEventSource {
      url: string;
      handlers = new Map<string, Array<(e: MessageEvent) => void>>();
      constructor(url: string) {
        this.url = url;
        instances.push(this);
      }
      addEventListener(name: string, cb: (e: MessageEvent) => void) {
        this.handlers.set(name, [...(this.handlers.get(name) ?? []), cb]);
      }
      emit(name: string, data: unknown) {
        for (const cb of this.handlers.get(name) ?? []) cb(new MessageEvent(name, { data: JSON.stringify(data) }));
      }
    }
    const client = createClient({ fetch: vi.fn() as unknown as typeof fetch, href, EventSource: FakeEventSource as unknown as typeof EventSource });
    const progress = vi.fn();
    const command = vi.fn();
    const off = client.on('progress', progress);
    client.on('command', command);
    expect(instances).toHaveLength(1);
    expect(instances[0].url).toBe('/api/events?token=abc123');
    instances[0].emit('progress', { task: 'import', done: 1, total: 3 });
    instances[0].emit('command', 'focus-search');
    expect(progress).toHaveBeenCalledWith({ task: 'import', done: 1, total: 3 });
    expect(command).toHaveBeenCalledWith('focus-search');
    off();
    instances[0].emit('progress', { task: 'import', done: 2, total: 3 });
    expect(progress).toHaveBeenCalledTimes(1);
  });
});
