import { resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { afterEach, describe, expect, it } from 'vitest';
import { createPoolRunner } from '../../../electron/core/pipeline/pool-runner';
import { createInProcessRunner, type ExtractionRunner } from '../../../electron/core/pipeline/runner';

// A stand-in for the extraction worker that speaks the same protocol: it "extracts" the text's
// length, reports progress per text, dies on a text containing CRASH, and can be told to stop.
const FAKE = `
const { parentPort, threadId } = require('node:worker_threads');
let stop = false;
parentPort.on('message', async (m) => {
  if (m.type === 'stop') { stop = true; return; }
  if (m.type === 'warm') return;
  stop = false;
  const results = {};
  let done = 0;
  for (const item of m.items) {
    if (stop) break;
    if (item.text.includes('CRASH')) process.exit(3);
    if (item.text.includes('SLOW')) await new Promise((r) => setTimeout(r, 300));
    results[item.id] = { entities: [{ type: 'place', name: String(threadId), surface: item.text, start: 0, end: item.text.length }], relations: [] };
    parentPort.postMessage({ type: 'progress', done: ++done });
    await new Promise((r) => setImmediate(r));
  }
  parentPort.postMessage({ type: 'done', results });
});`;

const lexicon = { entries: [] };
let spawned = 0;
const spawn = (): Worker => {
  spawned++;
  return new Worker(FAKE, { eval: true });
};
const items = (n: number, text = (i: number) => `text ${i}`) => Array.from({ length: n }, (_, i) => ({ id: `a${i}`, text: text(i) }));
let runner: ExtractionRunner | null = null;

afterEach(async () => {
  await runner?.close();
  runner = null;
  spawned = 0;
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

  it('replaces a crashed worker, and fails a chunk that crashes twice naming its articles', async () => {
    runner = createPoolRunner({ spawn, size: 2, chunk: 3 });
    const bad = items(12, (i) => (i === 7 ? 'CRASH here' : `text ${i}`));
    await expect(runner.run(bad, lexicon)).rejects.toThrow(/extraction failed on a6, a7, a8: .*exit code 3/);
    // The pool still works afterwards, with fresh workers.
    const out = await runner.run(items(9), lexicon);
    expect(Object.keys(out)).toHaveLength(9);
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

  it('reads the worker count from ZHITU_WORKERS, one per core otherwise', async () => {
    const { workerCount, createCliRunner } = await import('../../../electron/cli/extract-pool');
    expect(workerCount({ ZHITU_WORKERS: '3' })).toBe(3);
    expect(workerCount({})).toBeGreaterThanOrEqual(1);
    expect(createCliRunner({ ZHITU_WORKERS: '0' })).toBeUndefined();
  });
});
