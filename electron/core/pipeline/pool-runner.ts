import type { Worker, WorkerOptions } from 'node:worker_threads';
import type { ExtractResult } from '../../shared/types';
import { EXTRACTOR_VERSION } from '../extract';
import { createInProcessRunner, type ExtractionItem, type ExtractionRunner } from './runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * The old-generation heap an extraction worker may use, in MB. An extractor's live heap is about
 * 100 MB and grows by under 1 MB per 1,000 texts (measured over 15,000 bench texts); without a
 * limit V8 let garbage pile up to 350-420 MB per worker in a 30k import before collecting it.
 * A text of a million characters extracts within it; a larger one is retried without it.
 */
export const WORKER_HEAP_MB = 256;

/** How a pool starts its workers and how it shares the work. */
export interface PoolOptions {
  /**
   * Starts one extraction worker (electron/core/pipeline/extract-worker.ts, built or through tsx)
   * with these options (its heap limit), which the shell passes on to `new Worker`.
   */
  spawn: (options: WorkerOptions) => Worker;
  /** A worker's old-generation heap limit in MB (default {@link WORKER_HEAP_MB}); 0 for V8's own. */
  heapMb?: number;
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
  /** Whether the worker runs without the heap limit (one retrying a failed chunk). */
  unlimited: boolean;
  /** The largest heap (used, reserved) this slot's workers reported, in MB. */
  heapMb: { used: number; total: number };
}

/** Why a worker failed, in words: Node's error for a worker that reached its heap limit says little. */
function reason(error: unknown, heapMb: number): string {
  const code = (error as { code?: unknown } | null)?.code;
  if (code === 'ERR_WORKER_OUT_OF_MEMORY') return `the extraction worker ran out of memory${heapMb > 0 ? ` (its heap limit is ${heapMb} MB)` : ''}`;
  return error instanceof Error ? error.message : String(error);
}

/** An item as an error names it: its file and article, or its id. */
function named(item: ExtractionItem): string {
  return item.source ? `${item.source} (article ${item.id})` : item.id;
}

/** The items of a chunk as an error names them: the first three, and how many more. */
function namedAll(items: ExtractionItem[]): string {
  const names = items.slice(0, 3).map(named).join(', ');
  return items.length > 3 ? `${names} and ${items.length - 3} more` : names;
}

/** An error the extractor reported (its worker lives on): trying again would give it again. */
class ReportedError extends Error {}

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
        reject(new ReportedError(m.message));
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
 * texts when it is free, so a slow article holds up only its own chunk. Each worker's heap is
 * limited ({@link WORKER_HEAP_MB}), so that it collects its garbage instead of growing. A worker
 * that dies (a segmenter panic, out of memory) is replaced and its chunk tried once more, a text
 * at a time, in a worker without the heap limit (a very long article needs more); a text that
 * fails again fails the run, naming its file and article. An error the extractor reports (an
 * article over its time budget) fails the run at once. Stopping keeps what is done.
 */
export function createPoolRunner(options: PoolOptions): ExtractionRunner {
  const size = Math.max(1, Math.floor(options.size));
  const inProcessBelow = options.inProcessBelow ?? 0;
  const inProcessBelowChars = options.inProcessBelowChars ?? 0;
  const chunkSize = Math.max(1, options.chunk ?? 16);
  const heapMb = Math.max(0, options.heapMb ?? WORKER_HEAP_MB);
  const slots: Slot[] = [];
  let local: ExtractionRunner | null = null;

  const newSlot = (): Slot => ({ worker: null, unlimited: false, heapMb: { used: 0, total: 0 } });
  const worker = (slot: Slot, unlimited = false): Worker => {
    if (!slot.worker) {
      const limited = heapMb > 0 && !unlimited;
      const w = options.spawn(limited ? { resourceLimits: { maxOldGenerationSizeMb: heapMb } } : {});
      w.unref();
      // A worker that dies between runs is replaced on the next one.
      w.once('exit', () => {
        if (slot.worker === w) slot.worker = null;
      });
      slot.worker = w;
      slot.unlimited = unlimited;
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
      while (slots.length < Math.min(size, chunks.length)) slots.push(newSlot());
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
      /** Extracts `part` in the slot's worker (started without the heap limit when `unlimited`); `before`: texts of the chunk done already. */
      const attempt = async (slot: Slot, part: ExtractionItem[], before: number, unlimited: boolean): Promise<void> => {
        inFlight.set(slot, before);
        const got = await runChunk(
          worker(slot, unlimited),
          part,
          request,
          (done) => {
            inFlight.set(slot, before + done);
            report();
          },
          (heap) => {
            slot.heapMb = { used: Math.max(slot.heapMb.used, heap.used), total: Math.max(slot.heapMb.total, heap.total) };
          },
        );
        Object.assign(results, got);
      };
      const drive = async (slot: Slot): Promise<void> => {
        while (next < chunks.length && !stopped && !shouldStop?.()) {
          const chunk = chunks[next++];
          try {
            // A worker left without the limit by a retry is replaced by one with it.
            if (slot.unlimited) await retire(slot);
            await attempt(slot, chunk, 0, false);
          } catch (error) {
            if (error instanceof ReportedError) {
              stopped = true;
              throw new Error(`extraction failed on ${namedAll(chunk)}: ${error.message}`, { cause: error });
            }
            await retire(slot);
            // Once more, a text at a time, so that the one that fails again is known.
            for (let k = 0; k < chunk.length && !stopped && !shouldStop?.(); k++) {
              try {
                await attempt(slot, [chunk[k]], k, true);
              } catch (again) {
                await retire(slot);
                // The other workers stop after their chunk: the run fails as a whole.
                stopped = true;
                throw new Error(`extraction failed on ${named(chunk[k])}: ${reason(again, 0)} (first try: ${reason(error, heapMb)})`, { cause: again });
              }
            }
          } finally {
            inFlight.delete(slot);
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
      while (slots.length < size) slots.push(newSlot());
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
