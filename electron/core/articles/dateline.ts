import type { BylineEntry } from '../../shared/types';
import { parseCredit } from './byline';
import type { PartialDate } from './dates';

/** What the opening dateline of a report says. */
export interface Dateline {
  byline: BylineEntry[];
  place: string | null;
  /** A date written in the dateline itself (`本报北京10月11日电`), not in the lead sentence. */
  date: PartialDate | null;
  /** Length of the dateline marker at the start of the paragraph. */
  length: number;
}

// `电` starting a word (电视, 电力, ...) is not the `电` of a dateline.
const NOT_DIAN = '(?![视话台影力子脑商网动器池梯站费厂路缆竞信量气车工源磁])';
const AGENCIES = '本报|本刊|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|中国新闻网|工人日报|人民日报';
// `本报讯`, `本报北京电`, `新华社北京10月11日电`, optionally in 【】 or after a bullet.
const AGENCY_LINE = new RegExp(
  `^[\\s【\\[■●◆▲★]*(?:${AGENCIES})(?:(?<place>\\p{Script=Han}{2,8}?)\\s*)?(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?\\s*(?:讯|电${NOT_DIAN})[】\\]]?\\s*`,
  'u',
);
const CREDIT = /^[（(]\s*([^（）()]{1,48}?)\s*[)）]\s*/u;
// A credit in brackets opening the paragraph with no agency before it: `(记者李娜 通讯员潘文苑)`.
const BARE_CREDIT = /^[（(]\s*((?:本报|本刊)?(?:特约|见习|实习)?(?:记者|通讯员)[^（）()]{1,40}?)\s*[)）]\s*/u;
// `北京电` or `北京10月11日电` right after the credit.
const PLACE_AFTER_CREDIT = new RegExp(`^(?<place>\\p{Script=Han}{2,6}?)(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?电${NOT_DIAN}\\s*`, 'u');

function partialDate(groups: Record<string, string | undefined> | undefined): PartialDate | null {
  if (!groups?.month || !groups.day) return null;
  return { year: null, month: Number(groups.month), day: Number(groups.day) };
}

/**
 * Parses the dateline that opens a report: `本报讯(记者李昱霖)`, `本报北京10月11日电(记者张三)`,
 * `新华社北京10月11日电`, or a bare `(记者李娜 通讯员潘文苑)`. Returns null for any other paragraph.
 * The place is set only when the dateline names one; the lead's own date (`10月11日,`) is not read here.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const agency = AGENCY_LINE.exec(paragraph);
  let length: number;
  let place: string | null;
  let date: PartialDate | null = null;
  let byline: BylineEntry[] = [];
  if (agency) {
    length = agency[0].length;
    place = agency.groups?.place ?? null;
    date = partialDate(agency.groups);
    const credit = CREDIT.exec(paragraph.slice(length));
    if (credit) {
      const parsed = parseCredit(credit[1]);
      byline = parsed.entries;
      place = place ?? parsed.place;
      length += credit[0].length;
    }
  } else {
    const bare = BARE_CREDIT.exec(paragraph);
    if (!bare) return null;
    const parsed = parseCredit(bare[1]);
    if (parsed.entries.length === 0) return null;
    byline = parsed.entries;
    place = parsed.place;
    length = bare[0].length;
  }
  const after = PLACE_AFTER_CREDIT.exec(paragraph.slice(length));
  if (after && place === null) {
    place = after.groups?.place ?? null;
    date = date ?? partialDate(after.groups);
    length += after[0].length;
  }
  return { byline, place, date, length };
}
