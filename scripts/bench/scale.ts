import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import type { ImportTraceReport } from '../../electron/core/pipeline/import-trace';
import { EXPORT_FORMATS } from '../../electron/shared/types';
import { ensureCorpus } from './corpus';

// `npm run bench -- --scale [--articles N]`: the workspace at the size of a year of a paper.
// Every figure is a separate process timed with /usr/bin/time (wall seconds, peak RSS), except
// the API figures, which are measured inside one process after it opened the workspace.

const ROOT = join(import.meta.dirname, '..', '..');
const CACHE = join(ROOT, '.bench-cache');
const ZHITU = join(ROOT, 'bin', 'zhitu.mjs');

/** Wall time and peak memory of one process. */
export interface Timed {
  wallS: number;
  rssMb: number;
  code: number;
  stdout: string;
  stderr: string;
}

function timed(args: string[], env: NodeJS.ProcessEnv = process.env): Timed {
  const out = join(CACHE, `time-${process.pid}.txt`);
  const r = spawnSync('/usr/bin/time', ['-f', '%e %M', '-o', out, process.execPath, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 28, env });
  return { ...parseTime(spawnSync('cat', [out], { encoding: 'utf8' }).stdout), code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

function parseTime(text: string): { wallS: number; rssMb: number } {
  const line = text.trim().split('\n').pop() ?? '';
  const [wall, kb] = line.split(' ').map(Number);
  return { wallS: wall, rssMb: Math.round(kb / 1024) };
}

function zhitu(...args: string[]): Timed {
  return zhituWith(process.env, ...args);
}

function zhituWith(env: NodeJS.ProcessEnv, ...args: string[]): Timed {
  const r = timed([ZHITU, ...args], env);
  if (r.code !== 0) throw new Error(`zhitu ${args.join(' ')} failed (${r.code}): ${r.stderr.slice(-2000)}`);
  return r;
}

/** A step that may fail (main's export runs out of string length at 30k): its figures, or the error. */
function attempt(...args: string[]): Timed | { error: string } {
  try {
    return zhitu(...args);
  } catch (error) {
    return { error: (error as Error).message.split('\n').slice(0, 2).join(' ').slice(0, 300) };
  }
}

async function diskBytes(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    total += e.isDirectory() ? await diskBytes(p) : (await stat(p)).size;
  }
  return total;
}

const load = (): string => loadavg().map((x) => x.toFixed(2)).join(' ');
const fmt = (t: Timed): string => `${t.wallS.toFixed(2)} s, ${t.rssMb} MB`;
const ratio = (a: number, b: number): string => `${(a / b).toFixed(2)}x`;

/** The import's phases (wall and CPU seconds in each, peak RSS while it ran) and its CPU time. */
function phaseLine(t: ImportTraceReport): string {
  const phases = Object.entries(t.phases).map(([name, p]) => `${name} ${(p.ms / 1000).toFixed(1)} s (CPU ${(p.cpuMs / 1000).toFixed(1)} s) / ${p.peakRssMb} MB${p.peakHeapMb !== undefined ? ` (heap ${p.peakHeapMb})` : ''}`);
  const h = t.mainHeap;
  const heaps = h ? `; main heap peak ${h.usedMb} MB used / ${h.totalMb} MB reserved, external ${h.externalMb} MB (array buffers ${h.arrayBuffersMb} MB)` : '';
  const workers = t.workerHeaps?.length ? `; worker heaps ${t.workerHeaps.map((w) => `${w.used}/${w.total} MB`).join(', ')}` : '';
  return `${phases.join(', ')}; CPU ${(t.userMs / 1000).toFixed(1)} s user + ${(t.systemMs / 1000).toFixed(1)} s sys, peak ${t.peakRssMb} MB${heaps}${workers}`;
}

/** Runs the scale benchmark on a corpus of `articles` articles and prints every figure. */
export async function benchScale(articles: number, options: { reuse?: boolean; exports?: boolean; importOnly?: boolean } = {}): Promise<Record<string, unknown>> {
  console.log(`scale bench: ${articles} articles on ${cpus().length} core(s), Node ${process.version}; load before: ${load()}`);
  const corpus = await ensureCorpus(articles, CACHE);
  const per = (x: number): string => (x / corpus.articles).toFixed(1);
  console.log(
    `corpus v${corpus.version}: ${corpus.pages} page files, ${corpus.articles} articles (${corpus.articlesFound} found by the splitter), ${(corpus.textBytes / 1e6).toFixed(1)} MB of UTF-8 article text; per article ${(corpus.textChars / corpus.articles).toFixed(0)} chars, ${per(corpus.entities)} entities, ${per(corpus.relations)} typed relations (as generated: see scripts/bench/corpus/density.ts)`,
  );
  // Other sizes keep their own run folder, so that they leave the 30k workspace alone.
  const run = join(CACHE, articles === 30_000 ? 'run' : `run-${articles}`);
  const ws = join(run, 'ws');
  const one = join(run, 'one');
  const reuse = options.reuse === true && (await stat(join(ws, 'catalog.json')).catch(() => null)) !== null;
  let jieba: Timed | null = null;
  let refS = NaN;
  let imported: Timed | null = null;
  let result: { articles: { added: number }; entities: number; relations: number } | null = null;
  let trace: ImportTraceReport | null = null;
  if (reuse) {
    console.log(`reusing the workspace imported by the last run (${ws}): no jieba reference, no import`);
    await rm(one, { recursive: true, force: true });
    await mkdir(join(one, 'src'), { recursive: true });
  } else {
    await rm(run, { recursive: true, force: true });
    await mkdir(join(one, 'src'), { recursive: true });
    jieba = timed(['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'scale', 'jieba-tag.ts'), corpus.textsFile]);
    const ref = JSON.parse(jieba.stdout) as { chars: number; tagMs: number };
    refS = ref.tagMs / 1000;
    console.log(`jieba tag (reference, 1 thread): ${refS.toFixed(2)} s for ${(ref.chars / 1e6).toFixed(1)} M chars (${Math.round(ref.chars / refS / 1000)}k chars/s); process ${fmt(jieba)}`);
    const traceFile = join(run, 'import-trace.json');
    imported = zhituWith({ ...process.env, ZHITU_IMPORT_TRACE: traceFile }, 'import', corpus.pagesDir, '--workspace', ws, '--json');
    result = JSON.parse(imported.stdout) as { articles: { added: number }; entities: number; relations: number };
    console.log(`import: ${fmt(imported)} (${ratio(imported.wallS, refS)} jieba tag); ${result.articles.added} articles, ${result.entities} entities, ${result.relations} relations`);
    trace = JSON.parse(await readFile(traceFile, 'utf8')) as ImportTraceReport;
    console.log(`import phases (load ${load()}): ${phaseLine(trace)}`);
  }
  if (options.importOnly) {
    console.log(`load after: ${load()}`);
    return { articles, corpus, jieba: jieba && { tagS: refS, wallS: jieba.wallS, rssMb: jieba.rssMb }, import: imported && { wallS: imported.wallS, rssMb: imported.rssMb, ratio: imported.wallS / refS, ...result, trace } };
  }

  const disk = await diskBytes(ws);
  console.log(`disk: ${(disk / 1e6).toFixed(1)} MB for ${(corpus.textBytes / 1e6).toFixed(1)} MB of article text (${ratio(disk, corpus.textBytes)})`);

  const version = zhitu('--version');
  console.log(`zhitu --version: ${fmt(version)}`);

  const firstText = (await readFile(corpus.textsFile, 'utf8')).split('\n', 1)[0];
  await writeFile(join(one, 'src', 'one.txt'), (JSON.parse(firstText) as { text: string }).text);
  zhitu('import', join(one, 'src'), '--workspace', join(one, 'ws'));

  if (reuse) {
    // A snapshot of an older format is rebuilt by the first command: time that apart from the API figures.
    console.log(`first command on the reused workspace (rebuilds a snapshot of an older format): ${fmt(zhitu('stats', '--workspace', ws))}`);
  }
  const apiRun = timed(['--import', 'tsx', join(ROOT, 'scripts', 'bench', 'scale', 'api.ts'), ws]);
  if (apiRun.code !== 0) throw new Error(`api bench failed: ${apiRun.stderr.slice(-2000)}`);
  const api = JSON.parse(apiRun.stdout) as Record<string, number | string | null>;
  console.log(`api: open ${api.openMs} ms, first view ${api.firstViewMs} ms (${api.nodes} nodes, ${api.edges} edges, ${Math.round(Number(api.payloadBytes) / 1024)} KB), details ${api.topMs} ms (top node) / ${api.middleMs} ms (middle node), edge ${api.edgeMs ?? 'n/a'} ms; process ${fmt(apiRun)}`);

  const stats = zhitu('stats', '--workspace', ws);
  const stats1 = zhitu('stats', '--workspace', join(one, 'ws'));
  console.log(`stats: ${fmt(stats)} on ${articles}, ${fmt(stats1)} on one article (${ratio(stats.wallS, stats1.wallS)})`);

  const oneId = (JSON.parse(zhitu('entities', '--workspace', join(one, 'ws'), '--json').stdout) as Array<{ id: string }>)[0]?.id;
  const annotate = zhitu('annotate', String(api.topId), '--note', 'bench', '--workspace', ws);
  const annotate1 = oneId ? zhitu('annotate', oneId, '--note', 'bench', '--workspace', join(one, 'ws')) : null;
  console.log(`annotate: ${fmt(annotate)} on ${articles}, ${annotate1 ? fmt(annotate1) : 'n/a'} on one article (${annotate1 ? ratio(annotate.wallS, annotate1.wallS) : 'n/a'})`);

  // Every format, streamed to disk (#11: peak RSS < 1 GB, gexf/graphml/csv < 10 s each); the load before each run is printed beside it.
  const exports: Record<string, (Timed & { bytes: number; load: string }) | { error: string; load: string }> = {};
  for (const format of options.exports === false ? [] : EXPORT_FORMATS) {
    const out = join(run, `export.${format}`);
    const before = load();
    const r = attempt('export', '--format', format, '--out', out, '--workspace', ws);
    const bytes = 'error' in r ? 0 : await diskBytes(out).catch(async () => (await stat(out)).size);
    exports[format] = { ...r, bytes, load: before };
    console.log(`export ${format}: ${'error' in r ? `failed: ${r.error}` : `${fmt(r)}, ${(bytes / 1e6).toFixed(0)} MB written`} (load ${before})`);
    await rm(out, { recursive: true, force: true });
  }
  console.log(`load after: ${load()}`);
  const strip = ({ stdout: _o, stderr: _e, ...t }: Timed) => t;
  return {
    articles,
    corpus,
    jieba: jieba && { ...strip(jieba), tagS: refS },
    import: imported && { ...strip(imported), ratio: imported.wallS / refS, ...result, trace },
    disk: { bytes: disk, textBytes: corpus.textBytes, ratio: disk / corpus.textBytes },
    version: strip(version),
    api,
    stats: { big: strip(stats), one: strip(stats1), ratio: stats.wallS / stats1.wallS },
    annotate: { big: strip(annotate), one: annotate1 && strip(annotate1), ratio: annotate1 ? annotate.wallS / annotate1.wallS : null },
    export: Object.fromEntries(Object.entries(exports).map(([k, v]) => [k, 'error' in v ? v : { ...strip(v), bytes: v.bytes, load: v.load }])),
  };
}
