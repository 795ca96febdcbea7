import { spawnSync } from 'node:child_process';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFormat } from '../../../electron/shared/types';

// Export streams to disk: a process with a 32 MB heap writes files of over 64 MB (27 million
// characters of Chinese: as one string, 54 MB, more than the whole heap). No timing is asserted.
const CHILD = resolve('tests/core/export/big-export-child.ts');
const HEAP_MB = 32;
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'zhitu-small-heap-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function size(path: string): Promise<number> {
  const info = await stat(path);
  if (!info.isDirectory()) return info.size;
  let total = 0;
  for (const name of await readdir(path)) total += await size(join(path, name));
  return total;
}

describe('export with a small heap', () => {
  for (const format of ['gexf', 'csv'] as ExportFormat[]) {
    it(`writes a ${format} export over twice the size of the heap`, async () => {
      const out = join(dir, `big.${format}`);
      const run = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '--import', 'tsx', CHILD, format, out, '9000', '1000'], { encoding: 'utf8', timeout: 120_000 });
      expect(run.stderr).toBe('');
      expect(run.status).toBe(0);
      expect(await size(out)).toBeGreaterThan(2 * HEAP_MB * 1e6);
      expect((await readdir(dir)).filter((n) => n.endsWith('.tmp'))).toEqual([]);
      await rm(out, { recursive: true, force: true });
    }, 150_000);
  }
});
