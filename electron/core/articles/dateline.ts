import type { BylineEntry } from '../../shared/types';
import { creditWords, parseCredit } from './byline';
import { CREDIT_WORD, REPORTER_WORD } from './credit-words';
import { looksLikePersonName } from './surnames';
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
// A local dateline, `叙永讯` or `城关讯`: a place of 2-4 characters and 讯, which opens an item only
// when a credit follows (in brackets or not), so that words ending in 讯 (通讯, 资讯) are not taken.
const PLACE_LINE = new RegExp(`^[\\s【\\[■●◆▲★]*(?<place>\\p{Script=Han}{2,6}?)讯[】\\]]?\\s*(?=[（(]\\s*${CREDIT_WORD}|${CREDIT_WORD}|\\p{Script=Han}{2,4}\\s*报道)`, 'u');
// A local dateline with no credit after it (`潍坊讯 潍坊市总工会日前…`): the place, 讯 and a space, in a
// paragraph of prose; words ending in 讯 that are no place (通讯, 资讯, 简讯, 快讯, 喜讯...) are left out.
// ... or with no space, when the lead opens with its date (`城关讯近日,…`, `城关讯5月3日,…`).
const BARE_PLACE_LINE = /^[\s【[■●◆▲★]*(?<place>\p{Script=Han}{1,3}[^\P{Script=Han}通资简快喜短电传音死捷警视图新专特综要])讯[】\]]?(?:\s+(?=[\p{Script=Han}\d])|(?=\d{1,2}月\d{1,2}日|近日|日前|连日来|今年以来))/u;
const CREDIT = /^[（(【[]\s*([^（）()【】[\]]{1,48}?)\s*[)）】\]]\s*/u;
// A credit in brackets opening the paragraph with no agency before it: `(记者李娜 通讯员潘文苑)`.
const BARE_CREDIT = new RegExp(`^[（(]\\s*(${REPORTER_WORD}[^（）()]{1,40}?)\\s*[)）]\\s*`, 'u');
// A credit without brackets after the dateline, ending in 报道: `本报讯 记者X 通讯员Y报道`, `本报讯 X报道`.
const REPORTED = /^([^。，,！？!?“”（）()]{2,40}?)\s*报道\s*/u;
// Credit words with names, without brackets or 报道: `射阳讯 通讯员 朱海兵 记者 薛琴 8月15日,…`.
// A two-character name may be set with a space between its characters (`记者 江 涛`).
const OPEN_CREDIT = new RegExp(`^((?:${CREDIT_WORD}\\s*(?:\\p{Script=Han}{2,4}(?:[·•]\\p{Script=Han}{1,8})?|\\p{Script=Han}[ \\t\\u3000]\\p{Script=Han})\\s+)+)`, 'u');
// `北京电` or `北京10月11日电` right after the credit.
const PLACE_AFTER_CREDIT = new RegExp(`^(?<place>\\p{Script=Han}{2,6}?)(?:(?<month>\\d{1,2})月(?<day>\\d{1,2})日)?电${NOT_DIAN}\\s*`, 'u');

function partialDate(groups: Record<string, string | undefined> | undefined): PartialDate | null {
  if (!groups?.month || !groups.day) return null;
  return { year: null, month: Number(groups.month), day: Number(groups.day) };
}

/** A credit without brackets right after a dateline marker, as a match of the credit's text; null when none. */
function openCredit(rest: string): RegExpExecArray | null {
  const reported = REPORTED.exec(rest);
  if (reported && parseCredit(reported[1]).entries.length > 0 && creditOnly(reported[1])) return reported;
  return OPEN_CREDIT.exec(rest);
}

/** True when every word of a credit is a credit word, a name, or a credit word joined to a name. */
function creditOnly(inner: string): boolean {
  const words = creditWords(inner, /\s+/u);
  return words.every((w) => new RegExp(`^(?:${CREDIT_WORD})?(?:\\p{Script=Han}{2,4}(?:[·•]\\p{Script=Han}{1,8})?)?$`, 'u').test(w) && (new RegExp(`^${CREDIT_WORD}$`, 'u').test(w) || looksLikePersonName(w.replace(new RegExp(`^${CREDIT_WORD}`, 'u'), ''))));
}

/**
 * Parses the dateline that opens a report: `本报讯(记者李昱霖)`, `本报北京10月11日电(记者张三)`,
 * `新华社北京10月11日电`, a local `叙永讯(通讯员 陈晓燕)` (its place kept), credits without brackets
 * (`本报讯 记者X 通讯员Y报道`, `本报讯 X报道`, `射阳讯 通讯员 X 记者 Y`), or a bare `(记者李娜 通讯员潘文苑)`. Returns null for any other paragraph.
 * The place is set only when the dateline names one; the lead's own date (`10月11日,`) is not read here.
 */
export function parseDateline(paragraph: string): Dateline | null {
  const agency = AGENCY_LINE.exec(paragraph) ?? PLACE_LINE.exec(paragraph) ?? (/[。！？!?]/u.test(paragraph.slice(0, 400)) ? BARE_PLACE_LINE.exec(paragraph) : null);
  let length: number;
  let place: string | null;
  let date: PartialDate | null = null;
  let byline: BylineEntry[] = [];
  if (agency) {
    length = agency[0].length;
    place = agency.groups?.place ?? null;
    date = partialDate(agency.groups);
    const credit = CREDIT.exec(paragraph.slice(length, length + 64)) ?? openCredit(paragraph.slice(length, length + 64));
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
