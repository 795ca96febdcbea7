import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LayeredMap, SealedSet } from '../../../electron/core/graph/layered';

type Op = { kind: 'set'; key: string; value: number } | { kind: 'delete'; key: string } | { kind: 'clear' } | { kind: 'copy' };

const key: fc.Arbitrary<string> = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
const op: fc.Arbitrary<Op> = fc.oneof(
  { weight: 5, arbitrary: fc.record({ kind: fc.constant('set' as const), key, value: fc.integer() }) },
  { weight: 3, arbitrary: fc.record({ kind: fc.constant('delete' as const), key }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'clear' as const }) },
  { weight: 1, arbitrary: fc.constant({ kind: 'copy' as const }) },
);

/** Everything a reader of a map can see. */
function view(map: Map<string, { v: number }>): unknown {
  const seen: unknown[] = [];
  map.forEach((value, k) => seen.push([k, value.v]));
  return {
    entries: [...map].map(([k, value]) => [k, value.v]),
    keys: [...map.keys()],
    values: [...map.values()].map((value) => value.v),
    forEach: seen,
    size: map.size,
    lookups: ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((k) => [map.has(k), map.get(k)?.v]),
  };
}

describe('LayeredMap', () => {
  it('reads exactly like a copy of its base changed the same way, and never changes the base', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(key, fc.integer()), { maxLength: 6 }), fc.array(op, { maxLength: 25 }), (seed, ops) => {
        const base = new Map<string, { v: number }>(seed.map(([k, v]) => [k, { v }]));
        const before = view(base);
        const plain = new Map(base);
        let layer = new LayeredMap<string, { v: number }>(base);
        for (const o of ops) {
          if (o.kind === 'set') {
            const value = { v: o.value };
            expect(layer.set(o.key, value)).toBe(layer);
            plain.set(o.key, value);
          } else if (o.kind === 'delete') expect(layer.delete(o.key)).toBe(plain.delete(o.key));
          else if (o.kind === 'clear') {
            layer.clear();
            plain.clear();
          } else {
            const copy = layer.copy();
            // The copy goes on apart: a change to it does not reach the layer it came from.
            const was = view(layer);
            copy.set('z', { v: 0 });
            expect(view(layer)).toEqual(was);
            copy.delete('z');
            layer = copy;
          }
          expect(view(layer)).toEqual(view(plain));
        }
        expect(view(base)).toEqual(before);
      }),
      { numRuns: 500 },
    );
  });

  it('lists its changes to the base by position', () => {
    const base = new Map<string, { v: number }>([['a', { v: 1 }], ['b', { v: 2 }], ['c', { v: 3 }]]);
    const layer = new LayeredMap<string, { v: number }>(base);
    expect(layer.baseChanges()).toEqual([]);
    const c = { v: 30 };
    layer.set('c', c);
    layer.delete('a');
    layer.set('d', { v: 4 });
    expect(layer.baseChanges()).toEqual([{ at: 0, value: null }, { at: 2, value: c }]);
    expect([...layer.addedValues()]).toEqual([{ v: 4 }]);
  });
});

describe('SealedSet', () => {
  it('refuses changes once built', () => {
    const set = new SealedSet(['a']);
    expect([...set]).toEqual(['a']);
    expect(() => set.add('b')).toThrow(TypeError);
    expect(() => set.delete('a')).toThrow(TypeError);
    expect(() => set.clear()).toThrow(TypeError);
    expect(set.has('a')).toBe(true);
  });
});
