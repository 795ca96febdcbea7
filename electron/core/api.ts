// The one entry point of the core for every shell (Electron main, CLI, loopback server).
export { openZhitu, type Zhitu, type ZhituOptions } from './service';
export { extractOnly } from './pipeline/extract-text';
export { invokeApi, MUTATING_METHODS } from './dispatch';
export { encodedChunks, zipChunks } from './export';
export { createWorkerRunner } from './pipeline/worker-runner';
export { storedSourceFor } from './pipeline/source-name';
export { createPoolRunner } from './pipeline/pool-runner';
export type { ExtractionRunner } from './pipeline/runner';
export { describeRepair } from './store/recovery';
