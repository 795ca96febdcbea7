import { resolve } from 'node:path';
import { Worker, type WorkerOptions } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createPoolRunner } from '../../../electron/core/pipeline/pool-runner';
import { createInProcessRunner, type ExtractionRunner } from '../../../electron/core/pipeline/runner';

// A stand-in for the extraction worker that speaks the same protocol: it "extracts" the text's
// length, reports progress per text, dies on a text containing CRASH, reports an error on FAIL, holds ~100 MB while on a
// text containing HOG (more than a small heap limit allows), and can be told to stop.
const FAKE = `
const { parentPort, threadId } = require('node:worker_threads');
let stop = false;
const hog = () => {
  const held = [];
  for (let i = 0; i < 100; i++) held.push(Array.from({ length: 131072 }, (_, k) => k + i + 0.5));
  return held.length;
};
parentPort.on('message', async (m) => {
  if (m.type === 'stop') { stop = true; return; }
  if (m.type === 'warm') return;
  stop = false;
  const results = {};
  let done = 0;
  for (const item of m.items) {
    if (stop) break;
    if (item.text.includes('CRASH')) process.exit(3);
    if (item.text.includes('HOG')) hog();
    if (item.text.includes('FAIL')) return parentPort.postMessage({ type: 'error', message: 'no good' });
    if (item.text.includes('SLOW')) await new Promise((r) => setTimeout(r, 300));
    results[item.id] = { entities: [{ type: 'place', name: String(threadId), surface: item.text, start: 0, end: item.text.length }], relations: [] };
    parentPort.postMessage({ type: 'progress', done: ++done });
    await new Promise((r) => setImmediate(r));
  }
  parentPort.postMessage({ type: 'done', results });
});`;

const lexicon = { entries: [] };
let spawned = 0;
const limits: Array<number | undefined> = [];
const spawn = (options: WorkerOptions): Worker => {
  spawned++;
  limits.push(options.resourceLimits?.maxOldGenerationSizeMb);
  return new Worker(FAKE, { ...options, eval: true });
};
const items = (n: number, text = (i: number) => `text ${i}`) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: text(i) }));
let runner: ExtractionRunner | null = null;

afterEach(async () => {
  await runner?.close();
  runner = null;
  spawned = 0;
  limits.length = 0;
});

describe('extraction shared among worker threads', () => {
  it('extracts every text once, in several workers, with progress that ends at the total', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 5 });
    const progress: number[] = [];
    const out = await runner.run(items(40), lexicon, (d) => progress.push(d));
    expect(Object.keys(out).sort()).toEqual(items(40).map((i) => i.id).sort());
    expect(out.a7.entities[0].surface).toBe('text 7');
    // Both workers took chunks.
    expect(new Set(Object.values(out).map((r) => r.entities[0].name)).size).toBe(2);
    expect(progress.at(-1)).toBe(40);
    // Never goes back, and counts every text once.
    expect(progress.every((d, i) => i === 0 || d >= progress[i - 1])).toBe(true);
    expect(Math.max(...progress)).toBe(40);
  });

  it('reuses its workers from one run to the next', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 4 });
    await runner.run(items(20), lexicon);
    await runner.run(items(20), lexicon);
    expect(spawned).toBe(2);
  });

  it('extracts a few texts in this process, below the threshold', async () => {
    runner = createPoolRunner({ spawn, size: 2, inProcessBelow: 10 });
    const text = '深圳市总工会发起成立深圳市职工发展基金会。';
    const out = await runner.run([{ id: 'x', text }], lexicon);
    expect(spawned).toBe(0);
    expect(out).toEqual(await createInProcessRunner().run([{ id: 'x', text }], lexicon));
  });

  it('extracts a short run in this process by its size in characters, but keeps using workers already up', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 5, inProcessBelowChars: 1000 });
    await runner.run(items(20), lexicon);
    expect(spawned).toBe(0);
    const long = await runner.run(items(20, (i) => `${'长'.repeat(60)}${i}`), lexicon);
    expect(spawned).toBe(2);
    expect(long.a3.entities[0].surface).toContain('长');
    // The workers are up: a short run now goes to them too.
    const short = await runner.run(items(20), lexicon);
    expect(short.a3.entities[0].name).toMatch(/^\d+$/); // a worker's thread id, not an extraction
    expect(spawned).toBe(2);
  });

  it('starts its workers when told of a large run to come, so that a short first run goes to them', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 5, inProcessBelowChars: 1000 });
    runner.expect?.(999, lexicon);
    expect(spawned).toBe(0);
    runner.expect?.(5000, lexicon);
    expect(spawned).toBe(2);
    const out = await runner.run(items(10), lexicon);
    expect(out.a3.entities[0].name).toMatch(/^\d+$/); // a worker's thread id, not an extraction
    // Told again, it keeps the workers it has.
    runner.expect?.(5000, lexicon);
    expect(spawned).toBe(2);
  });

  it('replaces a crashed worker, tries its chunk again a text at a time, and fails a text that crashes twice naming its file', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 3 });
    const bad = items(12, (i) => (i === 7 ? 'CRASH here' : `text ${i}`)).map((item) => ({ ...item, source: `pages/${item.id}.txt` }));
    await expect(runner.run(bad, lexicon)).rejects.toThrow(/^extraction failed on pages\/a7\.txt \(article a7\): .*exit code 3/);
    // The pool still works afterwards, with fresh workers.
    const out = await runner.run(items(9), lexicon);
    expect(Object.keys(out)).toHaveLength(9);
  });

  it('limits each worker heap, and extracts a chunk whose worker ran out of memory again without the limit', async () => {
    runner = createPoolRunner({ spawn, size: 1, chunk: 3, heapMb: 16 });
    const progress: number[] = [];
    const out = await runner.run(items(12, (i) => (i === 4 ? 'HOG' : `text ${i}`)), lexicon, (d) => progress.push(d));
    expect(Object.keys(out).sort()).toEqual(items(12).map((i) => i.id).sort());
    expect(out.a4.entities[0].surface).toBe('HOG');
    // A worker with the limit, one without it for the retry, and one with it again for the next chunk.
    expect(limits).toEqual([16, undefined, 16]);
    expect(progress.at(-1)).toBe(12);
    expect(Math.max(...progress)).toBe(12);
  });

  it('names the memory limit when a text runs out of memory with and without it', async () => {
    runner = createPoolRunner({ spawn: (options) => spawn({ ...options, resourceLimits: { maxOldGenerationSizeMb: 16 } }), size: 1, chunk: 2, heapMb: 16 });
    const bad = items(4, (i) => (i === 2 ? 'HOG' : `text ${i}`)).map((item) => ({ ...item, source: 'big.txt' }));
    await expect(runner.run(bad, lexicon)).rejects.toThrow(/^extraction failed on big\.txt \(article a2\): the extraction worker ran out of memory \(first try: the extraction worker ran out of memory \(its heap limit is 16 MB\)\)/);
  });

  it('fails at once on an error the extractor reports, naming the files of the chunk', async () => {
    runner = createPoolRunner({ spawn, size: 1, chunk: 4 });
    const bad = items(8, (i) => (i === 5 ? 'FAIL' : `text ${i}`)).map((item) => ({ ...item, source: `p${item.id}.txt` }));
    await expect(runner.run(bad, lexicon)).rejects.toThrow(/^extraction failed on pa4\.txt \(article a4\), pa5\.txt \(article a5\), pa6\.txt \(article a6\) and 1 more: no good$/);
    // Not tried again: the worker that reported it is still the only one.
    expect(spawned).toBe(1);
  });

  it('keeps what is done when asked to stop', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 2 });
    let stop = false;
    setTimeout(() => (stop = true), 150);
    const out = await runner.run(items(40, () => 'SLOW'), lexicon, undefined, () => stop);
    const n = Object.keys(out).length;
    expect(n).toBeGreaterThan(0);
    expect(n).toBeLessThan(40);
  });
});

describe('the CLI runner', () => {
  it('gives the same results in workers (the TypeScript source through tsx) as in this process', async () => {
    const { spawnExtractWorker } = await import('../../../electron/cli/extract-pool');
    runner = createPoolRunner({ spawn: spawnExtractWorker, size: 2, chunk: 3 });
    const { readFile } = await import('node:fs/promises');
    const text = await readFile(resolve('data/000_65facfb44480fdb1.txt'), 'utf8');
    const paras = text.split(/\n\s*\n/).filter((p) => p.trim()).map((p, i) => ({ id: String(i), text: p }));
    const inWorkers = await runner.run(paras, lexicon);
    expect(inWorkers).toEqual(await createInProcessRunner().run(paras, lexicon));
  }, 120_000);

  it('lets its workers build their extractor before the first run, with the same results', async () => {
    const { spawnExtractWorker } = await import('../../../electron/cli/extract-pool');
    runner = createPoolRunner({ spawn: spawnExtractWorker, size: 2, chunk: 1 });
    const user = { entries: [{ type: 'organisation' as const, name: '天艺美工坊' }], blocked: [] };
    runner.expect?.(10_000_000, user);
    const items = [{ id: 'a', text: '天艺美工坊与深圳市总工会签约。' }];
    const inWorkers = await runner.run(items, user);
    expect(inWorkers).toEqual(await createInProcessRunner().run(items, user));
    expect(inWorkers.a.entities.map((e) => e.name)).toContain('天艺美工坊');
  }, 120_000);

  it('extracts a long article (400,000 characters) in a worker under the heap limit, at the first try', async () => {
    const { spawnExtractWorker } = await import('../../../electron/cli/extract-pool');
    const { WORKER_HEAP_MB } = await import('../../../electron/core/pipeline/pool-runner');
    const given: WorkerOptions[] = [];
    runner = createPoolRunner({ spawn: (options) => (given.push(options), spawnExtractWorker(options)), size: 1 });
    const { readFile } = await import('node:fs/promises');
    const page = await readFile(resolve('data/000_65facfb44480fdb1.txt'), 'utf8');
    // The sample page's text over and over, with a different number in each copy.
    let text = '';
    for (let i = 0; text.length < 400_000; i++) text += `${page.replace(/\d+/g, (d) => String(Number(d) + i))}\n\n`;
    const out = await runner.run([{ id: 'long', text, source: 'long.txt' }], lexicon);
    expect(out.long.entities.length).toBeGreaterThan(1000);
    expect(given.map((o) => o.resourceLimits?.maxOldGenerationSizeMb)).toEqual([WORKER_HEAP_MB]);
    expect(runner.workerHeapsMb?.()[0].used).toBeLessThan(WORKER_HEAP_MB);
  }, 180_000);

  it('extracts again without the limit in a worker that ran out of memory under it, with the same results', async () => {
    const { spawnExtractWorker } = await import('../../../electron/cli/extract-pool');
    const given: WorkerOptions[] = [];
    // 48 MB: less than the extractor's dictionaries take, so the first worker dies loading them.
    runner = createPoolRunner({ spawn: (options) => (given.push(options), spawnExtractWorker(options)), size: 1, heapMb: 48 });
    const items = [{ id: 'a', text: '深圳市总工会发起成立深圳市职工发展基金会。' }];
    const inWorkers = await runner.run(items, lexicon);
    expect(inWorkers).toEqual(await createInProcessRunner().run(items, lexicon));
    expect(given.map((o) => o.resourceLimits?.maxOldGenerationSizeMb)).toEqual([48, undefined]);
  }, 180_000);

  it('reads the worker count from ZHITU_WORKERS, one per core otherwise', async () => {
    const { workerCount, createCliRunner } = await import('../../../electron/cli/extract-pool');
    expect(workerCount({ ZHITU_WORKERS: '3' })).toBe(3);
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    expect(createCliRunner({ ZHITU_WORKERS: '0' })).toBeUndefined();
    const { workerHeapMb } = await import('../../../electron/cli/extract-pool');
    expect(workerHeapMb({ ZHITU_WORKER_HEAP_MB: '192' })).toBe(192);
    expect(workerHeapMb({})).toBeUndefined();
  });
});
