import { basename } from 'node:path';

/** A calendar date as a text writes it; the year is missing when the text leaves it out. */
export interface PartialDate {
  year: number | null;
  month: number;
  day: number;
}

const pad = (n: number): string => String(n).padStart(2, '0');

function isValidDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function iso(year: number, month: number, day: number): string | null {
  return isValidDate(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

const NAME_PATTERNS: RegExp[] = [
  /(?<!\d)(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/,
  /(?<!\d)(\d{4})[-_.](\d{1,2})[-_.](\d{1,2})(?!\d)/,
  /(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)/,
];

/**
 * Finds a date in a file name: `2024-10-14`, `2024_10_14`, `2024.10.14`, `20241014` or
 * `2024年10月14日`. Directories in the path are ignored. Returns `YYYY-MM-DD`, or null.
 */
export function fileDateFromName(name: string): string | null {
  const base = basename(name);
  for (const pattern of NAME_PATTERNS) {
    const m = pattern.exec(base);
    if (!m) continue;
    const date = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (date) return date;
  }
  return null;
}

const MONTH_DAY = /(?<!\d)(?:(\d{4})\s*年\s*)?(\d{1,2})\s*月\s*(\d{1,2})\s*日/;

/** The first `M月D日` (optionally `YYYY年M月D日`) in a text, or null. */
export function findMonthDay(text: string): PartialDate | null {
  const m = MONTH_DAY.exec(text);
  if (!m) return null;
  return { year: m[1] ? Number(m[1]) : null, month: Number(m[2]), day: Number(m[3]) };
}

/**
 * Resolves a date against the page's date (`YYYY-MM-DD`, from the file name or the page).
 * A written year wins. Without one, the page's year is used; a month-day more than half a year
 * after the page date belongs to the year before (a December report on a January page).
 * Without any known year the result is null: a year is never invented.
 */
export function resolveDate(date: PartialDate, pageDate: string | null): string | null {
  if (date.year !== null) return iso(date.year, date.month, date.day);
  if (!pageDate) return null;
  const pageYear = Number(pageDate.slice(0, 4));
  const candidate = iso(pageYear, date.month, date.day);
  if (!candidate) return iso(pageYear - 1, date.month, date.day);
  const halfYearMs = 183 * 24 * 3600 * 1000;
  if (Date.parse(candidate) - Date.parse(pageDate) > halfYearMs) return iso(pageYear - 1, date.month, date.day);
  return candidate;
}

const MASTHEAD = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日(?:\s*(?:星期|周|礼拜)[一二三四五六日天])?(?:\s*(?:农历\S{2,8}))?(?:\s*第?\s*\d{1,3}\s*版(?:\s*\S{0,10})?)?$/;

/**
 * The date of a masthead line such as `2024年10月14日 星期一 第3版`, as `YYYY-MM-DD`, or null
 * when the line is anything else.
 */
export function mastheadDate(line: string): string | null {
  const m = MASTHEAD.exec(line.trim());
  return m ? iso(Number(m[1]), Number(m[2]), Number(m[3])) : null;
}
