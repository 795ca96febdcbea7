import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Workspace } from '../../../electron/core/store';
import type { EditsFile } from '../../../electron/core/store/files';
import { listTempFiles } from '../../../electron/core/store/json-file';
import { runChild } from './child';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-json-file-'));
});
afterEach(async () => {
  delete process.env.ZHITU_FAULTS;
  await rm(dir, { recursive: true, force: true });
});

const editsText = (): Promise<string> => readFile(join(dir, 'edits.json'), 'utf8');
const onDisk = async (): Promise<EditsFile> => JSON.parse(await editsText()) as EditsFile;
const hasStrace = spawnSync('strace', ['-V']).status === 0;

/**
 * strace -f splits a call that another thread interrupts into `PID call(args <unfinished ...>` and a
 * later `PID <... call resumed>rest`; node's fs calls run on libuv's thread pool, so a busy machine
 * splits them often. Joins each pair back into one line, in the order the calls returned.
 */
function joinInterrupted(text: string): string[] {
  const pending = new Map<string, string>();
  const lines: string[] = [];
  for (const line of text.split('\n')) {
    const pid = /^(\d+)\s+/.exec(line)?.[1] ?? '';
    const unfinished = / <unfinished \.\.\.>$/.exec(line);
    if (unfinished) {
      pending.set(pid, line.slice(0, unfinished.index));
      continue;
    }
    const resumed = /<\.\.\. \w+ resumed>\s?/.exec(line);
    if (resumed) {
      lines.push((pending.get(pid) ?? '') + line.slice(resumed.index + resumed[0].length));
      pending.delete(pid);
      continue;
    }
    lines.push(line);
  }
  return lines;
}

describe('durable writes', () => {
  it.skipIf(!hasStrace)('fsyncs the new file before renaming it into place and the folder after, before the edit is acknowledged', async () => {
    await Workspace.open(dir, { create: true });
    const log = join(dir, 'strace.log');
    const child = spawnSync(
      'strace',
      ['-f', '-qq', '-e', 'trace=openat,fsync,fdatasync,rename,renameat,renameat2,write', '-o', log, process.execPath, '--import', 'tsx', resolve('tests/core/store/store-child.ts'), dir, 'append', '1', 'x'],
      { encoding: 'utf8' },
    );
    expect(child.stdout).toContain('"ack":1');
    const fds = new Map<string, string>();
    const events: string[] = [];
    for (const line of joinInterrupted(await readFile(log, 'utf8'))) {
      const open = /openat\(AT_FDCWD, "([^"]+)", [^)]*\) = (\d+)/.exec(line);
      if (open) fds.set(open[2]!, open[1]!);
      const sync = /fsync\((\d+)\)\s+= 0/.exec(line);
      if (sync) events.push(`fsync ${fds.get(sync[1]!)}`);
      const moved = /rename(?:at2?)?\((?:AT_FDCWD, )?"([^"]+)", (?:AT_FDCWD, )?"([^"]+)"/.exec(line);
      if (moved && moved[2] === join(dir, 'edits.json')) events.push(`rename ${moved[1]} edits.json`);
      if (/write\(1, "\{\\"ack/.test(line)) events.push('ack');
    }
    const rename = events.findIndex((e) => e.startsWith('rename'));
    const temp = events[rename]!.split(' ')[1]!;
    expect(temp).toMatch(/\/\.edits\.json\.\d+-\d+\.tmp$/);
    const fsyncTemp = events.indexOf(`fsync ${temp}`);
    const fsyncDir = events.indexOf(`fsync ${dir}`, rename);
    expect(fsyncTemp).toBeGreaterThanOrEqual(0);
    expect(fsyncTemp).toBeLessThan(rename);
    expect(fsyncDir).toBeGreaterThan(rename);
    expect(events.indexOf('ack')).toBeGreaterThan(fsyncDir);
  });

  for (const point of ['write', 'fsync', 'renamed'] as const) {
    it(`keeps every acknowledged edit when killed at "${point}" of a write, and removes the temporary file on open`, async () => {
      await Workspace.open(dir, { create: true });
      const run = await runChild(dir, ['append', '5', 'k'], { ZHITU_FAULTS: `kill@${point}:edits.json#3` });
      expect(run.signal).toBe('SIGKILL');
      const acked = run.lines.filter((l) => 'ack' in l).map((l) => l.ack);
      expect(acked).toEqual([1, 2]);
      const left = await listTempFiles(dir);
      expect(left.length).toBe(point === 'renamed' ? 0 : 1);
      const ws = await Workspace.open(dir);
      const seqs = ws.activeEdits().map((e) => e.seq);
      expect(seqs).toEqual(point === 'renamed' ? [1, 2, 3] : [1, 2]);
      expect(await listTempFiles(dir)).toEqual([]);
      expect(ws.warnings).toEqual([]);
    });
  }

  it("removes steno's temporary files of an older version on open", async () => {
    const ws = await Workspace.open(dir, { create: true });
    await ws.appendEdit({ op: 'delete', id: 'e_1' });
    await writeFile(join(dir, '.edits.json.tmp'), '{"edits":[');
    await writeFile(join(dir, '.articles.json.tmp'), '');
    await Workspace.open(dir);
    expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
    expect((await onDisk()).edits).toHaveLength(1);
  });
});

describe('a write that fails', () => {
  for (const code of ['ENOSPC', 'EIO']) {
    it(`(${code}) leaves the edit log and memory as they were, and canUndo agrees with the file`, async () => {
      const ws = await Workspace.open(dir, { create: true });
      await ws.appendEdit({ op: 'delete', id: 'e_1' });
      const before = await editsText();
      process.env.ZHITU_FAULTS = `${code}@write:edits.json`;
      await expect(ws.appendEdit({ op: 'delete', id: 'e_2' })).rejects.toMatchObject({ code });
      expect(await editsText()).toBe(before);
      expect(ws.activeEdits().map((e) => e.seq)).toEqual([1]);
      await expect(ws.undo()).rejects.toMatchObject({ code });
      expect(await editsText()).toBe(before);
      expect(ws.canUndo()).toBe((await onDisk()).cursor > 0);
      expect(ws.canUndo()).toBe(true);
      expect(await listTempFiles(dir)).toEqual([]);
      delete process.env.ZHITU_FAULTS;
      expect(await ws.undo()).toBe(true);
      expect(ws.canUndo()).toBe(false);
      expect((await onDisk()).cursor).toBe(0);
    });
  }

  it('keeps an edit that was written when only its backup fails, and says so', async () => {
    const ws = await Workspace.open(dir, { create: true });
    process.env.ZHITU_FAULTS = 'ENOSPC@backup:edits.json';
    const stored = await ws.appendEdit({ op: 'delete', id: 'e_1' });
    expect((await onDisk()).edits.map((e) => e.seq)).toEqual([stored.seq]);
    expect(ws.warnings.join('\n')).toMatch(/could not back up edits\.json: ENOSPC/);
  });
});
