import { Worker } from 'node:worker_threads';
import { EXTRACTOR_VERSION } from '../extract';
import type { ExtractionRunner } from './runner';
import type { WorkerReply, WorkerRequest } from './worker-protocol';

/**
 * Extraction in a worker thread: the calling process (Electron main) stays responsive, and a
 * crash inside the segmenter ends only the worker, which is restarted on the next run.
 */
export function createWorkerRunner(workerFile: string): ExtractionRunner {
  let worker: Worker | null = null;
  const ensure = (): Worker => {
    if (!worker) {
      worker = new Worker(workerFile);
      worker.unref();
    }
    return worker;
  };
  return {
    version: EXTRACTOR_VERSION,
    run(items, lexicon, onProgress, shouldStop) {
      const w = ensure();
      return new Promise((resolve, reject) => {
        const stopTimer = setInterval(() => {
          if (shouldStop?.()) w.postMessage({ type: 'stop' } satisfies WorkerRequest);
        }, 100);
        const cleanup = (): void => {
          clearInterval(stopTimer);
          w.off('message', onMessage);
          w.off('exit', onExit);
          w.off('error', onError);
        };
        const onMessage = (m: WorkerReply): void => {
          if (m.type === 'progress') onProgress?.(m.done);
          else if (m.type === 'done') {
            cleanup();
            resolve(m.results);
          } else {
            cleanup();
            reject(new Error(`extraction failed: ${m.message}`));
          }
        };
        const onExit = (code: number): void => {
          cleanup();
          worker = null;
          reject(new Error(`the extraction worker stopped unexpectedly (exit code ${code})`));
        };
        const onError = (error: Error): void => {
          cleanup();
          worker = null;
          reject(new Error(`the extraction worker failed: ${error.message}`));
        };
        w.on('message', onMessage);
        w.on('exit', onExit);
        w.on('error', onError);
        w.postMessage({ type: 'run', items, lexicon } satisfies WorkerRequest);
      });
    },
    expect(_chars, lexicon) {
      ensure().postMessage({ type: 'warm', lexicon } satisfies WorkerRequest);
    },
    async close() {
      await worker?.terminate();
      worker = null;
    },
  };
}
