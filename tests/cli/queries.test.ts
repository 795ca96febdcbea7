import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalyticsResult, ArticleSummary, EntitySummary, RelationSummary, Stats } from '../../electron/shared/types';
import { cli, cliJson } from './run-cli';

let tmp: string;
let ws: string;
let shenzhen: string;
let zhoushan: string;
const W = (): string[] => ['--workspace', ws];

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-cli-queries-'));
  ws = join(tmp, 'ws');
  shenzhen = join(tmp, 'grrb-2024-10-14.txt');
  zhoushan = join(tmp, 'page-3.txt');
  await writeFile(shenzhen, '深圳市总工会发起成立基金会\n\n本报讯(记者刘友婷)10月11日,深圳市总工会发起成立深圳市职工发展基金会。深圳市总工会与舟山市总工会签署合作协议。\n');
  await writeFile(zhoushan, '舟山市总工会推出技能共富保\n\n本报讯(记者邹偶然)近日,浙江省舟山市总工会推出“技能共富保”。\n');
  expect((await cli(['import', shenzhen, ...W()])).code).toBe(0);
  expect((await cli(['import', zhoushan, '--page-date', '2024-11-02', ...W()])).code).toBe(0);
}, 120_000);
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

const articles = (): Promise<ArticleSummary[]> => cliJson<ArticleSummary[]>(['articles', ...W()]);

describe('zhitu dates, analysis and removal', () => {
  it('lists articles with their page date and where their date comes from', async () => {
    const list = await articles();
    expect(list.find((a) => a.source === zhoushan)).toMatchObject({ date: '2024-11-02', pageDate: '2024-11-02', dateSource: 'user' });
    expect(list.find((a) => a.source === shenzhen)).toMatchObject({ date: '2024-10-11', dateSource: 'dateline' });
    const bad = await cli(['import', zhoushan, '--page-date', 'yesterday', ...W()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--page-date: expected a date like 2024-10-11/);
  });

  it('keeps to --from/--to on entities, relations, stats, articles and export', async () => {
    const october = ['--from', '2024-10-01', '--to', '2024-10-31'];
    const names = (await cliJson<EntitySummary[]>(['entities', ...october, ...W()])).map((e) => e.name);
    expect(names).toContain('深圳市职工发展基金会');
    expect(names).not.toContain('技能共富保');
    const later = (await cliJson<EntitySummary[]>(['entities', '--from', '2024-11-01', ...W()])).map((e) => e.name);
    expect(later).toContain('技能共富保');
    expect(later).not.toContain('深圳市职工发展基金会');
    expect(await cliJson<RelationSummary[]>(['relations', '--to', '2024-10-01', ...W()])).toEqual([]);
    const stats = await cliJson<Stats>(['stats', '--from', '2024-11-02', '--to', '2024-11-02', ...W()]);
    expect(stats.articles).toBe(1);
    expect((await cliJson<ArticleSummary[]>(['articles', ...october, ...W()])).map((a) => a.source)).toEqual([shenzhen]);
    const out = join(tmp, 'october.json');
    expect((await cli(['export', '--format', 'json', '--out', out, ...october, ...W()])).code).toBe(0);
    const exported = await readFile(out, 'utf8');
    expect(exported).toMatch(/深圳市职工发展基金会/);
    expect(exported).not.toMatch(/技能共富保/);
    const bad = await cli(['entities', '--from', '10/11', ...W()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/expected a date like 2024-10-11/);
  });

  it('analyzes the graph: the JSON shape of the contract and a ranked table', async () => {
    const result = await cliJson<AnalyticsResult>(['analyze', ...W()]);
    expect(Object.keys(result).sort()).toEqual(['communities', 'entities', 'graph', 'modularity']);
    expect(result.graph).toMatchObject({ directed: false, weighted: true, coOccurs: true });
    expect(result.graph.nodes).toBe((await cliJson<EntitySummary[]>(['entities', ...W()])).length);
    expect(Object.keys(result.entities[0]).sort()).toEqual(['betweenness', 'community', 'degree', 'id', 'name', 'pagerank', 'type', 'weightedDegree']);
    expect(Object.keys(result.communities[0]).sort()).toEqual(['id', 'size', 'top']);
    const union = result.entities.find((e) => e.name === '深圳市总工会')!;
    expect(union.degree).toBeGreaterThan(1);
    expect(union.betweenness).toBeGreaterThan(0);
    const without = await cliJson<AnalyticsResult>(['analyze', '--no-cooccurs', ...W()]);
    expect(without.graph.coOccurs).toBe(false);
    expect(without.graph.edges).toBeLessThan(result.graph.edges);
    const october = await cliJson<AnalyticsResult>(['analyze', '--to', '2024-10-31', ...W()]);
    expect(october.entities.map((e) => e.name)).not.toContain('技能共富保');
    const table = await cli(['analyze', '--top', '3', ...W()]);
    expect(table.stdout).toMatch(/^graph: \d+ entities, \d+ edges \(undirected/);
    expect(table.stdout).toMatch(/rank\s+name\s+type\s+degree\s+weighted\s+betweenness\s+pagerank\s+community/);
    expect(table.stdout).toMatch(new RegExp(`\\n\\s+1\\s+${result.entities[0].name}\\s`));
    expect(table.stdout).toMatch(/more \(--top N, or --json for all\)/);
  });

  it('sets and clears an article date as an edit that undo takes back', async () => {
    const id = (await articles()).find((a) => a.source === shenzhen)!.id;
    expect((await cli(['set-date', id, '2023-03-08', ...W()])).code).toBe(0);
    expect((await articles()).find((a) => a.id === id)).toMatchObject({ date: '2023-03-08', dateSource: 'user' });
    expect((await cli(['set-date', id, '--clear', ...W()])).code).toBe(0);
    expect((await articles()).find((a) => a.id === id)).toMatchObject({ date: null, dateSource: null });
    expect((await cli(['undo', ...W()])).code).toBe(0);
    expect((await cli(['undo', ...W()])).code).toBe(0);
    expect((await articles()).find((a) => a.id === id)).toMatchObject({ date: '2024-10-11', dateSource: 'dateline' });
    const bad = await cli(['set-date', id, '8 March', ...W()]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/invalid argument for edit at op\.date: expected a date like 2024-10-11/);
    expect((await cli(['set-date', id, ...W()])).code).toBe(2);
    const missing = await cli(['set-date', 'a_0000000000000000', '2024-01-01', ...W()]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/no article with id a_0000000000000000/);
  });

  it('shows the contract schema\'s message for a bad edit argument, once', async () => {
    const id = (await cliJson<EntitySummary[]>(['entities', ...W()]))[0].id;
    const color = await cli(['annotate', id, '--color', 'red', ...W()]);
    expect(color.code).toBe(2);
    expect(color.stderr).toMatch(/invalid argument for edit at op\.color: expected a colour like #1f77b4/);
    const type = await cli(['retype', id, 'country', ...W()]);
    expect(type.code).toBe(2);
    expect(type.stderr).toMatch(/invalid argument for edit at op\.type/);
  });

  it('removes the articles of a source file, prints how many, and undo brings them back', async () => {
    const removed = await cliJson<{ removed: number }>(['remove', zhoushan, ...W()]);
    expect(removed).toEqual({ removed: 1 });
    expect((await articles()).map((a) => a.source)).toEqual([shenzhen]);
    expect((await cliJson<EntitySummary[]>(['entities', ...W()])).map((e) => e.name)).not.toContain('技能共富保');
    expect((await cli(['undo', ...W()])).code).toBe(0);
    expect((await articles()).length).toBe(2);
    const id = (await articles())[0].id;
    expect(await cliJson<{ removed: number }>(['remove', id, ...W()])).toEqual({ removed: 1 });
    expect((await cli(['undo', ...W()])).code).toBe(0);
    const nothing = await cli(['remove', join(tmp, 'never-imported.txt'), ...W()]);
    expect(nothing.code).toBe(1);
    expect(nothing.stderr).toMatch(/no article with this id, and no imported file with this path/);
  });

  it('explains the new commands and options in --help', async () => {
    const main = (await cli(['--help'])).stdout;
    for (const word of ['analyze', 'set-date', 'remove', '--from D']) expect(main).toContain(word);
    expect((await cli(['analyze', '--help'])).stdout).toMatch(/Usage: zhitu analyze \[--from D\] \[--to D\] \[--no-cooccurs\]/);
    expect((await cli(['remove', '--help'])).stdout).toMatch(/Usage: zhitu remove ID\|SOURCE/);
    expect((await cli(['set-date', '--help'])).stdout).toMatch(/--clear/);
    expect((await cli(['import', '--help'])).stdout).toMatch(/--page-date D/);
    for (const command of ['entities', 'relations', 'stats', 'export']) expect((await cli([command, '--help'])).stdout).toMatch(/--from D/);
  });
});
