import type { Article, ExtractResult } from '../../shared/types';
import { migrateV1 } from './migrate-v1';
import type { StoredResult } from './shard-codec';

/** What a migration may need from the layers above the store. */
export interface MigrationContext {
  /** The stored form of an extraction result (co-occurrences the mentions imply left out); stored whole when not given. */
  compact?: (article: Article, result: ExtractResult) => StoredResult;
}

/**
 * Migrations from one schema version to the next, keyed by the version they upgrade FROM. Each
 * receives the workspace folder, rewrites what changed, and returns what it wants the user told.
 */
export const MIGRATIONS: Record<number, (dir: string, ctx: MigrationContext) => Promise<string[]>> = {
  1: migrateV1,
};

/** Runs the migrations that take a workspace from `from` to `to`, in order; returns their messages. */
export async function migrate(dir: string, from: number, to: number, ctx: MigrationContext = {}): Promise<string[]> {
  const messages: string[] = [];
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from schema version ${v} to ${v + 1}`);
    messages.push(...(await step(dir, ctx)));
  }
  return messages;
}
