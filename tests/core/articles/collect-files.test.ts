import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles } from '../../../electron/core/articles';

describe('collectFiles', () => {
  let root: string;

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'zhitu-collect-'));
    const files = [
      'b.txt', 'a.md', 'c.html', 'B.htm', '.hidden.txt', '.git/config.txt', 'photo.PNG', 'scan.jpg', 'Thumbs.db',
      'report.pdf', 'notes.docx', 'README', 'sub/d.htm', 'sub/e.TXT', 'sub/deeper/f.txt', 'sub/.cache/g.txt',
    ];
    for (const file of files) {
      await mkdir(join(root, file, '..'), { recursive: true });
      await writeFile(join(root, file), '正文');
    }
    await symlink(root, join(root, 'sub', 'loop'));
  });

  afterAll(async () => {
    await rm(root, { recursive: true, force: true });
  });

  it('walks folders recursively in name order, skipping hidden files and folders', async () => {
    const { files } = await collectFiles([root]);
    expect(files.map((f) => f.slice(root.length + 1))).toEqual(['B.htm', 'a.md', 'b.txt', 'c.html', 'sub/d.htm', 'sub/deeper/f.txt', 'sub/e.TXT']);
  });

  it('skips pictures silently and reports other unsupported files', async () => {
    const { skipped } = await collectFiles([root]);
    expect(skipped).toEqual([
      { path: join(root, 'README'), reason: 'unsupported file type (no extension)' },
      { path: join(root, 'notes.docx'), reason: 'unsupported file type .docx' },
      { path: join(root, 'report.pdf'), reason: 'unsupported file type .pdf' },
    ]);
  });

  it('reports missing paths and unsupported files named directly, and lists each file once', async () => {
    const missing = join(root, 'nope.txt');
    const { files, skipped } = await collectFiles([join(root, 'b.txt'), missing, join(root, 'photo.PNG'), root, join(root, 'b.txt')]);
    expect(files[0]).toBe(join(root, 'b.txt'));
    expect(files.filter((f) => f.endsWith('b.txt'))).toHaveLength(1);
    expect(files).toHaveLength(7);
    expect(skipped.slice(0, 2)).toEqual([
      { path: missing, reason: 'not found' },
      { path: join(root, 'photo.PNG'), reason: 'unsupported file type .png' },
    ]);
  });

  it('gives the same answer every time', async () => {
    expect(await collectFiles([root])).toEqual(await collectFiles([root]));
  });
});
