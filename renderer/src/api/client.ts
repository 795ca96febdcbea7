import { API_METHODS } from '../../../electron/shared/api';
import type { ZhituApi, ZhituBridge, ZhituEvents } from '../../../electron/shared/api';
import type { ExportFormat, ExportOptions } from '../../../electron/shared/types';
import { clickDownload } from '../features/export/download';

export type EventName = keyof ZhituEvents;
export type Unsubscribe = () => void;

/** The typed API plus event subscriptions, whatever the transport. */
export interface ZhituClient extends ZhituApi {
  readonly transport: 'electron' | 'http';
  on<K extends EventName>(event: K, listener: (payload: ZhituEvents[K]) => void): Unsubscribe;
  /**
   * Saves an export as the browser's download of `GET /api/export` (written to disk as the server
   * makes it; several files, as CSV makes, come as one zip), under `name`. Only over HTTP: the
   * desktop app's exports go through its own save dialog.
   */
  downloadExport?: (args: { format: ExportFormat; options?: ExportOptions; name: string }) => void;
  /** The desktop app's export: a native save dialog in main, then the export written there as it is made (see `ZhituShellApi`). */
  saveExport?: (args: { format: ExportFormat; options?: ExportOptions; name: string }) => Promise<string | null>;
}

/** What the client needs from its surroundings; the defaults are the page's globals. */
export interface ClientEnv {
  bridge?: ZhituBridge;
  fetch?: typeof fetch;
  EventSource?: typeof EventSource;
  /** The page URL; its `token` query parameter authenticates HTTP calls. */
  href?: string;
}

const EVENT_NAMES: EventName[] = ['progress', 'changed', 'command'];

/** Wraps the preload bridge; methods are bound so that `this` stays the bridge. */
function electronClient(bridge: ZhituBridge): ZhituClient {
  const client: Record<string, unknown> = { transport: 'electron' };
  for (const method of API_METHODS) {
    client[method] = (arg?: unknown) => (bridge[method] as (a?: unknown) => Promise<unknown>).call(bridge, arg);
  }
  client.on = <K extends EventName>(event: K, listener: (payload: ZhituEvents[K]) => void) => bridge.on(event, listener);
  const save = bridge.saveExport;
  if (save) client.saveExport = (args: Parameters<typeof save>[0]) => save.call(bridge, args);
  return client as unknown as ZhituClient;
}

interface HttpReply {
  ok: boolean;
  result?: unknown;
  error?: string;
}

/** Talks to `zhitu serve`: `POST /api/<method>` with the token header, events over SSE. */
function httpClient(env: Required<Pick<ClientEnv, 'fetch' | 'href'>> & Pick<ClientEnv, 'EventSource'>): ZhituClient {
  const url = new URL(env.href);
  const token = url.searchParams.get('token') ?? '';
  const fetchFn = env.fetch;

  const call = async (method: string, arg?: unknown): Promise<unknown> => {
    const response = await fetchFn(`/api/${method}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-zhitu-token': token },
      body: JSON.stringify(arg ?? {}),
    });
    let reply: HttpReply;
    try {
      reply = (await response.json()) as HttpReply;
    } catch {
      throw new Error(`${method}: HTTP ${response.status} ${response.statusText}`.trim());
    }
    if (!reply || reply.ok !== true) throw new Error(reply?.error ?? `${method}: HTTP ${response.status}`);
    return reply.result;
  };

  let source: EventSource | null = null;
  const listeners = new Map<EventName, Set<(payload: unknown) => void>>();
  const ensureSource = (): void => {
    if (source || !env.EventSource) return;
    source = new env.EventSource(`/api/events?token=${encodeURIComponent(token)}`);
    for (const name of EVENT_NAMES) {
      source.addEventListener(name, (event) => {
        const data = (event as MessageEvent<string>).data;
        let payload: unknown;
        try {
          payload = JSON.parse(data);
        } catch {
          payload = data;
        }
        for (const listener of listeners.get(name) ?? []) listener(payload);
      });
    }
  };

  const client: Record<string, unknown> = { transport: 'http' };
  for (const method of API_METHODS) client[method] = (arg?: unknown) => call(method, arg);
  client.downloadExport = ({ format, options, name }: { format: ExportFormat; options?: ExportOptions; name: string }): void => {
    const query = new URLSearchParams({ token, format, name });
    if (options) query.set('options', JSON.stringify(options));
    // An anchor to the same origin with `download`: the browser streams the reply to disk.
    clickDownload(`/api/export?${query.toString()}`, name);
  };
  client.on = <K extends EventName>(event: K, listener: (payload: ZhituEvents[K]) => void): Unsubscribe => {
    ensureSource();
    const set = listeners.get(event) ?? new Set();
    listeners.set(event, set);
    const wrapped = listener as (payload: unknown) => void;
    set.add(wrapped);
    return () => {
      set.delete(wrapped);
    };
  };
  return client as unknown as ZhituClient;
}

/**
 * Builds the API client: the preload bridge when the page runs in Electron, otherwise HTTP
 * to the loopback server that served the page.
 */
export function createClient(env: ClientEnv = {}): ZhituClient {
  const g = globalThis as typeof globalThis & { zhitu?: ZhituBridge };
  const bridge = env.bridge ?? g.zhitu;
  if (bridge) return electronClient(bridge);
  const fetchFn = env.fetch ?? globalThis.fetch?.bind(globalThis);
  const href = env.href ?? globalThis.location?.href ?? 'http://127.0.0.1/';
  return httpClient({ fetch: fetchFn, href, EventSource: env.EventSource ?? globalThis.EventSource });
}

let defaultClient: ZhituClient | null = null;

/** The page's shared client, created on first use. */
export function getClient(): ZhituClient {
  defaultClient ??= createClient();
  return defaultClient;
}
