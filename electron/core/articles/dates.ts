import { PAPER_NAME } from './furniture';
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

// A full date as mastheads write it: 2024年10月14日, 2009.08.20, 2024-10-14, 2024/10/14.
const FULL_DATE = /(?<!\d)(\d{4})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d))/u;
const WEEKDAY = /(?:星期|礼拜)[一二三四五六日天]|(?<![\p{Script=Han}])周[一二三四五六日]/u;
const PAGE_NUMBER = /第\s*[\d０-９一二三四五六七八九十]{1,3}\s*版/u;
const MAX_MASTHEAD = 60;
const PAPER_BESIDE_DATE = new RegExp(`^${PAPER_NAME}$`, 'u');

/**
 * The date of a masthead line, as `YYYY-MM-DD`, or null when the line is anything else. A masthead
 * line holds a full date and nothing but page furniture: the date alone, or with a weekday or a page
 * number around it and the paper's and section's names (`工人日报 2021年5月11日 星期二 第05版 新闻·地方`,
 * `江苏工人报 2009.08.20 星期四 第2版`, `2024年10月14日 星期一`). A sentence that starts with a date is none.
 */
export function mastheadDate(line: string): string | null {
  const t = line.trim();
  if (t.length > MAX_MASTHEAD || /[。，,；;！？!?：:“”"]/u.test(t)) return null;
  const m = FULL_DATE.exec(t);
  if (!m) return null;
  const alone = t.replace(m[0], '').replace(WEEKDAY, '').replace(PAGE_NUMBER, '').replace(/农历\S{2,8}/u, '').trim() === '';
  // The date beside the paper's name and nothing else (`工人日报 2019年11月20日`, `2008年2月3日 工人日报`).
  const besidePaper = PAPER_BESIDE_DATE.test(t.replace(m[0], ' ').trim());
  if (!alone && !besidePaper && !WEEKDAY.test(t) && !PAGE_NUMBER.test(t)) return null;
  return iso(Number(m[1]), Number(m[2] ?? m[4]), Number(m[3] ?? m[5]));
}

/**
 * The page date written in a file's path: in the file name (`20241014_03.txt`, `grrb-2024-10-14.txt`),
 * else in its folders, nearest first: one folder holding a whole date (`2024-10-14/page.txt`) or
 * year, month and day folders (`grrb/2024/10/14/page-03.txt`, `2024/10-14/`). `YYYY-MM-DD`, or null.
 */
export function pathDate(path: string): string | null {
  const fromName = fileDateFromName(path);
  if (fromName) return fromName;
  const folders = path.split(/[\\/]+/u).slice(0, -1);
  for (let i = folders.length - 1; i >= 0; i--) {
    const whole = fileDateFromName(folders[i]);
    if (whole) return whole;
    // .../YYYY/MM/DD or .../YYYY/MM-DD or .../YYYY/MMDD, read from the year folder on.
    if (!/^\d{4}$/u.test(folders[i])) continue;
    const rest = folders.slice(i + 1, i + 3).join('/');
    const m = /^(\d{1,2})(?:\/|-|_)?(\d{2})(?:\/|$)|^(\d{1,2})\/(\d{1,2})$/u.exec(rest);
    if (!m) continue;
    const date = iso(Number(folders[i]), Number(m[1] ?? m[3]), Number(m[2] ?? m[4]));
    if (date) return date;
  }
  return null;
}

const MONTH_ONLY = /(?<![\d年])(\d{1,2})\s*月(?:上旬|中旬|下旬|初|底|末)/u;

/**
 * A part of a month named without a day in a report's opening sentence (`8月中旬`, `6月底`; not `6月以来`, which dates nothing), resolved with
 * the page's year the way {@link resolveDate} resolves a day: `YYYY-MM`, or null without a year.
 */
export function findMonth(text: string, pageDate: string | null): string | null {
  const m = MONTH_ONLY.exec(text);
  if (!m || !pageDate) return null;
  const month = Number(m[1]);
  if (month < 1 || month > 12) return null;
  const pageYear = Number(pageDate.slice(0, 4));
  const year = month - Number(pageDate.slice(5, 7)) > 6 ? pageYear - 1 : pageYear;
  return `${year}-${pad(month)}`;
}
