import { createInProcessRunner } from '../../../electron/core/pipeline/runner';
import type { ExtractionRunner } from '../../../electron/core/api';

/**
 * Today's extractor stamped with the version that made a fixture workspace, so that opening the
 * fixture does not re-extract its shards (a workspace made by an older extractor is re-extracted
 * on open; the migration tests check what the old version wrote reads back unchanged).
 */
export function runnerStampedAs(version: string): ExtractionRunner {
  const inner = createInProcessRunner();
  return { version, run: (...args) => inner.run(...args), close: () => inner.close() };
}
