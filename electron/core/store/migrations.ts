/**
 * Migrations from one schema version to the next, keyed by the version they upgrade FROM.
 * Each receives the workspace folder and rewrites what changed. Version 1 is the first; none yet.
 */
export const MIGRATIONS: Record<number, (dir: string) => Promise<void>> = {};

/** Runs the migrations that take a workspace from `from` to `to`, in order. */
export async function migrate(dir: string, from: number, to: number): Promise<number[]> {
  const ran: number[] = [];
  for (let v = from; v < to; v++) {
    const step = MIGRATIONS[v];
    if (!step) throw new Error(`no migration from schema version ${v} to ${v + 1}`);
    await step(dir);
    ran.push(v);
  }
  return ran;
}
