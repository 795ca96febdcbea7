import { describe, expect, it } from 'vitest';
import { validDate } from '../../../../renderer/src/features/filters/DateField';

describe('dates typed in the filter', () => {
  it('accepts a year, a month or a day that exists, and empty', () => {
    for (const ok of ['', '2024', '2024-10', '2024-10-14', '2024-02-29']) expect(validDate(ok)).toBe(true);
    for (const bad of ['24-10-14', '2024-13', '2023-02-29', '2024/10/14', '十月']) expect(validDate(bad)).toBe(false);
  });
});
