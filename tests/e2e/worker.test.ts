import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createWorkerRunner } from '../../electron/core/api';
import { createInProcessRunner } from '../../electron/core/pipeline/runner';

// The Electron shell extracts in a worker thread built by electron-vite (out/main/extract-worker.js).
describe('extraction in the built worker thread', () => {
  it('gives the same results as in-process extraction, with progress', async () => {
    const text = await readFile(resolve('data/000_65facfb44480fdb1.txt'), 'utf8');
    const items = text.split(/\n\s*\n/).filter((p) => p.trim()).map((p, i) => ({ id: String(i), text: p }));
    const lexicon = { entries: [], blocked: [] };
    const worker = createWorkerRunner(resolve('out/main/extract-worker.js'));
    const progress: number[] = [];
    try {
      const inWorker = await worker.run(items, lexicon, (done) => progress.push(done));
      const local = await createInProcessRunner().run(items, lexicon);
      expect(inWorker).toEqual(local);
      expect(Object.keys(inWorker)).toHaveLength(items.length);
      expect(progress.at(-1)).toBe(items.length);
      // the worker is reused for the next run
      expect(await worker.run(items.slice(0, 1), lexicon)).toEqual({ 0: local[0] });
    } finally {
      await worker.close();
    }
  });
});
