import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openZhitu } from '../../../electron/core/api';
import { FILES_PER_BATCH } from '../../../electron/core/pipeline/import-batches';
import type { ImportTraceReport } from '../../../electron/core/pipeline/import-trace';
import { createInProcessRunner, type ExtractionRunner } from '../../../electron/core/pipeline/runner';
import { Workspace } from '../../../electron/core/store';

const ZHITU = join(import.meta.dirname, '..', '..', '..', 'bin', 'zhitu.mjs');
const CITIES = ['深圳', '舟山', '青海', '河池', '泰兴', '昆明'];
let tmp: string;
let pages: string;

beforeAll(async () => {
  tmp = await mkdtemp(join(tmpdir(), 'zhitu-resume-'));
  pages = join(tmp, 'pages');
  await mkdir(pages);
  // Three batches: the kill lands while the second is being committed (and the third extracted).
  for (let i = 0; i < FILES_PER_BATCH * 2 + 30; i++) {
    const city = CITIES[i % CITIES.length];
    await writeFile(join(pages, `page-${String(i).padStart(3, '0')}.txt`), `${city}市总工会举办第${i}期培训班\n\n本报讯(记者李丰)${city}市总工会日前举办第${i}期职工技能培训班,${i}名职工参加。\n`);
  }
});
afterAll(async () => {
  await rm(tmp, { recursive: true, force: true });
});

async function storedIds(dir: string): Promise<string[]> {
  const ws = await Workspace.open(dir);
  const ids: string[] = [];
  for (const shard of ws.shards()) ids.push(...(await ws.readArticles(shard)).map((a) => a.id));
  return ids;
}

describe('an import killed in the middle', () => {
  it('keeps the batches committed before the kill, and a re-run adds the rest: nothing lost, nothing twice', async () => {
    const ws = join(tmp, 'ws');
    const killed = spawnSync(process.execPath, [ZHITU, 'import', pages, '--workspace', ws], {
      env: { ...process.env, ZHITU_FAULTS: 'kill@import:shard-written#2', ZHITU_WORKERS: '0' },
      encoding: 'utf8',
    });
    expect(killed.signal).toBe('SIGKILL');
    const first = await storedIds(ws);
    // The first batch only: the two in flight (one being committed, one being extracted) are lost.
    expect(first.length).toBe(FILES_PER_BATCH);
    // The second batch's shard files were written but never listed in the catalog.
    expect((await readdir(join(ws, 'shards'))).filter((n) => n.startsWith('000002')).length).toBeGreaterThan(0);

    const again = await openZhitu({ dir: ws });
    const result = await again.importPaths({ paths: [pages] });
    await again.close();
    const fresh = await openZhitu({ dir: join(tmp, 'fresh'), create: true });
    const expected = (await fresh.importPaths({ paths: [pages] })).addedIds ?? [];
    await fresh.close();

    const ids = await storedIds(ws);
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort()).toEqual([...expected].sort());
    expect(result.addedIds?.length).toBe(expected.length - first.length);
    // The unlisted files of the killed batch are gone; every file left is named by the catalog.
    const reopened = await Workspace.open(ws);
    const listed = reopened.shards().flatMap((s) => [s.files.articles.name, s.files.extract.name, s.files.index.name]);
    expect((await readdir(join(ws, 'shards'))).sort()).toEqual(listed.sort());
    // Every file is known whole now, the killed batch's too (its files were read again, not taken as imported).
    expect(reopened.knownSources().size).toBe(FILES_PER_BATCH * 2 + 30);
  }, 180_000);
});

describe('an import of several batches', () => {
  it('takes an article met again in a later batch once, however far ahead the next batch was read', async () => {
    const dir = join(tmp, 'repeat');
    await mkdir(dir);
    const text = (i: number) => `${CITIES[i % CITIES.length]}市总工会举办第${i}期讲座\n\n本报讯 ${CITIES[i % CITIES.length]}市总工会日前举办第${i}期法律讲座,${i}名职工参加。\n`;
    for (let i = 0; i < FILES_PER_BATCH + 5; i++) await writeFile(join(dir, `p-${String(i).padStart(3, '0')}.txt`), text(i));
    // The last file, in the second batch, repeats the first file's article.
    await writeFile(join(dir, 'p-999.txt'), text(0));
    const zhitu = await openZhitu({ dir: join(tmp, 'ws-repeat'), create: true });
    const result = await zhitu.importPaths({ paths: [dir] });
    const articles = await zhitu.listArticles();
    await zhitu.close();
    expect(result.files).toBe(FILES_PER_BATCH + 6);
    expect(result.articles).toEqual({ added: FILES_PER_BATCH + 5, unchanged: 1 });
    expect(articles).toHaveLength(FILES_PER_BATCH + 5);
    expect(new Set(articles.map((a) => a.id)).size).toBe(articles.length);
  }, 120_000);
});

describe('an import of several batches, extracted in workers', () => {
  it('extracts the next batch while the last one is committed, and commits them in order', async () => {
    const dir = join(tmp, 'ws-overlap');
    const inner = createInProcessRunner();
    // Shards listed in the catalog when each batch's extraction starts. Extraction is made slower
    // than reading (as it is in workers), so that the next batch is read when this one is extracted.
    const committedAtStart: number[] = [];
    const runner: ExtractionRunner = {
      version: inner.version,
      async run(items, lexicon, onProgress, shouldStop) {
        const catalog = (() => {
          try {
            return JSON.parse(readFileSync(join(dir, 'catalog.json'), 'utf8')) as { shards: unknown[] };
          } catch {
            return { shards: [] };
          }
        })();
        committedAtStart.push(catalog.shards.length);
        await new Promise((resolve) => setTimeout(resolve, 1500));
        return inner.run(items, lexicon, onProgress, shouldStop);
      },
      close: () => inner.close(),
    };
    const zhitu = await openZhitu({ dir, create: true, runner });
    // Sent as uploads: read from memory, quicker than a batch's extraction however loaded the machine.
    const names = (await readdir(pages)).sort();
    const files = await Promise.all(names.map(async (name) => ({ name, base64: (await readFile(join(pages, name))).toString('base64') })));
    const result = await zhitu.importUploads({ files });
    await zhitu.close();
    // Three batches: the second and third start while the one before is not yet committed.
    expect(committedAtStart).toEqual([0, 0, 1]);
    const ws = await Workspace.open(dir);
    expect(ws.shards().map((s) => s.id)).toEqual([1, 2, 3]);
    expect(result.articles.added).toBe(FILES_PER_BATCH * 2 + 30);
    expect(await storedIds(dir)).toHaveLength(FILES_PER_BATCH * 2 + 30);
  }, 120_000);
});

describe('an import traced for the bench (ZHITU_IMPORT_TRACE)', () => {
  it('writes each phase it went through, with its time and peak memory, when the import ends', async () => {
    const file = join(tmp, 'trace.json');
    process.env.ZHITU_IMPORT_TRACE = file;
    try {
      const zhitu = await openZhitu({ dir: join(tmp, 'ws-traced'), create: true });
      await zhitu.importPaths({ paths: [pages] });
      await zhitu.close();
    } finally {
      delete process.env.ZHITU_IMPORT_TRACE;
    }
    const trace = JSON.parse(await readFile(file, 'utf8')) as ImportTraceReport;
    expect(Object.keys(trace.phases)).toEqual(expect.arrayContaining(['read', 'wait-extract', 'commit', 'build', 'snapshot']));
    // Three batches of files: each read, extracted and committed once; the graph is built (aggregated) once at the end.
    for (const phase of ['read', 'wait-extract', 'commit']) expect(trace.phases[phase].count, phase).toBe(3);
    expect(trace.phases.build.count).toBe(1);
    expect(trace.phases.snapshot.count).toBe(1);
    expect(trace.mainHeap.usedMb).toBeGreaterThan(0);
    expect(trace.phases.snapshot.peakHeapMb).toBeLessThanOrEqual(trace.mainHeap.usedMb);
    expect(trace.peakRssMb).toBeGreaterThanOrEqual(trace.phases.snapshot.peakRssMb);
    expect(trace.phases.snapshot.peakRssMb).toBeGreaterThan(0);
  }, 120_000);
});
