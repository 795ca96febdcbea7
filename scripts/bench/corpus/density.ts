import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadDocument } from '../../../electron/core/articles';
import { createExtractor } from '../../../electron/core/extract';
import { ensureCorpus } from '../corpus';
import { loadMaterial, type Template } from './material';

// `npx tsx scripts/bench/corpus/density.ts [N]`: is the bench corpus as dense as real news?
// Prints chars, entities and typed relations per article for the development pages (their gold:
// a page's entities and relations over its articles), for the frozen material (slots and the
// relations found when it was frozen), and for a generated corpus of N articles (default 1000;
// today's extractor on its texts, and the articles the splitter finds in its pages).

const ROOT = join(import.meta.dirname, '..', '..', '..');
const SETS = ['dev-real', 'dev-real-2', 'dev-real-3', 'dev-real-4', 'dev-real-5'];
const f1 = (x: number): string => x.toFixed(1);

interface Gold {
  articles: unknown[];
  entities: unknown[];
  relations: unknown[];
}

const extractor = createExtractor();
function measure(texts: string[]): string {
  let entities = 0;
  let relations = 0;
  let chars = 0;
  for (const text of texts) {
    const r = extractor.extract(text);
    entities += new Set(r.entities.map((e) => `${e.type}\u0000${e.name}`)).size;
    relations += r.relations.filter((x) => x.type !== 'co_occurs').length;
    chars += text.length;
  }
  const n = texts.length;
  return `${n} articles, ${f1(chars / n)} chars, ${f1(entities / n)} entities, ${f1(relations / n)} typed relations (not co_occurs) per article (extractor; per 1,000 chars ${f1((1000 * entities) / chars)} and ${f1((1000 * relations) / chars)})`;
}

let all: string[] = [];
for (const set of SETS) {
  const dir = join(ROOT, 'tests', 'fixtures', set);
  let articles = 0;
  let entities = 0;
  let relations = 0;
  const texts: string[] = [];
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.gold.json')).sort()) {
    const gold = JSON.parse(await readFile(join(dir, name), 'utf8')) as Gold;
    articles += gold.articles.length;
    entities += gold.entities.length;
    relations += gold.relations.length;
    const page = name.replace('.gold.json', '.txt');
    texts.push(...loadDocument(readFileSync(join(dir, page)), page).drafts.map((d) => d.text));
  }
  all = all.concat(texts);
  console.log(`${set}: gold ${articles} articles, ${f1(entities / articles)} entities, ${f1(relations / articles)} relations per article (per page, over its articles); ${measure(texts)}`);
}
console.log(`all dev pages: ${measure(all)}`);
const sample = join(ROOT, 'data', '000_65facfb44480fdb1.txt');
console.log(`sample page: ${measure(loadDocument(readFileSync(sample), sample).drafts.map((d) => d.text))}`);

const material = loadMaterial();
const length = (t: Template): number => t.parts.join('').length + t.slots.reduce((n, s) => n + s.surface.length, 0);
let chars = 0;
let slots = 0;
let rels = 0;
for (const a of material) {
  chars += [a.title, ...a.sentences].reduce((n, t) => n + length(t), 0);
  slots += new Set([a.title, ...a.sentences].flatMap((t) => t.slots.map((s) => `${s.type}\u0000${s.name}`))).size;
  rels += [a.title, ...a.sentences].reduce((n, t) => n + (t.relations ?? 0), 0);
}
console.log(`material: ${material.length} articles, ${f1(chars / material.length)} chars, ${f1(slots / material.length)} entities (slots), ${f1(rels / material.length)} typed relations per article (frozen)`);

const n = Number(process.argv[2] ?? 1000);
const corpus = await ensureCorpus(n, join(ROOT, '.bench-cache'));
const texts = (await readFile(corpus.textsFile, 'utf8')).split('\n').filter(Boolean).map((l) => (JSON.parse(l) as { text: string }).text);
console.log(`corpus v${corpus.version} of ${n}: ${corpus.articlesFound} articles found by the splitter (${f1((100 * corpus.articlesFound) / n - 100)} %); designed ${f1(corpus.textChars / n)} chars, ${f1(corpus.entities / n)} entities, ${f1(corpus.relations / n)} relations per article; ${measure(texts)}`);
