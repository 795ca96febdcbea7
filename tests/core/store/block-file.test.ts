import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BLOCK_SIZE, decodeBlocks, encodeBlocks } from '../../../electron/core/store/block-file';
import { GRAPH_DIR, GraphFiles } from '../../../electron/core/store/graph-files';

let root: string;
let n = 0;
beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'zhitu-blocks-'));
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

// Text of several blocks, with multi-byte characters across block boundaries.
const text = fc.array(fc.constantFrom('工会', '职工', 'a', '\n', '深圳市总工会，', '{"m":[1,2,3]}'), { maxLength: 60_000 }).map((parts) => parts.join(''));

describe('snapshot files, compressed in blocks', () => {
  it('read back whole and by any range exactly as written', async () => {
    await fc.assert(
      fc.asyncProperty(text, fc.array(fc.tuple(fc.nat(), fc.nat({ max: 3 * BLOCK_SIZE })), { maxLength: 6 }), async (content, ranges) => {
        const dir = join(root, `ws${n++}`);
        const files = new GraphFiles(dir);
        await files.write([{ name: 'part.jsonl', content }]);
        expect(await files.readText('part.jsonl')).toBe(content);
        const bytes = Buffer.from(content, 'utf8');
        for (const [at, length] of ranges) {
          const offset = bytes.length === 0 ? 0 : at % bytes.length;
          const size = Math.min(length, bytes.length - offset);
          expect(await files.readRange('part.jsonl', offset, size)).toBe(bytes.subarray(offset, offset + size).toString('utf8'));
        }
      }),
      { numRuns: 25 },
    );
  });

  it('are the same bytes when the content is given in parts of any sizes', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat({ max: 3 * BLOCK_SIZE }), { maxLength: 8 }), async (sizes) => {
        let at = 0;
        const parts = sizes.map((size) => Buffer.from(Array.from({ length: size }, (_, i) => (at + i) % 251)).subarray(0, size)).map((b) => ((at += b.length), b));
        const whole = Buffer.concat(parts);
        const inParts = await encodeBlocks(parts);
        expect(inParts.equals(await encodeBlocks(whole))).toBe(true);
        expect(decodeBlocks(inParts).equals(whole)).toBe(true);
      }),
      { numRuns: 40 },
    );
  });

  it('take less room than the text, and a file written before compression still reads', async () => {
    const content = Buffer.from('深圳市总工会举办职工夜校。\n'.repeat(20_000), 'utf8');
    const packed = await encodeBlocks(content);
    expect(packed.length).toBeLessThan(content.length / 4);
    expect(decodeBlocks(packed).equals(content)).toBe(true);
    const dir = join(root, `ws${n++}`);
    await mkdir(join(dir, GRAPH_DIR, 'b1-1'), { recursive: true });
    await writeFile(join(dir, GRAPH_DIR, 'current.json'), JSON.stringify({ build: 'b1-1' }));
    await writeFile(join(dir, GRAPH_DIR, 'b1-1', 'old.jsonl'), 'plain\nlines\n');
    const files = new GraphFiles(dir);
    expect(await files.readText('old.jsonl')).toBe('plain\nlines\n');
    expect(await files.readRange('old.jsonl', 6, 5)).toBe('lines');
    expect((await readFile(join(dir, GRAPH_DIR, 'b1-1', 'old.jsonl'), 'utf8')).length).toBe(12);
  });
});
