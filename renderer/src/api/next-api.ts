import type { GraphData, GraphEdge, GraphFilter } from '../../../electron/shared/types';
import { getClient } from './client';

/**
 * The methods of the API contract (PLAN.md) that main's `electron/shared/api.ts` does not list
 * yet: the lean graph (`evidence: true` asks for all evidence) and one edge with all its evidence,
 * both from the `store` branch. Everything else is called through the normal client.
 */
export interface NextApi {
  getGraph(args: { filter?: GraphFilter; evidence?: boolean }): Promise<GraphData>;
  getEdge(args: { id: string }): Promise<GraphEdge>;
}

/**
 * Calls one of those methods by name: through the client when the contract lists it, else by
 * name over the transport; a core without it answers with a plain error that the UI reports.
 */
export async function callNext<K extends keyof NextApi>(method: K, ...args: Parameters<NextApi[K]>): Promise<Awaited<ReturnType<NextApi[K]>>> {
  const client = getClient();
  const listed = (client as unknown as Partial<Record<string, (a?: unknown) => Promise<unknown>>>)[method];
  const result = typeof listed === 'function' ? await listed.call(client, args[0]) : await client.invoke(method, args[0]);
  return result as Awaited<ReturnType<NextApi[K]>>;
}
