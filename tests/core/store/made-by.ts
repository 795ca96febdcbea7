import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createInProcessRunner } from '../../../electron/core/pipeline/runner';
import type { ExtractionRunner } from '../../../electron/core/api';
import type { GraphData } from '../../../electron/shared/types';

/**
 * Today's extractor stamped with the version that made a fixture workspace, so that opening the
 * fixture does not re-extract its shards (a workspace made by an older extractor is re-extracted
 * on open; the migration tests check what the old version wrote reads back unchanged).
 */
export function runnerStampedAs(version: string): ExtractionRunner {
  const inner = createInProcessRunner();
  return { version, run: (...args) => inner.run(...args), close: () => inner.close() };
}

/**
 * A fixture workspace made by an older version (`tests/fixtures/workspaces/NAME`), copied afresh
 * for each test: `dir()` is the copy, `expected(name)` what that version answered.
 */
export function oldWorkspace(name: string): { dir: () => string; expected: <T>(file: string) => Promise<T> } {
  const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'workspaces', name);
  let dir = '';
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), `zhitu-workspace-${name}-`)), 'ws');
    await cp(join(fixture, 'ws'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });
  return {
    dir: () => dir,
    expected: async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(fixture, 'expected', `${file}.json`), 'utf8')) as T,
  };
}

/** The graph as the API's lean form sends it: evidence counted, not listed. */
export const lean = (g: GraphData): GraphData => ({ nodes: g.nodes, edges: g.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) });
