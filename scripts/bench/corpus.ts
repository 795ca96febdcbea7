import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { loadDocument } from '../../electron/core/articles';
import { loadGazetteer } from '../../electron/core/extract/gazetteer';
import { loadMaterial, type SourceArticle } from './corpus/material';
import { Namer } from './corpus/namer';
import { random } from './corpus/pools';

/** Bumped when the generator or its material changes, so that a cached corpus is built again (and figures are compared within a version). */
export const CORPUS_VERSION = 2;
const PER_PAGE = 10;
const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le'] as const;

/** What a built corpus holds (written as manifest.json next to its pages). */
export interface CorpusManifest {
  version: number;
  articles: number;
  pages: number;
  /** Folder of the page files (month subfolders). */
  pagesDir: string;
  /** JSON lines `{"text"}`: each generated article's text, for the segmenter reference. */
  textsFile: string;
  /** Characters and UTF-8 bytes of the articles' texts. */
  textChars: number;
  textBytes: number;
  /** Bytes of the page files as written (mixed encodings). */
  fileBytes: number;
  /** Articles the page splitter finds in the files (ideally `articles`). */
  articlesFound: number;
  /** Entities the generator put in the articles (distinct per article, summed; bylines included). */
  entities: number;
  /** Typed relations the extractor found in the material's sentences the articles use (when it was frozen). */
  relations: number;
}

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return iconv.encode(text, 'utf16le', { addBOM: true });
}

/** One article: a real article's headline and sentences with new names, a fresh dateline, paragraphs. */
function article(namer: Namer, sources: SourceArticle[], rand: () => number, month: number, day: number): { title: string; body: string[]; entities: number; relations: number } {
  namer.startArticle();
  const pick = (): SourceArticle => sources[Math.floor(rand() * sources.length)];
  const source = pick();
  const title = namer.fill(source.title).replace(/\s+/g, ' ').trim();
  const kept = source.sentences.filter(() => rand() < 0.9);
  // More than half of the reports go on with the sentences of a second one (real reports run longer than the material's briefs).
  const more = rand() < 0.6 ? pick().sentences.filter(() => rand() < 0.9) : [];
  const templates = [...(kept.length >= 3 ? kept : source.sentences), ...more];
  const sentences = templates.map((t) => namer.fill(t));
  const reporter = namer.randomPerson();
  const r = rand();
  let credited = [reporter];
  let dateline: string;
  if (r < 0.7) {
    const correspondent = namer.randomPerson();
    credited = [reporter, correspondent];
    dateline = `本报讯(记者${reporter} 通讯员${correspondent})${month}月${day}日,`;
  } else if (r < 0.9) dateline = `本报讯(记者${reporter})${month}月${day}日,`;
  else dateline = `本报${namer.randomCity()}${month}月${day}日电(记者${reporter})`;
  const body: string[] = [];
  for (let i = 0; i < sentences.length; ) {
    const take = 1 + Math.floor(rand() * 3);
    let text = sentences.slice(i, i + take).join('');
    if (i === 0) text = dateline + text;
    // Now and then a line broken inside a sentence, as the layout of real pages does (past the
    // dateline, and no line short enough to pass for a headline).
    if (rand() < 0.05 && i > 0 && text.length > 80) {
      const cut = 40 + Math.floor(rand() * (text.length - 80));
      text = `${text.slice(0, cut)}\n${text.slice(cut)}`;
    }
    body.push(text);
    i += take;
  }
  const relations = [source.title, ...templates].reduce((n, t) => n + (t.relations ?? 0), 0);
  return { title, body, entities: namer.articleEntities(credited), relations };
}

/**
 * Generates `articles` articles of labour news in pages of ten (one page file per page, month
 * subfolders, UTF-8, GB18030 and UTF-16 in turn, dated over one year in the file names and the
 * datelines) into `dir`, from the frozen material (sentences of the sample and development pages,
 * scripts/bench/corpus/material.json) with their entities given new names (see `Namer`). The
 * pages are a function of CORPUS_VERSION, the material, the gazetteer and the seeds: no extractor
 * runs here (only the splitter, to count the articles it finds).
 */
export async function buildCorpus(articles: number, dir: string): Promise<CorpusManifest> {
  const material = loadMaterial();
  const gaz = loadGazetteer();
  const namer = new Namer(gaz, articles, 20241014);
  const rand = random(7);
  const pages = Math.ceil(articles / PER_PAGE);
  const pagesDir = join(dir, 'pages');
  const textsFile = join(dir, 'texts.jsonl');
  await mkdir(pagesDir, { recursive: true });
  const texts = createWriteStream(textsFile);
  const manifest: CorpusManifest = { version: CORPUS_VERSION, articles, pages, pagesDir, textsFile, textChars: 0, textBytes: 0, fileBytes: 0, articlesFound: 0, entities: 0, relations: 0 };
  let written = 0;
  for (let p = 0; p < pages; p++) {
    const date = new Date(Date.UTC(2024, 0, 1) + Math.floor((p * 365) / pages) * 86_400_000);
    const month = date.getUTCMonth() + 1;
    const day = date.getUTCDate();
    const lines: string[] = [];
    for (let k = 0; k < PER_PAGE && written < articles; k++, written++) {
      const a = article(namer, material, rand, month, day);
      lines.push(a.title, ...a.body);
      manifest.entities += a.entities;
      manifest.relations += a.relations;
      const text = `${a.title}\n\n${a.body.join('\n\n')}`;
      manifest.textChars += text.length;
      manifest.textBytes += Buffer.byteLength(text, 'utf8');
      if (!texts.write(`${JSON.stringify({ text })}\n`)) await new Promise<void>((r) => texts.once('drain', () => r()));
    }
    const mm = String(month).padStart(2, '0');
    const name = `gongren-2024-${mm}-${String(day).padStart(2, '0')}-p${String(p).padStart(5, '0')}.txt`;
    await mkdir(join(pagesDir, `2024-${mm}`), { recursive: true });
    const bytes = encode(lines.join('\n\n'), ENCODINGS[p % ENCODINGS.length]);
    await writeFile(join(pagesDir, `2024-${mm}`, name), bytes);
    manifest.fileBytes += bytes.length;
    manifest.articlesFound += loadDocument(bytes, name).drafts.length;
  }
  await new Promise<void>((resolve, reject) => texts.end((error?: Error | null) => (error ? reject(error) : resolve())));
  return manifest;
}

/** The corpus of `articles` articles in `cacheDir`, built on first use and then reused. */
export async function ensureCorpus(articles: number, cacheDir: string): Promise<CorpusManifest> {
  const dir = join(cacheDir, `corpus-v${CORPUS_VERSION}-${articles}`);
  const manifestFile = join(dir, 'manifest.json');
  try {
    return JSON.parse(await readFile(manifestFile, 'utf8')) as CorpusManifest;
  } catch {
    // not built yet
  }
  const building = `${dir}.building`;
  await rm(building, { recursive: true, force: true });
  const built = await buildCorpus(articles, building);
  await rename(building, dir);
  const manifest = { ...built, pagesDir: join(dir, 'pages'), textsFile: join(dir, 'texts.jsonl') };
  await writeFile(manifestFile, JSON.stringify(manifest, null, 2));
  return manifest;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? '.bench-cache';
  console.log(JSON.stringify(await ensureCorpus(n, out), null, 2));
}
