import { cp, mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openZhitu } from '../../../electron/core/api';
import { SCHEMA_VERSION } from '../../../electron/core/store';
import { EXTRACTOR_VERSION } from '../../../electron/core/extract';
import { runnerStampedAs } from './made-by';
import type { ArticleSummary, EntitySummary, RelationSummary, Stats } from '../../../electron/shared/types';

const FIXTURE = join(import.meta.dirname, '..', '..', 'fixtures', 'workspaces', 'v1');
const expected = async <T>(name: string): Promise<T> => JSON.parse(await readFile(join(FIXTURE, 'expected', `${name}.json`), 'utf8')) as T;

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'zhitu-migrate-')), 'ws');
  await cp(join(FIXTURE, 'ws'), dir, { recursive: true });
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

/** The extractor that made the fixture: its results are stamped 1.1.0. */
const MADE_BY = runnerStampedAs('1.1.0');

describe('a schema 1 workspace (made by Zhitu 0.1.0)', () => {
  it('is migrated on open and reads as that version read it: stats, entities, relations with evidence, articles, edits', async () => {
    const zhitu = await openZhitu({ dir, runner: MADE_BY });
    try {
      const info = await zhitu.workspaceInfo();
      expect(info.schemaVersion).toBe(SCHEMA_VERSION);
      expect(info.warnings.join('\n')).toMatch(/converted 19 articles into 1 shards.*backups\/v1/);
      expect(info.canUndo && info.canRedo).toBe(true);
      expect(info.orphans).toEqual([]);
      expect(await zhitu.stats()).toEqual(await expected<Stats>('stats'));
      expect(await zhitu.listEntities({})).toEqual(await expected<EntitySummary[]>('entities'));
      expect(await zhitu.listRelations()).toEqual(await expected<RelationSummary[]>('relations'));
      const articles = await expected<ArticleSummary[]>('articles');
      // Schema 1 kept no page date: none is invented (every article of this page is undated).
      expect(await zhitu.listArticles()).toEqual(articles.map((a) => ({ ...a, source: a.source.split('/').pop(), pageDate: null, dateSource: null })));
      // The undone edit is still there to redo.
      await zhitu.redo();
      const note = (await zhitu.listEntities({})).find((e) => e.id === 'e_7ff3f6bf926db6c9');
      expect(note?.note).toBe('撤销的注释');
    } finally {
      await zhitu.close();
    }
  });

  it('opened by the current extractor, is re-extracted and keeps its articles and the user\'s edits', async () => {
    const zhitu = await openZhitu({ dir });
    try {
      expect((await zhitu.stats()).articles).toBe(19);
      const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
      expect(catalog.shards.map((s: { extractorVersion: string }) => s.extractorVersion)).toEqual([EXTRACTOR_VERSION]);
      expect(await zhitu.listArticles()).toHaveLength(19);
      expect((await zhitu.workspaceInfo()).canUndo).toBe(true);
      await zhitu.redo();
      expect((await zhitu.listEntities({})).find((e) => e.id === 'e_7ff3f6bf926db6c9')?.note).toBe('撤销的注释');
    } finally {
      await zhitu.close();
    }
  });

  it('keeps the schema 1 files aside, writes shards and a catalog, and opens again without migrating', async () => {
    (await openZhitu({ dir })).close();
    const names = await readdir(dir);
    expect(names).toEqual(expect.arrayContaining(['catalog.json', 'shards', 'edits.json', 'zhitu.json']));
    expect(names).not.toContain('articles.json');
    expect(names).not.toContain('extraction.json');
    expect((await stat(join(dir, 'backups', 'v1', 'articles.json'))).size).toBeGreaterThan(0);
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8'));
    expect(catalog.shards).toHaveLength(1);
    expect(catalog.shards[0]).toMatchObject({ id: 1, articles: 19 });
    const again = await openZhitu({ dir });
    expect((await again.workspaceInfo()).warnings).toEqual([]);
    await again.close();
  });
});
