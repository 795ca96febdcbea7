import { describe, expect, it, vi } from 'vitest';
import { buildSearchIndex, pinyinKeys, searchEntities, warmPinyin } from '../../../../renderer/src/features/search/search-index';
import type { SearchItem } from '../../../../renderer/src/features/search/search-index';

const items: SearchItem[] = [
  { id: 'o1', name: '深圳市总工会', type: 'organisation', aliases: ['深圳总工会'], weight: 12 },
  { id: 'o2', name: '深圳市职工发展基金会', type: 'organisation', aliases: [], weight: 5 },
  { id: 'o3', name: '中华全国总工会', type: 'organisation', aliases: ['全总'], weight: 20 },
  { id: 'p1', name: '李昱霖', type: 'person', aliases: [], weight: 2 },
  { id: 'g1', name: '深圳市', type: 'place', aliases: ['深圳'], weight: 30 },
  { id: 'x1', name: 'ABC Union', type: 'organisation', aliases: [], weight: 1 },
];
const index = buildSearchIndex(items);
const ids = (q: string) => searchEntities(index, q).map((h) => h.item.id);

describe('entity search', () => {
  it('computes pinyin initials and full pinyin', () => {
    expect(pinyinKeys('深圳市总工会')).toEqual({ initials: 'szszgh', full: 'shenzhenshizonggonghui' });
    expect(pinyinKeys('ABC Union').initials).toBe('abcunion');
  });

  it('finds by part of the name, exact and prefix matches first', () => {
    expect(ids('深圳市')).toEqual(['g1', 'o1', 'o2']);
    expect(ids('总工会')).toEqual(['o3', 'o1']);
  });

  it('finds by alias and says which alias matched', () => {
    const hits = searchEntities(index, '全总');
    expect(hits[0].item.id).toBe('o3');
    expect(hits[0].match).toBe('alias');
    expect(hits[0].alias).toBe('全总');
  });

  it('finds by pinyin initials and by full pinyin', () => {
    expect(ids('szszgh')).toEqual(['o1']);
    expect(ids('SZSZ')).toEqual(['o1', 'o2']);
    expect(ids('lyl')).toEqual(['p1']);
    expect(ids('shenzhenshiz')).toEqual(['o1', 'o2']);
    expect(ids('qz')).toEqual(['o3']);
  });

  it('computes the pinyin ahead in slices, so that a later query needs none', () => {
    vi.useFakeTimers();
    try {
      const fresh = buildSearchIndex(items);
      warmPinyin(fresh, 50);
      expect(fresh.entries.some((e) => e.pinyin !== undefined)).toBe(false);
      vi.runAllTimers();
      expect(fresh.entries.every((e) => e.pinyin !== undefined)).toBe(true);
      expect(searchEntities(fresh, 'szszgh').map((h) => h.item.id)).toEqual(['o1']);
    } finally {
      vi.useRealTimers();
    }
  });

  it('matches Latin names case-insensitively, and nothing for an empty query', () => {
    expect(ids('abc')).toEqual(['x1']);
    expect(ids('   ')).toEqual([]);
    expect(ids('不存在的名字')).toEqual([]);
  });

  it('searches 5,000 entities by pinyin, computing the pinyin of each name once and keeping it for later queries', () => {
    const many: SearchItem[] = [];
    for (let i = 0; i < 5_000; i++) many.push({ id: `e${i}`, name: `测试机构${String.fromCharCode(0x4e00 + (i % 5000))}${i}`, type: 'organisation', aliases: [], weight: i });
    const big = buildSearchIndex(many);
    expect(searchEntities(big, 'csjg', 5_000)).toHaveLength(5_000);
    const kept = big.entries.map((e) => e.pinyin);
    expect(kept.every((p) => p !== undefined)).toBe(true);
    // 一 is yi: the names that go on with it, and the second query reuses every computed pinyin.
    expect(searchEntities(big, 'csjgy', 5_000).map((h) => h.item.id)).toContain('e0');
    expect(big.entries.every((e, i) => e.pinyin === kept[i])).toBe(true);
  });
});
