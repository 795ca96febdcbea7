import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourcesFromPaths } from '../../../electron/core/pipeline/import';
import { sourceName, storedSourceFor } from '../../../electron/core/pipeline/source-name';

let root: string;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-sources-'));
  await mkdir(join(root, 'paper', '2024-10'), { recursive: true });
  await writeFile(join(root, 'paper', '2024-10', 'p1.txt'), '标题\n\n正文。');
  await writeFile(join(root, 'paper', 'front.txt'), '标题\n\n正文。');
  await writeFile(join(root, 'alone.md'), '# 标题\n\n正文。');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('the source an imported file is stored under', () => {
  it('is its path relative to the folder imported, or its name when imported alone; never absolute', async () => {
    const { sources } = await sourcesFromPaths([join(root, 'paper'), join(root, 'alone.md')]);
    expect(sources.map((s) => s.name).sort()).toEqual(['2024-10/p1.txt', 'alone.md', 'front.txt']);
    expect(sourceName(join(root, 'paper', '2024-10', 'p1.txt'), [root, join(root, 'paper')])).toBe('2024-10/p1.txt');
    expect(sourceName('/elsewhere/x.txt', [root])).toBe('x.txt');
  });

  it('is found again from the path the user names: the stored name, or the longest one the path ends with', () => {
    const stored = ['2024-10/p1.txt', 'p1.txt', 'front.txt'];
    expect(storedSourceFor('front.txt', stored)).toBe('front.txt');
    expect(storedSourceFor(join(root, 'paper', '2024-10', 'p1.txt'), stored)).toBe('2024-10/p1.txt');
    expect(storedSourceFor(join(root, 'elsewhere', 'p1.txt'), stored)).toBe('p1.txt');
    expect(storedSourceFor(join(root, 'paper', 'xfront.txt'), stored)).toBeNull();
    expect(storedSourceFor(join(root, 'never.txt'), stored)).toBeNull();
  });
});
