import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, expect } from 'vitest';
import { createInProcessRunner } from '../../../electron/core/pipeline/runner';
import type { ExtractionRunner, Zhitu } from '../../../electron/core/api';
import { filterGraph } from '../../../electron/core/graph';
import type { ArticleSummary, EntitySummary, GraphData, RelationSummary, Stats } from '../../../electron/shared/types';

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
 * for each test: `dir()` is the copy, `expected(name)` what that version answered, and
 * `expectSameAnswers(zhitu)` checks that the opened copy answers stats, lists and the top of the
 * graph as that version did.
 */
export function oldWorkspace(name: string): {
  dir: () => string;
  expected: <T>(file: string) => Promise<T>;
  expectSameAnswers: (zhitu: Zhitu) => Promise<void>;
} {
  const fixture = join(import.meta.dirname, '..', '..', 'fixtures', 'workspaces', name);
  let dir = '';
  beforeEach(async () => {
    dir = join(await mkdtemp(join(tmpdir(), `zhitu-workspace-${name}-`)), 'ws');
    await cp(join(fixture, 'ws'), dir, { recursive: true });
  });
  afterEach(async () => {
    await rm(join(dir, '..'), { recursive: true, force: true });
  });
  const expected = async <T>(file: string): Promise<T> => JSON.parse(await readFile(join(fixture, 'expected', `${file}.json`), 'utf8')) as T;
  const expectSameAnswers = async (zhitu: Zhitu): Promise<void> => {
    expect(await zhitu.stats()).toEqual(await expected<Stats>('stats'));
    expect(await zhitu.listEntities({})).toEqual(await expected<EntitySummary[]>('entities'));
    expect(await zhitu.listRelations()).toEqual(await expected<RelationSummary[]>('relations'));
    expect(await zhitu.listArticles()).toEqual(await expected<ArticleSummary[]>('articles'));
    const whole = await zhitu.getGraph({ filter: { includeArticles: true }, evidence: true });
    expect(await zhitu.getGraph({ filter: { limit: 30 } })).toEqual(lean(filterGraph(whole, { limit: 30 })));
  };
  return { dir: () => dir, expected, expectSameAnswers };
}

/** The graph as the API's lean form sends it: evidence counted, not listed. */
const lean = (g: GraphData): GraphData => ({ nodes: g.nodes, edges: g.edges.map((e) => ({ ...e, evidence: [], evidenceCount: e.evidence.length })) });
