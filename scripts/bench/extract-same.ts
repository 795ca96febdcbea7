/**
 * Guard for extractor speed work: runs the extractor over a fixed, varied set of texts and writes
 * (`--save FILE`) or compares (`--compare FILE`) a canonical record of every mention, entity and
 * relation with its evidence. A change meant only to make extraction faster must compare identical.
 *
 *   npx tsx scripts/bench/extract-same.ts --save /tmp/extract-base.jsonl [--articles 3000]
 *   npx tsx scripts/bench/extract-same.ts --compare /tmp/extract-base.jsonl
 *
 * Texts: the development pages (tests/fixtures/dev-real, dev-real-2, dev-real-3, dev-real-4, dev-real-5, holdout — never
 * the held-out sets holdout-real*), the article fixtures, the sample in data/, each page whole and
 * split into its articles, and the first N generated articles of the bench corpus (5k corpus in
 * `.bench-cache`, built on first use). The fixture texts also run through `explain` (rule names)
 * and through an extractor with a user lexicon (entries and blocked names).
 */
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { loadDocument } from '../../electron/core/articles';
import { createExtractor } from '../../electron/core/extract/index';
import type { ExtractResult } from '../../electron/shared/types';
import { ensureCorpus } from './corpus';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const FIXTURE_DIRS = ['tests/fixtures/dev-real', 'tests/fixtures/dev-real-2', 'tests/fixtures/dev-real-3', 'tests/fixtures/dev-real-4', 'tests/fixtures/dev-real-5', 'tests/fixtures/holdout', 'tests/fixtures/articles', 'data'];

function arg(name: string): string | undefined {
  const k = process.argv.indexOf(name);
  return k >= 0 ? process.argv[k + 1] : undefined;
}

/** Texts of the fixture pages: each page whole, then each article the page splitter finds in it. */
function fixtureTexts(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const dir of FIXTURE_DIRS) {
    const abs = join(ROOT, dir);
    if (!existsSync(abs)) continue;
    for (const name of readdirSync(abs).sort()) {
      if (!/\.(txt|md|html)$/.test(name) || /^README|^BASELINE/.test(name)) continue;
      const bytes = readFileSync(join(abs, name));
      const id = `${dir}/${name}`;
      out.push([`${id}#raw`, bytes.toString('utf8')]);
      try {
        loadDocument(bytes, name).drafts.forEach((d, k) => out.push([`${id}#${k}`, d.text]));
      } catch (error) {
        console.error(`skipped splitting ${id}: ${(error as Error).message}`);
      }
    }
  }
  return out;
}

async function corpusTexts(n: number): Promise<Array<[string, string]>> {
  if (n <= 0) return [];
  const manifest = await ensureCorpus(5000, join(ROOT, '.bench-cache'));
  const out: Array<[string, string]> = [];
  const lines = createInterface({ input: createReadStream(manifest.textsFile, 'utf8'), crlfDelay: Infinity });
  for await (const line of lines) {
    if (out.length >= n) break;
    if (line.trim()) out.push([`corpus#${out.length}`, (JSON.parse(line) as { text: string }).text]);
  }
  lines.close();
  return out;
}

/** The result as one canonical line: fields in a fixed order, attrs' keys sorted. */
function canonical(r: ExtractResult): string {
  const entities = r.entities.map((e) => [e.type, e.name, e.surface, e.start, e.end, e.code ?? null]);
  const relations = r.relations.map((x) => [
    x.type,
    x.sourceType,
    x.source,
    x.targetType,
    x.target,
    x.label,
    x.start,
    x.end,
    x.attrs ? Object.keys(x.attrs).sort().map((k) => [k, x.attrs![k]]) : null,
  ]);
  return JSON.stringify({ entities, relations });
}

async function main(): Promise<void> {
  const save = arg('--save');
  const compare = arg('--compare');
  if (!save && !compare) {
    console.error('usage: extract-same.ts --save FILE | --compare FILE [--articles N]');
    process.exit(2);
  }
  const articles = Number(arg('--articles') ?? 3000);
  const fixtures = fixtureTexts();
  const corpus = await corpusTexts(articles);
  const plain = createExtractor();
  const taught = createExtractor({
    userLexicon: {
      entries: [
        { type: 'organisation', name: '平度美艺天艺', aliases: ['美艺天艺'] },
        { type: 'person', name: '张三丰' },
        { type: 'program', name: '暖心返乡路' },
      ],
      blocked: [{ type: 'place', name: '北京' }, { name: '全国总工会' }],
    },
  });
  const lines: string[] = [];
  const started = performance.now();
  for (const [id, text] of fixtures) {
    lines.push(`${id}\t${canonical(plain.extract(text))}`);
    lines.push(`${id}@explain\t${JSON.stringify(plain.explain(text).map((e) => [e.start, e.end, e.rule]))}`);
    lines.push(`${id}@user\t${canonical(taught.extract(text))}`);
  }
  for (const [id, text] of corpus) lines.push(`${id}\t${canonical(plain.extract(text))}`);
  const ms = performance.now() - started;
  const body = `${lines.join('\n')}\n`;
  const digest = createHash('sha256').update(body).digest('hex').slice(0, 16);
  console.log(`${fixtures.length} fixture texts, ${corpus.length} corpus articles, ${lines.length} records, sha256 ${digest}, ${(ms / 1000).toFixed(1)} s`);
  if (save) {
    writeFileSync(save, body);
    console.log(`saved ${save}`);
    return;
  }
  const base = readFileSync(compare!, 'utf8').split('\n');
  const now = body.split('\n');
  let differences = 0;
  for (let k = 0; k < Math.max(base.length, now.length); k++) {
    if (base[k] === now[k]) continue;
    differences++;
    if (differences <= 5) {
      console.log(`--- baseline line ${k + 1}: ${(base[k] ?? '(none)').slice(0, 600)}`);
      console.log(`+++ now      line ${k + 1}: ${(now[k] ?? '(none)').slice(0, 600)}`);
    }
  }
  if (differences) {
    console.log(`DIFFERENT: ${differences} of ${Math.max(base.length, now.length)} records differ`);
    process.exit(1);
  }
  console.log('IDENTICAL');
}

await main();
