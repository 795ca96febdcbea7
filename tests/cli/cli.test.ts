import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleSummary, EntitySummary, ImportResult, RelationSummary, Stats } from '../../electron/shared/types';
import { cli, cliJson } from './run-cli';

const SAMPLE = resolve('data/000_65facfb44480fdb1.txt');
let tmp: string;
let ws: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-cli-'));
  ws = join(tmp, 'ws');
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

describe('zhitu command line', () => {
  it('prints help and exits 0 with --help, 2 on usage errors', async () => {
    const help = await cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/Usage: zhitu <command>/);
    expect((await cli(['import', '--help'])).stdout).toMatch(/Usage: zhitu import PATH/);
    const unknown = await cli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command 'frobnicate'/);
    expect((await cli(['import', '--nope'])).code).toBe(2);
    expect((await cli(['entities', '--type', 'country', '--workspace', ws])).code).toBe(2);
  });

  it('says there is no workspace and exits 1 where one is needed', async () => {
    const run = await cli(['articles', '--workspace', join(tmp, 'missing')]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no Zhitu workspace in .*missing/);
    expect(run.stdout).toBe('');
  });

  it('imports the sample page, and re-importing it adds nothing', async () => {
    const first = await cliJson<ImportResult>(['import', SAMPLE, '--workspace', ws]);
    expect(first).toMatchObject({ files: 1, articles: { added: 11, unchanged: 0 }, skipped: [] });
    expect(first.entities).toBeGreaterThan(50);
    expect(first.relations).toBeGreaterThan(20);
    expect(Object.keys(first).sort()).toEqual(['articles', 'entities', 'files', 'relations', 'skipped']);
    const again = await cliJson<ImportResult>(['import', SAMPLE, '--workspace', ws]);
    expect(again.articles).toEqual({ added: 0, unchanged: 11 });
  });

  it('skips a bad file with its reason and still imports the rest', async () => {
    const bad = join(tmp, 'bad.txt');
    await writeFile(bad, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0xff, 0x00]));
    const good = join(tmp, 'one.txt');
    await writeFile(good, '舟山市总工会推出技能共富保\n\n本报讯(记者邹偶然)近日,浙江省舟山市总工会推出“技能共富保”。');
    const result = await cliJson<ImportResult>(['import', bad, good, join(tmp, 'nothere.txt'), '--workspace', ws]);
    expect(result.articles.added).toBe(1);
    expect(result.skipped.map((s) => s.path)).toEqual(expect.arrayContaining([bad, join(tmp, 'nothere.txt')]));
    expect(result.skipped.find((s) => s.path === bad)!.reason).toMatch(/binary/);
  });

  it('lists articles, entities, relations and stats in the shapes of the contract', async () => {
    const articles = await cliJson<ArticleSummary[]>(['articles', '--workspace', ws]);
    expect(articles).toHaveLength(12);
    expect(Object.keys(articles[0]).sort()).toEqual(['byline', 'chars', 'date', 'dateSource', 'id', 'pageDate', 'place', 'source', 'title']);
    const orgs = await cliJson<EntitySummary[]>(['entities', '--type', 'organisation', '--workspace', ws]);
    expect(orgs.every((e) => e.type === 'organisation')).toBe(true);
    expect(orgs.map((e) => e.name)).toContain('深圳市总工会');
    const relations = await cliJson<RelationSummary[]>(['relations', '--workspace', ws]);
    expect(relations.some((r) => r.type === 'mentions')).toBe(false);
    expect(relations[0].evidence.length).toBeGreaterThan(0);
    const stats = await cliJson<Stats>(['stats', '--workspace', ws]);
    expect(stats.articles).toBe(12);
    expect(Object.keys(stats.entities).sort()).toEqual(['organisation', 'person', 'place', 'program']);
    const human = await cli(['articles', '--workspace', ws]);
    expect(human.stdout).toMatch(/全国建材行业工会建设经验交流活动/);
  });

  it('annotates, merges, undoes and re-extracts from the command line', async () => {
    const orgs = await cliJson<EntitySummary[]>(['entities', '--type', 'organisation', '--workspace', ws]);
    const union = orgs.find((e) => e.name === '深圳市总工会')!;
    expect((await cli(['annotate', union.id, '--note', '发起人', '--tag', '工会', '--color', '#d62728', '--workspace', ws])).code).toBe(0);
    expect((await cli(['annotate', union.id, '--color', 'red', '--workspace', ws])).code).toBe(2);
    await cli(['reextract', '--workspace', ws]);
    const after = await cliJson<EntitySummary[]>(['entities', '--type', 'organisation', '--workspace', ws]);
    expect(after.find((e) => e.id === union.id)).toMatchObject({ note: '发起人', tags: ['工会'], color: '#d62728' });
    expect((await cli(['undo', '--workspace', ws])).code).toBe(0);
    const undone = await cliJson<EntitySummary[]>(['entities', '--type', 'organisation', '--workspace', ws]);
    expect(undone.find((e) => e.id === union.id)!.note).toBeUndefined();
    const missing = await cli(['delete', 'e_doesnotexist', '--workspace', ws]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/delete: /);
  });

  it('deletes several entities as one step: one undo brings them all back', async () => {
    const before = await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws]);
    const three = before.slice(0, 3).map((e) => e.id);
    expect(three).toHaveLength(3);
    expect(await cliJson(['delete', ...three, '--workspace', ws])).toEqual({ deleted: 3 });
    const gone = await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws]);
    expect(gone.filter((e) => three.includes(e.id))).toEqual([]);
    expect((await cli(['undo', '--workspace', ws])).code).toBe(0);
    const back = await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws]);
    expect(back.map((e) => e.id).sort()).toEqual(before.map((e) => e.id).sort());
  });

  it('deletes several entities with one call (one log write, one group), or none when one id is wrong', async () => {
    const before = await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws]);
    const two = before.slice(0, 2).map((e) => e.id);
    const log = await readFile(join(ws, 'edits.json'), 'utf8');
    const refused = await cli(['delete', two[0], 'e_doesnotexist', two[1], '--workspace', ws]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/edit 2 of 3 \(delete e_doesnotexist\) refused, nothing applied: delete: no entity with id e_doesnotexist/);
    expect(await readFile(join(ws, 'edits.json'), 'utf8')).toBe(log);
    expect((await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws])).length).toBe(before.length);
    expect(await cliJson(['delete', ...two, '--workspace', ws])).toEqual({ deleted: 2 });
    const { edits, cursor } = JSON.parse(await readFile(join(ws, 'edits.json'), 'utf8')) as { edits: Array<{ op: string; id: string; group?: string }>; cursor: number };
    const last = edits.slice(cursor - 2, cursor);
    expect(last.map((e) => [e.op, e.id])).toEqual(two.map((id) => ['delete', id]));
    expect(last[0].group).toMatch(/^cli-/);
    expect(last[1].group).toBe(last[0].group);
    expect((await cli(['undo', '--workspace', ws])).code).toBe(0);
    expect((await cliJson<EntitySummary[]>(['entities', '--type', 'person', '--workspace', ws])).length).toBe(before.length);
  });

  it('extracts without storing, with offsets into the input as given', async () => {
    const text = '深圳市职工发展基金会秘书长夏海燕介绍道。';
    const out = JSON.parse((await cli(['extract', '-', '--no-split'], text)).stdout);
    const person = out.entities.find((e: { type: string }) => e.type === 'person');
    expect(person).toMatchObject({ name: '夏海燕', surface: '夏海燕' });
    expect(text.slice(person.start, person.end)).toBe('夏海燕');
    const jsonl = (await cli(['extract', '--jsonl', '--no-split'], '{"id":"a","text":"深圳市总工会"}\n{"id":"b","text":"青海省总工会"}\n')).stdout.trim().split('\n').map((l) => JSON.parse(l));
    expect(jsonl.map((o: { id: string }) => o.id)).toEqual(['a', 'b']);
    expect(jsonl[1].entities.map((e: { name: string }) => e.name)).toContain('青海省总工会');
    const page = await readFile(SAMPLE, 'utf8');
    const paged = JSON.parse((await cli(['extract', SAMPLE])).stdout);
    expect(paged.entities.length).toBeGreaterThan(100);
    for (const e of paged.entities) expect(page.slice(e.start, e.end)).toBe(e.surface);
    const badLine = await cli(['extract', '--jsonl'], 'not json\n');
    expect(badLine.code).toBe(1);
    expect(badLine.stderr).toMatch(/stdin line 1: not valid JSON/);
  });

  it('exports to a file and prints the written path', async () => {
    const out = join(tmp, 'graph.gexf');
    const run = await cli(['export', '--format', 'gexf', '--out', out, '--workspace', ws]);
    expect(run.code).toBe(0);
    expect(run.stdout.trim()).toBe(out);
    expect(await readFile(out, 'utf8')).toMatch(/深圳市总工会/);
    expect((await cli(['export', '--format', 'xlsx', '--out', out, '--workspace', ws])).code).toBe(2);
  });
});
