import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectFiles, readSourceFile, SourceError } from '../../../electron/core/articles';

describe('collectFiles reads only what the user pointed at', () => {
  let base: string;
  let root: string;
  let server: Server;

  beforeAll(async () => {
    base = await mkdtemp(join(tmpdir(), 'zhitu-hostile-'));
    root = join(base, 'import');
    await mkdir(join(root, 'sub'), { recursive: true });
    await writeFile(join(base, 'secret.txt'), '系统文件');
    await writeFile(join(root, 'a.txt'), '正文');
    await symlink(join(base, 'secret.txt'), join(root, 'outside.txt'));
    await symlink(join(root, 'a.txt'), join(root, 'sub', 'inside.txt'));
    await symlink(join(root, 'loop-b'), join(root, 'loop-a'));
    await symlink(join(root, 'loop-a'), join(root, 'loop-b'));
    execFileSync('mkfifo', [join(root, 'pipe.txt')]);
    server = createServer();
    await new Promise<void>((done) => server.listen(join(root, 'socket.txt'), done));
    await writeFile(Buffer.concat([Buffer.from(`${root}/caf`), Buffer.from([0xe9]), Buffer.from('.txt')]), '正文');
  });

  afterAll(async () => {
    await new Promise((done) => server.close(done));
    await rm(base, { recursive: true, force: true });
  });

  it('skips a symbolic link leading outside the imported folder, naming where it leads', async () => {
    const { files, skipped } = await collectFiles([root]);
    expect(files.some((f) => f.endsWith('outside.txt'))).toBe(false);
    expect(skipped).toContainEqual({
      path: join(root, 'outside.txt'),
      reason: `symbolic link to ${join(base, 'secret.txt')}, outside the imported folder ${root}`,
    });
  });

  it('follows links outside the folder when asked to, and links inside it always (each file once)', async () => {
    const { files } = await collectFiles([root], { followLinksOutside: true });
    expect(files.some((f) => f.endsWith('outside.txt'))).toBe(true);
    expect(files.filter((f) => f.endsWith('a.txt') || f.endsWith('inside.txt'))).toHaveLength(1);
  });

  it('ends symbolic link loops with a reason', async () => {
    const { skipped } = await collectFiles([root]);
    expect(skipped).toContainEqual({ path: join(root, 'loop-a'), reason: 'symbolic link loop (too many levels of symbolic links)' });
  });

  it('skips named pipes and sockets with a reason, inside a folder and named directly', async () => {
    const { skipped } = await collectFiles([root, join(root, 'pipe.txt')]);
    expect(skipped).toContainEqual({ path: join(root, 'pipe.txt'), reason: 'not a regular file: a named pipe (FIFO)' });
    expect(skipped).toContainEqual({ path: join(root, 'socket.txt'), reason: 'not a regular file: a socket' });
    expect(skipped.filter((s) => s.path === join(root, 'pipe.txt'))).toHaveLength(2);
  });

  it('reports a file name that is not valid UTF-8 by its bytes', async () => {
    const { skipped } = await collectFiles([root]);
    expect(skipped).toContainEqual({ path: join(root, 'caf\\xe9.txt'), reason: 'file name is not valid UTF-8 (bytes 63 61 66 e9 2e 74 78 74)' });
  });

  it('refuses a character device named directly', async () => {
    const { files, skipped } = await collectFiles(['/dev/null']);
    expect(files).toEqual([]);
    expect(skipped).toEqual([{ path: '/dev/null', reason: 'not a regular file: a character device' }]);
  });
});

describe('readSourceFile', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'zhitu-read-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const reasonOf = async (read: Promise<unknown>): Promise<string> => {
    try {
      await read;
      return 'read';
    } catch (error) {
      return error instanceof SourceError ? error.reason : String(error);
    }
  };

  it('refuses a 200 MB file by its size, without reading it', async () => {
    const big = join(dir, 'dump.txt');
    await writeFile(big, '');
    await truncate(big, 200 * 1024 * 1024); // sparse: takes no disk space
    expect(await reasonOf(readSourceFile(big, { maxBytes: 20 * 1024 * 1024 }))).toBe('file too large (200 MB; the limit is 20 MB); it was not read');
  });

  it('refuses a named pipe at once instead of waiting for a writer', async () => {
    const pipe = join(dir, 'pipe.txt');
    execFileSync('mkfifo', [pipe]);
    expect(await reasonOf(readSourceFile(pipe, { maxBytes: 1024 }))).toBe('not a regular file: a named pipe (FIFO)');
  });

  it('reads an ordinary file whole', async () => {
    const file = join(dir, 'page.txt');
    await writeFile(file, '职工夜校'.repeat(100_000));
    expect(Buffer.from(await readSourceFile(file, { maxBytes: 20 * 1024 * 1024 })).toString('utf8')).toBe('职工夜校'.repeat(100_000));
  });
});
