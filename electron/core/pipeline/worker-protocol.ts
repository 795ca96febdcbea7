import type { ExtractResult } from '../../shared/types';
import type { UserLexicon } from '../extract';
import type { ExtractionItem } from './runner';

/** Messages to the extraction worker. */
export type WorkerRequest =
  | { type: 'run'; items: ExtractionItem[]; lexicon: UserLexicon }
  /** Build the extractor for `lexicon` now, before the first run (no reply). */
  | { type: 'warm'; lexicon: UserLexicon }
  | { type: 'stop' };

/** Messages from the extraction worker. */
export type WorkerReply =
  | { type: 'progress'; done: number }
  /** `heapMb`: the worker's V8 heap (used, reserved) when it finished, for the import trace. */
  | { type: 'done'; results: Record<string, ExtractResult>; heapMb?: { used: number; total: number } }
  | { type: 'error'; message: string };
