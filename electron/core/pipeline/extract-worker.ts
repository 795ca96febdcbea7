import { parentPort } from 'node:worker_threads';
import type { WorkerRequest, WorkerReply } from './worker-protocol';
import { createInProcessRunner } from './runner';

// Entry of the extraction worker thread (built as out/main/extract-worker.js for Electron).
const runner = createInProcessRunner();
let stop = false;

parentPort?.on('message', (message: WorkerRequest) => {
  if (message.type === 'stop') {
    stop = true;
    return;
  }
  if (message.type === 'warm') {
    // A run of nothing builds the extractor for this lexicon, which the next runs reuse.
    void runner.run([], message.lexicon);
    return;
  }
  stop = false;
  const reply = (m: WorkerReply): void => parentPort?.postMessage(m);
  runner
    .run(message.items, message.lexicon, (done) => reply({ type: 'progress', done }), () => stop)
    .then((results) => {
      const { heapUsed, heapTotal } = process.memoryUsage();
      reply({ type: 'done', results, heapMb: { used: Math.round(heapUsed / 1048576), total: Math.round(heapTotal / 1048576) } });
    })
    .catch((error: unknown) => reply({ type: 'error', message: error instanceof Error ? error.message : String(error) }));
});
