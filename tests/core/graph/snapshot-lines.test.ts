import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Lines } from '../../../electron/core/graph/snapshot-lines';

const int = fc.oneof(fc.integer({ min: -5, max: 20 }), fc.integer(), fc.maxSafeInteger(), fc.constant(-0));
const line = fc.oneof(
  fc.array(int, { maxLength: 40 }),
  fc.record({ r: fc.array(int, { maxLength: 9 }), t: fc.dictionary(fc.nat({ max: 9 }).map(String), fc.string({ unit: 'grapheme' })) }),
  fc.record({ m: fc.array(int, { maxLength: 20 }) }),
);

/** The lines as `JSON.stringify` writes them, one per line. */
const expected = (values: unknown[]): string => values.map((v) => `${JSON.stringify(v)}\n`).join('');

describe('snapshot JSON lines', () => {
  it('are the bytes JSON.stringify gives, line after line, with each line byte length', () => {
    fc.assert(
      fc.property(fc.array(line, { maxLength: 30 }), (values) => {
        const lines = new Lines();
        for (const v of values) {
          if (Array.isArray(v)) lines.pushInts(v);
          else if ('m' in v) lines.pushWrapped('{"m":', v.m, '}');
          else lines.push(v);
        }
        const text = lines.bytes().toString('utf8');
        expect(text).toBe(expected(values));
        expect(lines.lengths).toEqual(values.map((v) => Buffer.byteLength(`${JSON.stringify(v)}\n`)));
      }),
    );
  });

  it('run over many megabytes, a line crossing from one buffer into the next', () => {
    const lines = new Lines();
    const values: unknown[] = [];
    for (let i = 0; i < 60_000; i++) {
      const v = i % 7 === 0 ? { r: [i, -1, i * 3], t: { 0: '新闻'.repeat(i % 50) } } : Array.from({ length: 1 + (i % 13) }, (_, k) => i * 1000 + k);
      values.push(v);
      lines.push(v);
    }
    const bytes = lines.bytes();
    expect(bytes.length).toBeGreaterThan(2 << 20);
    expect(bytes.toString('utf8')).toBe(expected(values));
    expect(lines.lengths.reduce((a, b) => a + b, 0)).toBe(bytes.length);
  });
});
