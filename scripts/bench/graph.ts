import { pathToFileURL } from 'node:url';
import { GraphCache, buildGraph, filterGraph } from '../../electron/core/graph';
import type { GraphInput } from '../../electron/core/graph';
import type { Article, EditOp, EntityMention, ExtractResult, RelationMention, StoredEdit } from '../../electron/shared/types';

const ORGS = ['深圳市总工会', '舟山市总工会', '青海省总工会', '河池市总工会', '平度市总工会', '乐至县总工会'];
const PLACES = ['深圳市', '舟山市', '青海省', '河池市', '平度市', '乐至县'];
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'];
const GIVEN = [...'海涛静军楠欣丰娜明华强伟芳敏磊洋勇艳杰超霞平刚桂英'];

/** A generated corpus: its articles and one extraction result per article. */
export interface Corpus {
  articles: Article[];
  extractions: Record<string, ExtractResult>;
}

function articleOf(i: number, title: string, text: string, date: string, byline: Article['byline']): Article {
  const id = `a_${i.toString(16).padStart(16, '0')}`;
  return { id, title, subtitle: null, kicker: null, text, bodyStart: title.length + 2, date, pageDate: null, dateSource: 'dateline', place: null, byline, source: `p${i}.txt`, sourceIndex: 0, importedAt: '2024-10-14T00:00:00Z', chars: text.length };
}

function mentionAt(text: string, name: string, type: EntityMention['type'], from = 0): EntityMention {
  const start = text.indexOf(name, from);
  return { type, name, surface: name, start, end: start + name.length };
}

/**
 * The corpus of the edits benchmark: `n` articles of about 300 characters, each naming one of
 * six unions and one of six places (12 entities in all), no bylines, no relations.
 */
export function simpleCorpus(n: number): Corpus {
  const articles: Article[] = [];
  const extractions: Record<string, ExtractResult> = {};
  for (let i = 0; i < n; i++) {
    const org = ORGS[i % ORGS.length];
    const place = PLACES[(i * 7) % PLACES.length];
    const text = `第${i}号报道\n\n近日,${org}在${place}举办第${i}期职工技能培训班,${'职工参加培训。'.repeat(40)}`;
    const a = articleOf(i, `第${i}号报道`, text, '2024-10-11', []);
    articles.push(a);
    extractions[a.id] = { entities: [mentionAt(text, org, 'organisation'), mentionAt(text, place, 'place')], relations: [] };
  }
  return { articles, extractions };
}

/**
 * A denser corpus, closer to real pages: each article has a reporter byline, about ten mentions
 * of entities drawn from a few thousand (people, unions, places, programs), typed relations and
 * `co_occurs` between the entities of a sentence, and dates over two years.
 */
export function richCorpus(n: number): Corpus {
  const articles: Article[] = [];
  const extractions: Record<string, ExtractResult> = {};
  let seed = 12345;
  const rand = (k: number): number => {
    seed = (seed * 1664525 + 1013904223) >>> 0;
    return Math.floor((seed / 2 ** 32) * k);
  };
  const person = (k: number): string => SURNAMES[k % SURNAMES.length] + GIVEN[Math.floor(k / SURNAMES.length) % GIVEN.length] + GIVEN[Math.floor(k / 7) % GIVEN.length];
  const orgName = (k: number): string => `${PLACES[k % PLACES.length]}第${k}职工服务中心`;
  const program = (k: number): string => `第${k}期金秋助学`;
  for (let i = 0; i < n; i++) {
    // A few popular entities and a long tail.
    const org = rand(4) === 0 ? ORGS[rand(ORGS.length)] : orgName(rand(3000));
    const place = PLACES[rand(PLACES.length)];
    const chief = person(rand(5000));
    const reporter = person(5000 + rand(300));
    const prog = program(rand(2000));
    const s1 = `本报讯(记者${reporter})近日,${org}在${place}举办${prog}活动。`;
    const s2 = `${org}主席${chief}介绍,${prog}已覆盖职工${i}人。`;
    const s3 = '职工参加培训。'.repeat(10);
    const s4 = `${chief}表示,${org}将继续在${place}开展${prog}。`;
    const title = `第${i}号报道`;
    const text = `${title}\n\n${s1}${s2}${s3}\n${s4}`;
    const month = 1 + (i % 12);
    const date = `${2023 + (i % 2)}-${String(month).padStart(2, '0')}-${String(1 + (i % 28)).padStart(2, '0')}`;
    const a = articleOf(i, title, text, date, [{ name: reporter, role: '记者' }]);
    articles.push(a);
    const o1 = text.indexOf(s1);
    const o2 = text.indexOf(s2, o1);
    const o4 = text.indexOf(s4, o2);
    const entities: EntityMention[] = [
      mentionAt(text, reporter, 'person', o1),
      mentionAt(text, org, 'organisation', o1),
      { ...mentionAt(text, place, 'place', o1), code: '440300' },
      mentionAt(text, prog, 'program', o1),
      mentionAt(text, org, 'organisation', o2),
      mentionAt(text, chief, 'person', o2),
      mentionAt(text, prog, 'program', o2),
      mentionAt(text, chief, 'person', o4),
      mentionAt(text, org, 'organisation', o4),
      mentionAt(text, place, 'place', o4),
      mentionAt(text, prog, 'program', o4),
    ];
    const rel = (type: RelationMention['type'], source: [EntityMention['type'], string], target: [EntityMention['type'], string], label: string, at: number, s: string): RelationMention => ({
      type,
      source: source[1],
      sourceType: source[0],
      target: target[1],
      targetType: target[0],
      label,
      start: at,
      end: at + s.length,
    });
    const relations: RelationMention[] = [
      rel('organises', ['organisation', org], ['program', prog], '举办', o1, s1),
      rel('located_in', ['organisation', org], ['place', place], '', o1, s1),
      rel('co_occurs', ['organisation', org], ['program', prog], '', o1, s1),
      rel('role', ['person', chief], ['organisation', org], '主席', o2, s2),
      rel('co_occurs', ['person', chief], ['organisation', org], '', o2, s2),
      rel('co_occurs', ['person', chief], ['program', prog], '', o2, s2),
      rel('co_occurs', ['person', chief], ['organisation', org], '', o4, s4),
      rel('co_occurs', ['organisation', org], ['place', place], '', o4, s4),
    ];
    extractions[a.id] = { entities, relations };
  }
  return { articles, extractions };
}

/** Wall and CPU time of a call, in milliseconds. */
export function timed<T>(fn: () => T): { value: T; wallMs: number; cpuMs: number } {
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const value = fn();
  const wallMs = performance.now() - t0;
  const c = process.cpuUsage(c0);
  return { value, wallMs, cpuMs: (c.user + c.system) / 1000 };
}

const fmt = (t: { wallMs: number; cpuMs: number }): string => `${t.wallMs.toFixed(0)} ms wall / ${t.cpuMs.toFixed(0)} ms CPU`;

/**
 * What the service does after each change, with `GraphCache`: the first graph (aggregation),
 * then one annotation, one merge of two of the most mentioned entities, one undo and one save of
 * positions, each a new graph of the whole log.
 */
function benchCache(input: GraphInput): Record<string, { wallMs: number; cpuMs: number }> {
  const cache = new GraphCache();
  const first = timed(() => cache.build(input));
  const top = first.value.graph.nodes.filter((n) => n.type !== 'article').sort((a, b) => b.mentions - a.mentions);
  const edits: StoredEdit[] = [];
  const withEdit = (op: EditOp): GraphInput => {
    edits.push({ ...op, seq: edits.length + 1, at: '2024-10-20T00:00:00.000Z' } as StoredEdit);
    return { ...input, edits: [...edits] };
  };
  const annotate = timed(() => cache.build(withEdit({ op: 'annotate', id: top[0].id, note: '重点关注', tags: ['工会'] })));
  const merge = timed(() => cache.build(withEdit({ op: 'merge', target: top[0].id, sources: [top[1].id] })));
  const undo = timed(() => cache.build({ ...input, edits: edits.slice(0, 1) }));
  const move = timed(() => cache.build({ ...input, edits: edits.slice(0, 1), positions: { [top[0].id]: { x: 1, y: 2 } } }));
  return { first, annotate, merge, undo, move };
}

/** buildGraph from scratch, filterGraph, and rebuilds after edits with GraphCache, on generated corpora of `articles` articles. */
export async function benchGraph(articles = 30_000, runs = 3): Promise<Record<string, number>> {
  const out: Record<string, number> = {};
  for (const [name, make] of [['simple', simpleCorpus], ['rich', richCorpus]] as const) {
    const corpus = make(articles);
    const input: GraphInput = { ...corpus, edits: [] };
    // The first build is cold (no cached sentences); the best of the next runs shows the steady cost.
    const cold = timed(() => buildGraph(input));
    let graph = cold.value.graph;
    let best = { wallMs: Infinity, cpuMs: Infinity };
    for (let r = 0; r < runs; r++) {
      const t = timed(() => buildGraph({ ...input }));
      graph = t.value.graph;
      if (t.cpuMs < best.cpuMs) best = t;
    }
    console.log(`graph ${name}: ${articles} articles -> ${graph.nodes.length} nodes, ${graph.edges.length} edges; buildGraph cold ${fmt(cold)}, best of ${runs} more ${fmt(best)}`);
    out[`${name}.build.coldWallMs`] = cold.wallMs;
    out[`${name}.build.coldCpuMs`] = cold.cpuMs;
    out[`${name}.build.wallMs`] = best.wallMs;
    out[`${name}.build.cpuMs`] = best.cpuMs;
    const filters = {
      default: {},
      withArticles: { includeArticles: true },
      dateRange: { dateFrom: '2023-03-01', dateTo: '2023-06-30' },
      limit500: { limit: 500 },
    };
    const parts: string[] = [];
    for (const [fname, filter] of Object.entries(filters)) {
      const t = timed(() => filterGraph(graph, filter));
      parts.push(`${fname} ${fmt(t)} (${t.value.nodes.length} nodes)`);
      out[`${name}.filter.${fname}.wallMs`] = t.wallMs;
      out[`${name}.filter.${fname}.cpuMs`] = t.cpuMs;
    }
    console.log(`  filterGraph: ${parts.join('; ')}`);
    const steps = benchCache(input);
    console.log(`  GraphCache: ${Object.entries(steps).map(([k, t]) => `${k} ${fmt(t)}`).join('; ')}`);
    for (const [k, t] of Object.entries(steps)) {
      out[`${name}.cache.${k}.wallMs`] = t.wallMs;
      out[`${name}.cache.${k}.cpuMs`] = t.cpuMs;
    }
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 30_000);
  await benchGraph(n);
}
