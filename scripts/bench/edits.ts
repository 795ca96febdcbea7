import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openZhitu, type Zhitu } from '../../electron/core/api';
import type { EntitySummary } from '../../electron/shared/types';
import { Workspace } from '../../electron/core/store';
import { simpleCorpus } from './graph';

/** Sizes and modification times of every file in the workspace, to see what a step wrote. */
async function snapshot(dir: string): Promise<Map<string, { size: number; mtime: number }>> {
  const out = new Map<string, { size: number; mtime: number }>();
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else {
        const s = await stat(p);
        out.set(p, { size: s.size, mtime: s.mtimeMs });
      }
    }
  };
  await walk(dir);
  return out;
}

/** Runs one step and says how long it took (wall and CPU) and what it wrote to the workspace. */
async function step(dir: string, name: string, fn: () => Promise<unknown>): Promise<{ wallMs: number; cpuMs: number; bytes: number; files: string[] }> {
  const before = await snapshot(dir);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  await fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  const after = await snapshot(dir);
  let bytes = 0;
  const files: string[] = [];
  for (const [path, s] of after) {
    const b = before.get(path);
    if (!b || b.mtime !== s.mtime || b.size !== s.size) {
      bytes += s.size;
      files.push(path.slice(dir.length + 1).replace(/-\d{4}-.*\.json$/, '-*.json'));
    }
  }
  const cpuMs = (c.user + c.system) / 1000;
  console.log(`  ${name}: ${wallMs.toFixed(1)} ms wall / ${cpuMs.toFixed(1)} ms CPU, ${bytes} bytes written${files.length > 0 ? ` (${files.join(', ')})` : ''}`);
  return { wallMs, cpuMs, bytes, files };
}

/**
 * Opening a generated workspace of 30,000 articles (see `simpleCorpus`), then one annotation,
 * one merge, one undo and one save of positions, each with its wall and CPU time and the bytes it wrote.
 */
export async function benchEdits(articles = 30_000): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-bench-edits-'));
  try {
    const { articles: list, extractions } = simpleCorpus(articles);
    const ws = await Workspace.open(dir, { create: true });
    const { shard } = await ws.addShard(list, list.map((a) => extractions[a.id]), 'bench');
    const articlesBytes = shard?.files.articles.bytes ?? 0;
    console.log(`edits: ${articles} articles (one shard, ${(articlesBytes / 1e6).toFixed(1)} MB)`);
    const runner = { version: 'bench', run: async () => ({}), close: async () => {} };
    let core: Zhitu | null = null;
    let entities: EntitySummary[] = [];
    const open = await step(dir, 'open + graph', async () => {
      core = await openZhitu({ dir, runner });
      entities = await core.listEntities({});
    });
    if (!core) throw new Error('the workspace did not open');
    const zhitu: Zhitu = core;
    const annotate = await step(dir, 'one annotation', () => zhitu.edit({ op: { op: 'annotate', id: entities[0].id, note: '重点关注', tags: ['工会'] } }));
    const merge = await step(dir, 'one merge', () => zhitu.edit({ op: { op: 'merge', target: entities[0].id, sources: [entities[1].id] } }));
    const undo = await step(dir, 'one undo', () => zhitu.undo());
    // The page reads the graph after each change; here once, after the undo.
    const read = await step(dir, 'graph after undo', () => zhitu.getGraph({}));
    const moved = await step(dir, 'save positions + graph', async () => {
      await zhitu.savePositions({ positions: { [entities[0].id]: { x: 1, y: 2 } } });
      await zhitu.getGraph({});
    });
    await zhitu.close();
    const out: Record<string, number> = { articles, articlesJsonBytes: articlesBytes };
    for (const [k, v] of Object.entries({ open, annotate, merge, undo, read, moved })) {
      out[`${k}Ms`] = v.wallMs;
      out[`${k}CpuMs`] = v.cpuMs;
    }
    out.bytesWritten = annotate.bytes;
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchEdits();
