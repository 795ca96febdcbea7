import { computeLayout } from './compute-layout';
import type { LayoutRequest, LayoutResult } from './layout-types';

interface Pending {
  request: LayoutRequest;
  resolve: (result: LayoutResult) => void;
  reject: (error: Error) => void;
}

let worker: Worker | null | undefined;
let seq = 0;
const pending = new Map<number, Pending>();

/** Runs a layout on this thread, after yielding once: the fallback when no worker can start. */
function computeHere(p: Pending): void {
  setTimeout(() => {
    try {
      p.resolve(computeLayout(p.request));
    } catch (error) {
      p.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }, 0);
}

function startWorker(): Worker | null {
  if (worker !== undefined) return worker;
  if (typeof Worker === 'undefined') return (worker = null);
  try {
    const w = new Worker(new URL('./layout-worker.ts', import.meta.url), { type: 'module', name: 'zhitu-layout' });
    w.onmessage = (event: MessageEvent<{ id: number; result?: LayoutResult; error?: string }>) => {
      const p = pending.get(event.data.id);
      if (!p) return;
      pending.delete(event.data.id);
      if (event.data.result) p.resolve(event.data.result);
      else p.reject(new Error(event.data.error ?? 'layout failed'));
    };
    // A worker that cannot load (a shell that refuses workers): lay out here instead.
    w.onerror = (event) => {
      event.preventDefault();
      w.terminate();
      worker = null;
      const waiting = [...pending.values()];
      pending.clear();
      waiting.forEach(computeHere);
    };
    worker = w;
  } catch {
    worker = null;
  }
  return worker;
}

/** Computes a layout in the layout worker (or, where none can start, here after a yield). */
export function layoutOffThread(request: LayoutRequest): Promise<LayoutResult> {
  return new Promise<LayoutResult>((resolve, reject) => {
    const p: Pending = { request, resolve, reject };
    const w = startWorker();
    if (!w) {
      computeHere(p);
      return;
    }
    const id = ++seq;
    pending.set(id, p);
    w.postMessage({ id, request });
  });
}
