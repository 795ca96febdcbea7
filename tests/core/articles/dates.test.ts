import { describe, expect, it } from 'vitest';
import { fileDateFromName } from '../../../electron/core/articles';
import { findMonthDay, mastheadDate, resolveDate } from '../../../electron/core/articles/dates';

describe('fileDateFromName', () => {
  it.each([
    ['2024-10-14.txt', '2024-10-14'],
    ['工人日报_2024_10_14_第3版.html', '2024-10-14'],
    ['page.2024.1.5.md', '2024-01-05'],
    ['grrb20241014-03.txt', '2024-10-14'],
    ['工人日报2024年10月14日.txt', '2024-10-14'],
    ['/archive/2023-01-01/20241014.txt', '2024-10-14'],
  ])('reads %s', (name, date) => {
    expect(fileDateFromName(name)).toBe(date);
  });

  it.each(['000_65facfb44480fdb1.txt', '2024-13-40.txt', '20240230.txt', '1234567890.txt', 'page.txt', '/2024-10-14/page.txt'])(
    'finds no date in %s',
    (name) => {
      expect(fileDateFromName(name)).toBeNull();
    },
  );
});

describe('resolveDate', () => {
  it('uses a written year first, then the page year, and never invents one', () => {
    expect(resolveDate({ year: 2023, month: 10, day: 9 }, '2024-10-14')).toBe('2023-10-09');
    expect(resolveDate({ year: null, month: 10, day: 9 }, '2024-10-14')).toBe('2024-10-09');
    expect(resolveDate({ year: null, month: 10, day: 9 }, null)).toBeNull();
  });

  it('puts a December date on a January page in the year before', () => {
    expect(resolveDate({ year: null, month: 12, day: 30 }, '2024-01-03')).toBe('2023-12-30');
    expect(resolveDate({ year: null, month: 2, day: 29 }, '2025-03-01')).toBe('2024-02-29');
    expect(resolveDate({ year: null, month: 10, day: 20 }, '2024-10-14')).toBe('2024-10-20');
  });

  it('rejects impossible dates', () => {
    expect(resolveDate({ year: 2024, month: 13, day: 1 }, null)).toBeNull();
    expect(resolveDate({ year: null, month: 4, day: 31 }, '2024-10-14')).toBeNull();
  });
});

describe('findMonthDay and mastheadDate', () => {
  it('finds 10月11日 and 2023年10月9日', () => {
    expect(findMonthDay('近日,10月11日,活动举行')).toEqual({ year: null, month: 10, day: 11 });
    expect(findMonthDay('2023年10月9日,会议召开')).toEqual({ year: 2023, month: 10, day: 9 });
    expect(findMonthDay('今年6月份以来')).toBeNull();
  });

  it('reads a masthead line and nothing else', () => {
    expect(mastheadDate('2024年10月14日 星期一 第3版')).toBe('2024-10-14');
    expect(mastheadDate('2024年10月14日')).toBe('2024-10-14');
    expect(mastheadDate('2024年10月14日,会议在北京召开')).toBeNull();
  });
});
