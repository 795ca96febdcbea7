import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { openZhitu, type Zhitu } from '../../../electron/core/api';
import { compactResult } from '../../../electron/core/graph/co-occurs';
import type { ExtractionRunner } from '../../../electron/core/pipeline/runner';
import { Workspace } from '../../../electron/core/store';
import type { Article, ExtractResult, StoredEdit } from '../../../electron/shared/types';

/** A runner that never runs: the shards hold results of its version, so nothing is extracted again. */
export const STORED_ONLY: ExtractionRunner = {
  version: 'fixture',
  run: async () => {
    throw new Error('this workspace should not need extraction');
  },
  close: async () => {},
};

/**
 * A workspace whose shards hold the given batches of articles with the given extraction results
 * (stored compact, as an import would), and whose edit log is `edits` (cursor at `cursor`, all
 * active by default), written directly: no check runs on them, as after a re-extraction.
 */
export async function fixtureWorkspace(
  dir: string,
  batches: Article[][],
  results: Record<string, ExtractResult>,
  edits: StoredEdit[] = [],
  cursor = edits.length,
): Promise<void> {
  const ws = await Workspace.open(dir, { create: true });
  for (const batch of batches) {
    await ws.addShard(batch, batch.map((a) => compactResult(a.text, results[a.id] ?? { entities: [], relations: [] })), STORED_ONLY.version);
  }
  const nextSeq = edits.reduce((n, e) => Math.max(n, e.seq), 0) + 1;
  await writeFile(join(dir, 'edits.json'), JSON.stringify({ edits, cursor, nextSeq }));
}

/** The service over a fixture workspace. */
export function openFixture(dir: string): Promise<Zhitu> {
  return openZhitu({ dir, runner: STORED_ONLY });
}
