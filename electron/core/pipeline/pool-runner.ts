import type { Worker } from 'node:worker_threads';
import type { ExtractResult } from '../../shared/types';
import { EXTRACTOR_VERSION } from '../extract';
import { createInProcessRunner, type ExtractionItem, type ExtractionRunner } from './runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/** How a pool starts its workers and how it shares the work. */
export interface PoolOptions {
  /** Starts one extraction worker (electron/core/pipeline/extract-worker.ts, built or through tsx). */
  spawn: () => Worker;
  /** Number of workers (one per core is right: the main thread mostly waits on them). */
  size: number;
  /**
   * Below this many texts, extraction runs in this process: a worker pays about a second to load
   * the segmenter and the gazetteer, more than a few articles take. 0 means always in workers
   * (the desktop app, where no input may reach the main process's extractor).
   */
  inProcessBelow?: number;
  /**
   * Likewise in characters: below this much text, extraction runs in this process unless the
   * workers are already up. Starting two workers costs about as much as extracting a few
   * million characters (measured on 2 cores), so a pool pays only for large runs. `expect`
   * starts the workers when the run it announces reaches this size.
   */
  inProcessBelowChars?: number;
  /** Texts per message to a worker: small enough to share the work evenly, large enough to be cheap. */
  chunk?: number;
}

interface Slot {
  worker: Worker | null;
  /** The largest heap (used, reserved) this slot's workers reported, in MB. */
  heapMb: { used: number; total: number };
}

/** One chunk's extraction in one worker; rejects when the worker fails or stops. */
function runChunk(
  worker: Worker,
  items: ExtractionItem[],
  request: WorkerRequest & { type: 'run' },
  onProgress: (done: number) => void,
  onHeap: (heapMb: { used: number; total: number }) => void,
): Promise<Record<string, ExtractResult>> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      worker.off('message', onMessage);
      worker.off('exit', onExit);
      worker.off('error', onError);
    };
    const onMessage = (m: WorkerReply): void => {
      if (m.type === 'progress') onProgress(m.done);
      else if (m.type === 'done') {
        cleanup();
        if (m.heapMb) onHeap(m.heapMb);
        resolve(m.results);
      } else {
        cleanup();
        reject(new Error(m.message));
      }
    };
    const onExit = (code: number): void => {
      cleanup();
      reject(new Error(`the extraction worker stopped unexpectedly (exit code ${code})`));
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    worker.on('message', onMessage);
    worker.on('exit', onExit);
    worker.on('error', onError);
    worker.postMessage({ ...request, items } satisfies WorkerRequest);
  });
}

/**
 * Extraction shared among worker threads, one per core: each worker takes the next chunk of
 * texts when it is free, so a slow article holds up only its own chunk. A worker that crashes
 * (a segmenter panic, out of memory) is replaced and its chunk tried once more; a chunk that
 * fails twice fails the run with the articles it held named. Stopping keeps what is done.
 */
export function createPoolRunner(options: PoolOptions): ExtractionRunner {
  const size = Math.max(1, Math.floor(options.size));
  const inProcessBelow = options.inProcessBelow ?? 0;
  const inProcessBelowChars = options.inProcessBelowChars ?? 0;
  const chunkSize = Math.max(1, options.chunk ?? 16);
  const slots: Slot[] = [];
  let local: ExtractionRunner | null = null;

  const worker = (slot: Slot): Worker => {
    if (!slot.worker) {
      const w = options.spawn();
      w.unref();
      // A worker that dies between runs is replaced on the next one.
      w.once('exit', () => {
        if (slot.worker === w) slot.worker = null;
      });
      slot.worker = w;
    }
    return slot.worker;
  };
  const retire = async (slot: Slot): Promise<void> => {
    const w = slot.worker;
    slot.worker = null;
    await w?.terminate().catch(() => undefined);
  };

  return {
    version: EXTRACTOR_VERSION,
    async run(items, lexicon, onProgress, shouldStop) {
      const live = slots.some((slot) => slot.worker !== null);
      const small = items.length < inProcessBelow || (inProcessBelowChars > 0 && items.reduce((n, i) => n + i.text.length, 0) < inProcessBelowChars);
      if (!live && small) {
        local ??= createInProcessRunner();
        return local.run(items, lexicon, onProgress, shouldStop);
      }
      const chunks: ExtractionItem[][] = [];
      for (let i = 0; i < items.length; i += chunkSize) chunks.push(items.slice(i, i + chunkSize));
      while (slots.length < Math.min(size, chunks.length)) slots.push({ worker: null, heapMb: { used: 0, total: 0 } });
      const results: Record<string, ExtractResult> = {};
      const request = { type: 'run' as const, items: [] as ExtractionItem[], lexicon };
      let finished = 0;
      const inFlight = new Map<Slot, number>();
      const report = (): void => {
        let done = finished;
        for (const n of inFlight.values()) done += n;
        onProgress?.(done);
      };
      let next = 0;
      let stopped = false;
      const stopTimer = setInterval(() => {
        if (stopped || !shouldStop?.()) return;
        stopped = true;
        for (const slot of inFlight.keys()) slot.worker?.postMessage({ type: 'stop' } satisfies WorkerRequest);
      }, 100);
      const drive = async (slot: Slot): Promise<void> => {
        while (next < chunks.length && !stopped && !shouldStop?.()) {
          const chunk = chunks[next++];
          let failure: unknown = null;
          for (let attempt = 0; attempt < 2; attempt++) {
            inFlight.set(slot, 0);
            try {
              const got = await runChunk(
                worker(slot),
                chunk,
                request,
                (done) => {
                  inFlight.set(slot, done);
                  report();
                },
                (heap) => {
                  slot.heapMb = { used: Math.max(slot.heapMb.used, heap.used), total: Math.max(slot.heapMb.total, heap.total) };
                },
              );
              Object.assign(results, got);
              failure = null;
              break;
            } catch (error) {
              failure = error;
              await retire(slot);
            } finally {
              inFlight.delete(slot);
            }
          }
          if (failure) {
            // The other workers stop after their chunk: the run fails as a whole.
            stopped = true;
            const ids = chunk.map((c) => c.id);
            const named = ids.length > 3 ? `${ids.slice(0, 3).join(', ')} and ${ids.length - 3} more` : ids.join(', ');
            throw new Error(`extraction failed on ${named}: ${failure instanceof Error ? failure.message : String(failure)}`);
          }
          finished += chunk.length;
          report();
        }
      };
      try {
        await Promise.all(slots.slice(0, Math.min(size, chunks.length)).map(drive));
      } finally {
        clearInterval(stopTimer);
      }
      return results;
    },
    expect(chars, lexicon) {
      if (inProcessBelowChars > 0 && chars < inProcessBelowChars) return;
      while (slots.length < size) slots.push({ worker: null, heapMb: { used: 0, total: 0 } });
      for (const slot of slots) worker(slot).postMessage({ type: 'warm', lexicon } satisfies WorkerRequest);
    },
    async release() {
      await Promise.all(slots.map(retire));
    },
    workerHeapsMb() {
      return slots.map((slot) => slot.heapMb);
    },
    async close() {
      await Promise.all(slots.map(retire));
      await local?.close();
    },
  };
}
