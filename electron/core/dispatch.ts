import type { ApiMethod, ZhituApi } from '../shared/api';
import { isApiMethod, parseApiArgs } from '../shared/schemas';

/** Methods after which the page should reload what it shows. */
export const MUTATING_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>(['importUploads', 'edit', 'applyEdits', 'undo', 'redo', 'reextract']);

/**
 * Calls one API method with an argument that came across a process boundary: the method name
 * must be one of the contract's and the argument must pass its schema, or an Error says why.
 */
export async function invokeApi(api: ZhituApi, method: string, args: unknown): Promise<unknown> {
  if (!isApiMethod(method)) throw new Error(`unknown method ${method}`);
  const parsed = parseApiArgs(method, args ?? undefined);
  // A long-lived shell (the app, `zhitu serve`) first takes in what other processes wrote.
  if ('sync' in api && typeof api.sync === 'function') await (api.sync as () => Promise<boolean>)();
  const fn = api[method] as (a: unknown) => Promise<unknown>;
  return fn.call(api, parsed ?? {});
}
