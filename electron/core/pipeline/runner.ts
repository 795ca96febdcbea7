import type { ExtractResult } from '../../shared/types';
import { createExtractor, EXTRACTOR_VERSION, type Extractor, type UserLexicon } from '../extract';

/** One text to extract. */
export interface ExtractionItem {
  id: string;
  text: string;
  /** The file the text came from, to name in an error (an import gives it). */
  source?: string;
}

/**
 * Runs extraction over many texts. The in-process runner serves the CLI and the server; the
 * Electron shell passes a worker-thread runner so that no input can freeze or crash the app.
 */
export interface ExtractionRunner {
  readonly version: string;
  run(
    items: ExtractionItem[],
    lexicon: UserLexicon,
    onProgress?: (done: number) => void,
    shouldStop?: () => boolean,
  ): Promise<Record<string, ExtractResult>>;
  /**
   * Announces a run of about `chars` characters to come (an import, before it reads its first
   * batch): a pool starts its workers now, when the run is worth them, so that they load their
   * extractors while the caller reads. Optional; a runner without it starts on the first `run`.
   */
  expect?(chars: number, lexicon: UserLexicon): void;
  /**
   * Lets go of what the runner holds between runs (a pool's workers, each with its own
   * extractor), as an import does before it builds the graph; the next run starts them again.
   * Optional.
   */
  release?(): Promise<void>;
  /** For the import trace: the largest V8 heap (used, reserved; MB) each of a pool's workers reported. */
  workerHeapsMb?(): { used: number; total: number }[];
  close(): Promise<void>;
}

/** The lexicon's identity, so that an extractor is rebuilt only when the user's names change. */
export function lexiconKey(lexicon: UserLexicon): string {
  return JSON.stringify(lexicon);
}

/**
 * Extraction in this process, yielding to the event loop every few milliseconds so that a
 * server stays responsive (and progress events flow) during a long import.
 */
export function createInProcessRunner(): ExtractionRunner {
  let cached: { key: string; extractor: Extractor } | null = null;
  const extractorFor = (lexicon: UserLexicon): Extractor => {
    const key = lexiconKey(lexicon);
    if (!cached || cached.key !== key) cached = { key, extractor: createExtractor({ userLexicon: lexicon }) };
    return cached.extractor;
  };
  return {
    version: EXTRACTOR_VERSION,
    async run(items, lexicon, onProgress, shouldStop) {
      const extractor = extractorFor(lexicon);
      const results: Record<string, ExtractResult> = {};
      let lastYield = Date.now();
      for (let i = 0; i < items.length; i++) {
        if (shouldStop?.()) break;
        results[items[i].id] = extractor.extract(items[i].text);
        if (Date.now() - lastYield > 30) {
          onProgress?.(i + 1);
          await new Promise((resolve) => setImmediate(resolve));
          lastYield = Date.now();
        }
      }
      onProgress?.(Object.keys(results).length);
      return results;
    },
    async close() {
      cached = null;
    },
  };
}
