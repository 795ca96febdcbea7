import { describe, expect, it } from 'vitest';
import { readSession, writeSession } from '../../../renderer/src/state/session';
import { defaultFilter } from '../../../renderer/src/state/store';

function memory(): Storage {
  const data = new Map<string, string>();
  return { getItem: (k: string) => data.get(k) ?? null, setItem: (k: string, v: string) => void data.set(k, v) } as Storage;
}

describe('the view kept across reloads', () => {
  it('gives back the filters, sizing and layout of the same workspace only', () => {
    const store = memory();
    const filter = { ...defaultFilter(), limit: null, types: ['person' as const], neighbourhood: 2 };
    writeSession('/ws/a', { filter, sizeBy: 'degree', layout: 'concentric' }, store);
    const back = readSession('/ws/a', store);
    // The neighbourhood depends on a selection, which a reload does not keep.
    expect(back).toEqual({ filter: { ...filter, neighbourhood: 0 }, sizeBy: 'degree', layout: 'concentric' });
    expect(readSession('/ws/b', store)).toBeNull();
  });

  it('ignores damaged saved data', () => {
    const store = memory();
    store.setItem('zhitu.session./ws/a', '{not json');
    expect(readSession('/ws/a', store)).toBeNull();
  });
});
