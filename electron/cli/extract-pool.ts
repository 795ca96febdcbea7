import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { createPoolRunner, type ExtractionRunner } from '../core/api';

const ROOT = resolve(import.meta.dirname, '..', '..');

/**
 * Starts an extraction worker with the pool's options (its heap limit): the build's
 * out/cli/extract-worker.js when this command runs from the build, else the TypeScript source
 * through tsx (Node 20 cannot start a .ts worker itself).
 */
export function spawnExtractWorker(options: WorkerOptions = {}): Worker {
  const built = join(ROOT, 'out', 'cli', 'extract-worker.js');
  if (!import.meta.url.endsWith('.ts') && existsSync(built)) return new Worker(built, options);
  const source = pathToFileURL(join(ROOT, 'electron', 'core', 'pipeline', 'extract-worker.ts')).href;
  const boot = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); });`;
  return new Worker(boot, { ...options, eval: true });
}

/** Worker count: ZHITU_WORKERS when set (0 = extract in this process), else one per core. */
export function workerCount(env: NodeJS.ProcessEnv = process.env): number {
  const set = env.ZHITU_WORKERS;
  if (set !== undefined && /^\d+$/.test(set.trim())) return Number(set.trim());
  return availableParallelism();
}

/** A worker's heap limit in MB: ZHITU_WORKER_HEAP_MB when set (0 = V8's own), else the pool's default. */
export function workerHeapMb(env: NodeJS.ProcessEnv = process.env): number | undefined {
  const set = env.ZHITU_WORKER_HEAP_MB;
  return set !== undefined && /^\d+$/.test(set.trim()) ? Number(set.trim()) : undefined;
}

/**
 * The runner of `zhitu import`, `reextract` and `serve`: extraction on every core in worker
 * threads for large runs (an import of three million characters or more, a re-extraction of the
 * workspace), so they use the whole machine and a server keeps answering. Each worker first
 * spends one to two seconds of CPU loading the segmenter and the gazetteer: an import announces
 * its size (`expect`) so that they load while its first batch is read; smaller runs stay in this
 * process, where that start is not worth it.
 */
export function createCliRunner(env: NodeJS.ProcessEnv = process.env): ExtractionRunner | undefined {
  const size = workerCount(env);
  if (size === 0) return undefined;
  return createPoolRunner({ spawn: spawnExtractWorker, size, inProcessBelowChars: 3_000_000, heapMb: workerHeapMb(env) });
}
