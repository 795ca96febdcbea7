import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import { Workspace } from '../../electron/core/store';
import type { EditOp } from '../../electron/shared/types';
import { richCorpus } from './graph';

/** Wall and CPU time of one step, in ms. */
async function timed(fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number }> {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { wallMs, cpuMs: (c.user + c.system) / 1000 };
}

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/**
 * A bulk delete of `count` entities on a generated workspace (`richCorpus`, one shard), the way
 * the shells did it before (one `edit` call per entity, sharing a group) and with one
 * `applyEdits` call, interleaved in one run (old, new, old, new, ...), each followed by an undo
 * and a read of the graph (untimed), so that every round starts from the same state.
 * `npx tsx scripts/bench/bulk-delete.ts [articles] [count] [rounds]`.
 */
export async function benchBulkDelete(articles = 3000, count = 50, rounds = 3): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-bench-bulk-'));
  let zhitu: Zhitu | null = null;
  try {
    const { articles: list, extractions } = richCorpus(articles);
    const ws = await Workspace.open(dir, { create: true });
    await ws.addShard(list, list.map((a) => extractions[a.id]), 'bench');
    const runner = { version: 'bench', run: async () => ({}), close: async () => {} };
    zhitu = await openZhitu({ dir, runner });
    const core = zhitu;
    const entities = await core.listEntities({});
    // Entities from the middle of the list (neither the hubs nor the leaves).
    const from = Math.floor(entities.length / 3);
    const ops: EditOp[] = entities.slice(from, from + count).map((e) => ({ op: 'delete', id: e.id }));
    const info = await core.workspaceInfo();
    console.log(`bulk delete: ${info.articles} articles, ${info.entities} entities, ${info.relations} relations; deleting ${ops.length}, ${rounds} rounds (old, new interleaved)`);
    const old: Array<{ wallMs: number; cpuMs: number }> = [];
    const batch: Array<{ wallMs: number; cpuMs: number }> = [];
    const reset = async (): Promise<void> => {
      await core.undo();
      await core.getGraph({});
    };
    await core.getGraph({});
    for (let round = 0; round < rounds; round++) {
      const group = `bench-${round}`;
      old.push(
        await timed(async () => {
          for (const op of ops) await core.edit({ op, group });
        }),
      );
      if ((await core.workspaceInfo()).entities !== info.entities - ops.length) throw new Error('the edits did not delete every entity');
      await reset();
      batch.push(await timed(() => core.applyEdits({ ops, group: `${group}-batch` })));
      // Both ways must leave the same graph: every one of them deleted.
      if ((await core.workspaceInfo()).entities !== info.entities - ops.length) throw new Error('the batch did not delete every entity');
      await reset();
      console.log(`  round ${round + 1}: ${ops.length} edit calls ${old[round].wallMs.toFixed(0)} ms wall / ${old[round].cpuMs.toFixed(0)} ms CPU; one applyEdits ${batch[round].wallMs.toFixed(0)} ms wall / ${batch[round].cpuMs.toFixed(0)} ms CPU`);
    }
    const out = {
      articles,
      entities: entities.length,
      deleted: ops.length,
      oldWallMs: median(old.map((r) => r.wallMs)),
      oldCpuMs: median(old.map((r) => r.cpuMs)),
      newWallMs: median(batch.map((r) => r.wallMs)),
      newCpuMs: median(batch.map((r) => r.cpuMs)),
    };
    console.log(`  median: old ${out.oldWallMs.toFixed(0)} ms wall / ${out.oldCpuMs.toFixed(0)} ms CPU, new ${out.newWallMs.toFixed(0)} ms wall / ${out.newCpuMs.toFixed(0)} ms CPU: ${(out.oldWallMs / out.newWallMs).toFixed(1)}x wall, ${(out.oldCpuMs / out.newCpuMs).toFixed(1)}x CPU`);
    return out;
  } finally {
    await zhitu?.close();
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [articles, count, rounds] = process.argv.slice(2).map(Number);
  await benchBulkDelete(articles || undefined, count || undefined, rounds || undefined);
}
