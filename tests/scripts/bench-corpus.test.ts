import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';

// The bench corpus is a function of CORPUS_VERSION, the seed and the frozen material
// (scripts/bench/corpus/material.json): building it must not load the extractor, whose changes
// would otherwise change the corpus the scale figures are measured on.
const loaded = vi.hoisted(() => ({ extractor: false }));
vi.mock('../../electron/core/extract', () => {
  loaded.extractor = true;
  return {};
});

const { buildCorpus, CORPUS_VERSION } = await import('../../scripts/bench/corpus');

async function files(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await files(p)));
    else out.push(p);
  }
  return out.sort();
}

/** SHA-256 of every file of a built corpus (relative path and bytes). */
async function digest(dir: string): Promise<string> {
  const hash = createHash('sha256');
  for (const file of await files(dir)) hash.update(`${relative(dir, file)}\n`).update(await readFile(file));
  return hash.digest('hex');
}

describe('bench corpus', () => {
  const dirs: string[] = [];
  afterAll(async () => {
    for (const dir of dirs) await rm(dir, { recursive: true, force: true });
  });
  const build = async (articles: number) => {
    const dir = await mkdtemp(join(tmpdir(), 'zhitu-corpus-'));
    dirs.push(dir);
    return { dir, manifest: await buildCorpus(articles, dir) };
  };

  it('is the same bytes at every build, pinned for its version, without the extractor', async () => {
    const a = await build(200);
    const b = await build(200);
    expect(await digest(a.dir)).toBe(await digest(b.dir));
    expect(loaded.extractor).toBe(false);
    // A new generator, material or gazetteer changes this: bump CORPUS_VERSION and pin the new digest.
    expect(CORPUS_VERSION).toBe(2);
    expect(await digest(a.dir)).toBe('e720744c0d0b39755583be59a0feb90e895ff83bbc272e30dacbde22a2037a35');
  });

  it('would see the extractor loaded (the check above is live): freeze-material.ts loads it', async () => {
    await import('../../scripts/bench/corpus/freeze-material');
    expect(loaded.extractor).toBe(true);
  });

  it('is split by the page splitter into (nearly) the articles generated', async () => {
    const { manifest } = await build(400);
    expect(Math.abs(manifest.articlesFound - manifest.articles) / manifest.articles).toBeLessThanOrEqual(0.02);
    expect(manifest.entities / manifest.articles).toBeGreaterThan(5);
    expect(manifest.relations / manifest.articles).toBeGreaterThan(3);
  });
});
