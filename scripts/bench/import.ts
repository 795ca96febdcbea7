import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import iconv from 'iconv-lite';
import { collectFiles, decodeBytes, loadDocument, splitPage } from '../../electron/core/articles';

const SAMPLE = join(import.meta.dirname, '..', '..', 'data', '000_65facfb44480fdb1.txt');
const SURNAMES = [...'王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘'];
const GIVEN = [...'海涛静军楠欣丰娜明华强伟芳敏磊洋勇艳杰涛超霞平刚桂英'];
const PLACES = ['北京', '上海', '南京', '杭州', '成都', '西宁', '南宁', '长春', '贵阳', '济南'];
const ENCODINGS = ['utf-8', 'gb18030', 'utf-16le'] as const;

/** A small deterministic random source, so that every run builds the same corpus. */
export function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The sample page's reports, each as its headline and its sentences, to recombine. */
export async function material(): Promise<Array<{ headline: string; sentences: string[] }>> {
  const sample = await readFile(SAMPLE, 'utf8');
  return splitPage(sample).map((a) => ({
    headline: a.title,
    sentences: (a.text.slice(a.bodyStart).replace(/^本报讯\([^)]*\)/, '').match(/[^。！？\n]+[。！？]”?/g) ?? []).filter((x) => x.length >= 12 && !x.startsWith('”')),
  })).filter((r) => r.sentences.length >= 3);
}

/**
 * One generated page of `articles` reports. Each report takes the headline and sentences of one
 * sample report (so that it stays on one topic), a fresh dateline with names and a date, and now
 * and then a line broken inside a sentence, as the layout of real pages does.
 */
export function page(rand: () => number, reports: Array<{ headline: string; sentences: string[] }>, articles: number, month: number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const person = (): string => pick(SURNAMES) + pick(GIVEN) + (rand() < 0.5 ? pick(GIVEN) : '');
  const out: string[] = [];
  // Each report of the sample at most once a page: a page does not carry two stories on one topic.
  const order = reports.map((r) => ({ r, key: rand() })).sort((x, y) => x.key - y.key).map((x) => x.r);
  for (let a = 0; a < articles; a++) {
    const report = order[a % order.length];
    out.push(`${report.headline}${pick(['', '——新进展', '见实效', '再提速'])}`);
    const day = 1 + Math.floor(rand() * 28);
    const dateline = rand() < 0.7 ? `本报讯(记者${person()} 通讯员${person()})${month}月${day}日,` : `本报${pick(PLACES)}${month}月${day}日电(记者${person()})`;
    const paragraphs = 2 + Math.floor(rand() * 4);
    for (let p = 0; p < paragraphs; p++) {
      let text = Array.from({ length: 2 + Math.floor(rand() * 3) }, () => pick(report.sentences)).join('');
      if (p === 0) text = dateline + text;
      if (rand() < 0.15) {
        const cut = 1 + Math.floor(rand() * (text.length - 2));
        text = `${text.slice(0, cut)}\n\n${text.slice(cut)}`;
      }
      out.push(text);
    }
  }
  return out.join('\n\n');
}

function encode(text: string, encoding: (typeof ENCODINGS)[number]): Buffer {
  if (encoding === 'utf-8') return Buffer.from(text, 'utf8');
  if (encoding === 'gb18030') return iconv.encode(text, 'gb18030');
  return iconv.encode(text, 'utf16le', { addBOM: true });
}

/**
 * Import throughput without storage: generates pages of articles recombined from the sample page's
 * sentences, writes them in mixed encodings (UTF-8, GB18030, UTF-16LE), then times collectFiles,
 * reading, decoding and splitting. Also counts how many generated articles the splitter found.
 */
export async function benchImport(pages = 500, perPage = 10): Promise<Record<string, number>> {
  const dir = await mkdtemp(join(tmpdir(), 'zhitu-bench-import-'));
  try {
    const m = await material();
    const rand = random(20241014);
    for (let i = 0; i < pages; i++) {
      const month = 1 + (i % 12);
      const text = page(rand, m, perPage, month);
      const name = `gongren-2024-${String(month).padStart(2, '0')}-28-p${String(i).padStart(4, '0')}.txt`;
      await writeFile(join(dir, name), encode(text, ENCODINGS[i % ENCODINGS.length]));
    }

    const cpu0 = process.cpuUsage();
    const t0 = performance.now();
    const { files } = await collectFiles([dir]);
    const t1 = performance.now();
    const contents: Array<{ path: string; bytes: Buffer }> = [];
    for (const path of files) contents.push({ path, bytes: await readFile(path) });
    const t2 = performance.now();
    let articles = 0;
    let exactPages = 0;
    for (const { path, bytes } of contents) {
      const found = loadDocument(bytes, path).drafts.length;
      articles += found;
      if (found === perPage) exactPages++;
    }
    const t3 = performance.now();
    const cpu = process.cpuUsage(cpu0);
    for (const { bytes } of contents) decodeBytes(bytes);
    const t4 = performance.now();
    // Wall time suffers when other work shares the cores; CPU time of this process does much less.
    const cpuMs = (cpu.user + cpu.system) / 1000;

    const totalBytes = contents.reduce((n, c) => n + c.bytes.length, 0);
    const seconds = (t3 - t0) / 1000;
    const result = {
      cores: cpus().length,
      files: files.length,
      megabytes: totalBytes / 1e6,
      articlesExpected: pages * perPage,
      articlesFound: articles,
      pagesSplitExactly: exactPages,
      collectMs: t1 - t0,
      readMs: t2 - t1,
      decodeAndSplitMs: t3 - t2,
      decodeOnlyMs: t4 - t3,
      totalMs: t3 - t0,
      cpuMs,
      articlesPerSecond: articles / seconds,
      megabytesPerSecond: totalBytes / 1e6 / seconds,
      articlesPerCpuSecond: articles / (cpuMs / 1000),
      megabytesPerCpuSecond: totalBytes / 1e6 / (cpuMs / 1000),
    };
    console.log(
      `import: ${result.files} files (${result.megabytes.toFixed(1)} MB, UTF-8/GB18030/UTF-16), ${articles}/${result.articlesExpected} articles found, ` +
        `${exactPages}/${pages} pages split exactly; collect ${result.collectMs.toFixed(0)} ms, read ${result.readMs.toFixed(0)} ms, ` +
        `decode+split ${result.decodeAndSplitMs.toFixed(0)} ms (decode alone ${result.decodeOnlyMs.toFixed(0)} ms); ` +
        `${result.articlesPerSecond.toFixed(0)} articles/s, ${result.megabytesPerSecond.toFixed(2)} MB/s wall ` +
        `(${result.articlesPerCpuSecond.toFixed(0)} articles/s, ${result.megabytesPerCpuSecond.toFixed(2)} MB/s per CPU second) on ${result.cores} core(s)`,
    );
    return result;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await benchImport();
