import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu, type Zhitu } from '../../../electron/core/api';
import { buildGraph } from '../../../electron/core/graph';
import { editedArticles } from '../../../electron/core/graph/article-edits';
import type { StoredEdit } from '../../../electron/shared/types';
import { ARTICLES, extractionV1 } from './fixtures';

let tmp: string;
let core: Zhitu;
let october: string;
let november: string;
let shenzhenFile: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-article-edits-'));
  shenzhenFile = join(tmp, 'grrb-2024-10-14.txt');
  const zhoushanFile = join(tmp, 'zhoushan-page.txt'); // no date in its name: the article starts undated
  await writeFile(shenzhenFile, '深圳市总工会发起成立基金会\n\n本报讯(记者刘友婷)10月11日,深圳市总工会发起成立深圳市职工发展基金会。\n');
  await writeFile(zhoushanFile, '舟山市总工会推出技能共富保\n\n本报讯(记者邹偶然)近日,浙江省舟山市总工会推出“技能共富保”。\n');
  core = await openZhitu({ dir: join(tmp, 'ws'), create: true });
  const result = await core.importPaths({ paths: [shenzhenFile, zhoushanFile] });
  [october, november] = result.addedIds!;
}, 120_000);
afterAll(async () => {
  await core.close();
  await rm(tmp, { recursive: true, force: true });
});

const dateOf = async (id: string) => (await core.listArticles()).find((a) => a.id === id);
const names = async (filter?: Parameters<Zhitu['listEntities']>[0]['filter']) => (await core.listEntities({ filter })).map((e) => e.name);

describe('article edits in the core service', () => {
  it('sets a date as a user edit that survives re-extraction and goes with undo', async () => {
    expect(await dateOf(november)).toMatchObject({ date: null, dateSource: null });
    const result = await core.edit({ op: { op: 'setDate', article: november, date: '2024-11-02' } });
    expect(result).toMatchObject({ id: november, canUndo: true });
    expect(await dateOf(november)).toMatchObject({ date: '2024-11-02', dateSource: 'user' });
    expect(await names({ dateFrom: '2024-11-01', dateTo: '2024-11-30' })).toContain('舟山市总工会');
    await core.reextract();
    expect(await dateOf(november)).toMatchObject({ date: '2024-11-02', dateSource: 'user' });
    const zhoushan = (await core.listEntities({})).find((e) => e.name === '舟山市总工会')!;
    const details = await core.getEntity({ id: zhoushan.id });
    expect(details.mentionCount).toBe(details.mentions.length);
    expect(details.timeline).toEqual([{ period: '2024-11', mentions: details.mentions.length }]);
    await core.undo();
    expect(await dateOf(november)).toMatchObject({ date: null, dateSource: null });
    expect(await names({ dateFrom: '2024-11-01', dateTo: '2024-11-30' })).not.toContain('舟山市总工会');
    // An undated article's entities stay in a date range on request.
    expect(await names({ dateFrom: '2024-11-01', dateTo: '2024-11-30', includeUndated: true })).toContain('舟山市总工会');
  });

  it('refuses a date for an article that does not exist, and a malformed date, changing nothing', async () => {
    const before = await core.workspaceInfo();
    await expect(core.edit({ op: { op: 'setDate', article: 'a_0000000000000000', date: '2024-01-01' } })).rejects.toThrow(/no article with id a_0000000000000000/);
    const { invokeApi } = await import('../../../electron/core/api');
    await expect(invokeApi(core, 'edit', { op: { op: 'setDate', article: october, date: '11 Oct' } })).rejects.toThrow(/expected a date like 2024-10-11/);
    expect(await core.workspaceInfo()).toEqual(before);
  });

  it('removes every article of a source file, and undo brings them back', async () => {
    const result = await core.edit({ op: { op: 'removeArticles', ids: [], source: shenzhenFile } });
    expect(result.canUndo).toBe(true);
    expect((await core.listArticles()).map((a) => a.id)).toEqual([november]);
    expect(await names()).not.toContain('深圳市职工发展基金会');
    expect((await core.stats()).articles).toBe(1);
    await expect(core.getArticle({ id: october })).rejects.toThrow(/no article/);
    await core.undo();
    expect((await core.listArticles()).map((a) => a.id).sort()).toEqual([october, november].sort());
    expect(await names()).toContain('深圳市职工发展基金会');
    await core.redo();
    expect(await names()).not.toContain('深圳市职工发展基金会');
    await core.undo();
  });

  it('analyzes the current, edited graph, and again after an edit', async () => {
    const before = await core.analyze({});
    expect(await core.analyze({ filter: {} })).toBe(before);
    const fund = before.entities.find((e) => e.name === '深圳市职工发展基金会')!;
    await core.edit({ op: { op: 'delete', id: fund.id } });
    const after = await core.analyze({});
    expect(after.entities.some((e) => e.id === fund.id)).toBe(false);
    expect(after.graph.nodes).toBe(before.graph.nodes - 1);
    await core.undo();
    expect((await core.analyze({})).entities.find((e) => e.id === fund.id)).toEqual(fund);
  });

  it('lists articles, entities, relations and stats within a date range', async () => {
    expect((await core.listArticles({ filter: { dateFrom: '2024-10-01', dateTo: '2024-10-31' } })).map((a) => a.id)).toEqual([october]);
    expect((await core.listArticles({ filter: { dateFrom: '2024-10-01', includeUndated: true } })).length).toBe(2);
    const stats = await core.stats({ filter: { dateFrom: '2024-10-11', dateTo: '2024-10-11' } });
    expect(stats.articles).toBe(1);
    expect(stats.entities.organisation).toBe(2);
    const relations = await core.listRelations({ filter: { dateTo: '2024-10-10' } });
    expect(relations).toEqual([]);
    expect(await names({ dateTo: '2024-10-31' })).not.toContain('舟山市总工会');
    // Nothing is dated before October: not even places known only from a relation stay.
    expect(await names({ dateTo: '2024-09-30' })).toEqual([]);
  });

  it('counts articles and mentions per period with empty periods and the undated apart', async () => {
    await core.edit({ op: { op: 'setDate', article: november, date: '2024-12-20' } });
    // Mentions of each article, read off the graph's article-to-entity edges.
    const graph = await core.getGraph({ filter: { includeArticles: true } });
    const mentionsIn = (article: string) => graph.edges.filter((e) => e.type === 'mentions' && e.source === article).reduce((n, e) => n + e.weight, 0);
    expect(mentionsIn(october)).toBeGreaterThan(0);
    expect(mentionsIn(november)).toBeGreaterThan(0);
    const months = await core.timeline({ bucket: 'month' });
    expect(months).toEqual({
      bucket: 'month',
      periods: [
        { start: '2024-10-01', articles: 1, mentions: mentionsIn(october) },
        { start: '2024-11-01', articles: 0, mentions: 0 },
        { start: '2024-12-01', articles: 1, mentions: mentionsIn(november) },
      ],
      undated: 0,
    });
    const weeks = await core.timeline({ bucket: 'week', filter: { dateTo: '2024-10-31' } });
    expect(weeks.periods).toEqual([{ start: '2024-10-07', articles: 1, mentions: mentionsIn(october) }]);
    await core.edit({ op: { op: 'setDate', article: november, date: null } });
    expect((await core.timeline({ bucket: 'day' })).undated).toBe(1);
  });
});

describe('editedArticles', () => {
  it('applies dates and removals in log order and keeps the same array for the same edits', () => {
    const at = '2024-01-01T00:00:00Z';
    const edits: StoredEdit[] = [
      { op: 'setDate', article: ARTICLES[0].id, date: '2023-05-01', seq: 1, at },
      { op: 'removeArticles', ids: [ARTICLES[1].id], seq: 2, at },
      { op: 'setDate', article: ARTICLES[0].id, date: '2023-06-01', seq: 3, at },
    ];
    const edited = editedArticles(ARTICLES, edits);
    expect(edited.map((a) => a.id)).toEqual(ARTICLES.filter((_, i) => i !== 1).map((a) => a.id));
    expect(edited[0]).toMatchObject({ date: '2023-06-01', dateSource: 'user' });
    expect(editedArticles(ARTICLES, edits)).toBe(edited);
    expect(editedArticles(ARTICLES, [])).toBe(ARTICLES);
    const graph = buildGraph({ articles: ARTICLES, extractions: extractionV1(), edits }).graph;
    expect(graph.nodes.some((n) => n.id === ARTICLES[1].id)).toBe(false);
    expect(graph.nodes.find((n) => n.id === ARTICLES[0].id)!.firstDate).toBe('2023-06-01');
  });
});
