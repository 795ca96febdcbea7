import type { ArticleDraft, BylineEntry, DateSource } from '../../shared/types';
import type { TailCredit } from './byline';
import { captionCredit, parseBylineLine, trailingCredit } from './byline';
import { bareNames, closingNames, inlineCredit } from './closing-credits';
import { parseDateline } from './dateline';
import type { PartialDate } from './dates';
import { findMonth, findMonthDay, resolveDate } from './dates';
import type { Paragraph } from './paragraphs';
import { isEditorNote, isNotebookKicker, kickerPlacement } from './paragraphs';

/** The paragraphs of one article, as the splitter assigned them. */
export interface ArticleParts {
  head: Paragraph[];
  credits: Paragraph[];
  body: Paragraph[];
}

const MAX_DERIVED_TITLE = 30;

/** The credit that ends a paragraph: in brackets, written on after the last sentence, or (closing the article) names in brackets. */
const tailCredit = (text: string, last: boolean): TailCredit | null => trailingCredit(text) ?? inlineCredit(text) ?? (last ? closingNames(text) : null);

/** The people a paragraph credits; `last` tells whether it closes the article (where role-less names in brackets credit authors). */
function bylineOf(p: Paragraph, last: boolean): BylineEntry[] {
  switch (p.kind) {
    case 'byline':
      return parseBylineLine(p.text) ?? bareNames(p.text) ?? [];
    case 'dateline':
      // A report of one paragraph closes it with its credit too: `本报讯 4月1日,…。(记者 张三)`.
      return [...(parseDateline(p.text)?.byline ?? []), ...(tailCredit(p.text, last)?.entries ?? [])];
    case 'caption':
      return captionCredit(p.text)?.entries ?? [];
    case 'body':
      return tailCredit(p.text, last)?.entries ?? [];
    default:
      return [];
  }
}

// Roles of a report's writer: a role-less closing credit of the same name (`（张三）`) repeats them.
const WRITER_ROLES = new Set(['记者', '通讯员']);

/** The credits without repeats: a name once per role, and no 作者 row for a name credited as reporter or correspondent. */
function uniqueEntries(entries: BylineEntry[]): BylineEntry[] {
  const seen = new Set<string>();
  const writers = new Set(entries.filter((e) => WRITER_ROLES.has(e.role)).map((e) => e.name));
  return entries.filter((e) => {
    if (e.role === '作者' && writers.has(e.name)) return false;
    const key = `${e.role}\u0000${e.name}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The paragraph that opens the report: the first of the body, past an editor's note standing over a dateline. */
function opening(parts: ArticleParts): Paragraph | undefined {
  const i = parts.body.findIndex((p) => p.kind === 'dateline');
  if (i > 0 && parts.body.slice(0, i).every((p) => p.kind === 'body' && isEditorNote(p.text))) return parts.body[i];
  const lastHead = parts.head[parts.head.length - 1];
  if (i === 1 && lastHead?.kind === 'kicker' && kickerPlacement(lastHead.text) === 'trailing') return parts.body[i];
  return parts.body[0];
}

/** The lead paragraph without its dateline marker. */
function leadText(parts: ArticleParts): string {
  const start = opening(parts);
  const lead = start?.kind === 'dateline' ? start : parts.body.find((p) => p.kind === 'body' || p.kind === 'dateline' || p.kind === 'caption');
  if (!lead) return '';
  const dateline = lead.kind === 'dateline' ? parseDateline(lead.text) : null;
  return dateline ? lead.text.slice(dateline.length) : lead.text;
}

/**
 * The first sentence of a lead, found without splitting the whole text. A lead that opens with a
 * quotation (`“没想到……。”5月8日,在…`) states its facts after it: the quotation is passed over.
 */
function firstSentence(text: string): string {
  let start = 0;
  if (text.startsWith('“')) {
    const close = text.indexOf('”');
    if (close > 0) start = close + 1;
  }
  const end = text.slice(start).search(/[。！？!?]/u);
  return end < 0 ? text.slice(start) : text.slice(start, start + end);
}

/** A title for an article the page prints without a headline: the start of its lead sentence. */
function derivedTitle(lead: string): string {
  // Only the start of the lead matters: a huge lead (one 10 MB line) is not copied or split whole.
  const sentence = lead
    .slice(0, 4 * MAX_DERIVED_TITLE)
    .split(/[。！？!?；;]/u)[0]
    .replace(/^[■●◆▲]\s*/u, '')
    // A caption's picture mark (`上图:`, `图为`) is no part of what it says.
    .replace(/^(?:[上下左右中]图\s*[:：]?|图为)\s*/u, '')
    .replace(/^(?:近日|日前|目前|昨天|今天|近期|日前|\d{1,2}月\d{1,2}日|今年\S{0,8}?)[,，]\s*/u, '')
    .trim();
  if ([...sentence].length <= MAX_DERIVED_TITLE) return sentence;
  const cut = [...sentence].slice(0, MAX_DERIVED_TITLE).join('');
  const comma = Math.max(cut.lastIndexOf(','), cut.lastIndexOf('，'));
  return comma >= 8 ? cut.slice(0, comma) : `${cut}…`;
}

const MAX_KICKER = 12;
const SERIES_MARK = /(?:[①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮]|之[一二三四五六七八九十]{1,3}|[（(][一二三四五六七八九十]{1,3}[)）])$/u;

/**
 * True when the first of several headline lines is a kicker or column line above the real headline,
 * not the title: shorter than the next line, and shaped like a column name (`一线手记`, `聚焦产改一线`)
 * or like two short parallel phrases (`实地走访 倾听诉求`, `走基层 听心声`), without figures.
 */
export function isKickerLine(line: string, next: string): boolean {
  const length = [...line].length;
  // The name of a series with its number (`春风行动在江西①`, `走进新工厂之三`) stands above each of its headlines.
  if (length <= 16 && SERIES_MARK.test(line)) return true;
  if (/[\d，,。！？!?、]/u.test(line)) return false;
  const phrases = line.split(/\s+/u);
  // Two parallel phrases of equal length (`破解欠薪难题 护航平安返乡`) over a headline that is none: the couplet of an 引题.
  if (couplet(line) && !couplet(next)) return true;
  if (length + 2 > [...next].length || length > MAX_KICKER) return false;
  if (phrases.length >= 2) return phrases.every((ph) => ph.length >= 2 && ph.length <= 5);
  // The place or unit a report comes from (`泰达一企业工会`, `青岛港自动化码头`): a name, with no verb of its own.
  if (length <= MAX_UNIT_KICKER && UNIT_HEAD.test(line) && !VERB_MARK.test(line)) return true;
  return length <= 6 || /^(?:聚焦|关注|走进|直击|探访|观察)/u.test(line);
}

const MAX_COUPLET_PHRASE = 6;

/** True for a line of two or more phrases of equal length (give or take a character), parted by spaces, without figures. */
function couplet(line: string): boolean {
  const sizes = line.split(/\s+/u).map((ph) => [...ph].length);
  return sizes.length >= 2 && sizes.every((n) => n >= 2 && n <= MAX_COUPLET_PHRASE) && Math.max(...sizes) - Math.min(...sizes) <= 1 && !/\d/u.test(line);
}
const MAX_UNIT_KICKER = 10;
// Heads of place and unit names.
const UNIT_HEAD = /(?:省|市|区|县|州|镇|乡|村|街道|社区|工会|公司|集团|企业|码头|港|厂|矿|站|段|局|园区|基地|项目部|车间|班组|工地)$/u;
// Marks of a clause: aspect particles, prepositions and coverbs that a name never holds.
const VERB_MARK = /[了着过把被将让在为向给从]/u;

// A line that leads into the headline under it as its kicker: a question, or a shoulder ending in a colon.
const LEAD_IN = /[：:？?！!]$/u;
const DASH_END = /[—－-]$/u;
// A headline the layout broke over two short lines (`“杭工通”手机平台` / `走进萧山开发区`) fits one line of this length.
const MAX_BROKEN_HEADLINE = 20;
const MAX_BROKEN_TAIL = 8;

/** True when a second headline line is the end of the first, broken by a narrow column: short, shorter than the first, no sub-headline mark. */
function brokenHeadline(first: string, second: string): boolean {
  const a = [...first].length;
  const b = [...second].length;
  // A bare place or unit name (`江城市东区`) is no title over a sub-headline: the line under it may be the longer.
  const name = a <= MAX_UNIT_KICKER && SUBJECT_END.test(first) && !/[\d，,。！？!?、：:“”"]/u.test(first);
  return b <= MAX_BROKEN_TAIL && (b < a || name) && a + b <= MAX_BROKEN_HEADLINE && !/\s/u.test(first + second) && !/^[—－-]/u.test(second);
}

// Verbs a headline's predicate opens with (`开展…`, `成立…`, `携手建设…`).
const PREDICATE_START = /^(?:开展|成立|推行|携手|启动|举办|举行|召开|建成|建设|建起|走进|走访|慰问|表彰|组织|签订|签署|发布|出台|推出|实施|打造|开通|设立|助力|发放|部署|推进|创建|开启|荣获|获评)/u;
// Ends of a unit's or place's name standing as a headline's subject (`…总工会`, `…与区妇联`, `…机务段`).
const SUBJECT_END = /(?:省|市|区|县|州|镇|乡|村|街道|社区|会|联|公司|集团|企业|厂|矿|站|段|局|院|校|队|中心)$/u;
const MAX_SUBJECT_LINE = 16;

/**
 * True when a headline was broken after its subject: the first line is a unit's or place's name with no
 * punctuation or opening verb of its own, the second opens with the predicate's verb (`南昌某机务段` / `开展…竞赛`).
 * Such a first line is no kicker: the two lines are one title.
 */
export function subjectBreak(first: string, second: string): boolean {
  const a = [...first].length;
  return (
    a <= MAX_SUBJECT_LINE &&
    SUBJECT_END.test(first) &&
    !PREDICATE_START.test(first) &&
    !/[\d\s，,。！？!?、：:“”"—－-]/u.test(first) &&
    PREDICATE_START.test(second)
  );
}

/** Splits the headline lines into title and sub-headline: a line ending in a dash is a shoulder above the title. */
function titles(lines: string[]): { title: string | null; subtitle: string | null } {
  if (lines.length === 0) return { title: null, subtitle: null };
  // A shoulder ending in a dash (`…打造更便捷服务——`) runs on into the title: the sub-headline set above it.
  const shoulder = lines.length > 1 && DASH_END.test(lines[0]);
  const title = shoulder ? lines[1] : lines[0];
  const rest = shoulder ? [lines[0], ...lines.slice(2)] : lines.slice(1);
  return { title, subtitle: rest.length > 0 ? rest.join(' ') : null };
}

/**
 * Reads a stack of headline lines as a paper sets them: 引题 (kicker), 主题 (title), 副题 (sub-headline).
 * A first line that leads into the next (a question, or a shoulder ending in a colon), or is
 * shaped like a kicker, is the kicker; two short lines that one headline was broken into are one
 * title; of three lines, the middle one is the title. `gapped[i]` tells whether a blank line stands
 * above line `i` on a page that sets a headline's lines together.
 */
function headlineStack(lines: string[], gaps: boolean[]): { kickers: string[]; headlines: string[] } {
  const kickers: string[] = [];
  const headlines = [...lines];
  const gapped = [...gaps];
  const subject = headlines.findIndex((line, i) => i + 1 < headlines.length && !gapped[i + 1] && subjectBreak(line, headlines[i + 1]));
  if (subject >= 0) {
    headlines.splice(subject, 2, headlines[subject] + headlines[subject + 1]);
    gapped.splice(subject + 1, 1);
  }
  if (headlines.length > 1 && !DASH_END.test(headlines[0]) && (LEAD_IN.test(headlines[0]) || isKickerLine(headlines[0], headlines[1]) || gapped[1])) kickers.push(headlines.shift() as string);
  if (headlines.length > 1 && brokenHeadline(headlines[0], headlines[1])) headlines.splice(0, 2, headlines[0] + headlines[1]);
  if (headlines.length >= 3) kickers.push(...headlines.splice(0, headlines.length - 2));
  return { kickers, headlines };
}

/** A page's publication date and where it was read. */
export interface PageDate {
  date: string | null;
  source: DateSource | null;
}

/**
 * The date an article reports: its dateline's or opening sentence's date (`10月11日`, or only a
 * month, `8月中旬`), resolved with the page's year; else the page's date, with where it came from.
 */
function articleDate(written: PartialDate | null, opening: string, page: PageDate): { date: string | null; dateSource: DateSource | null } {
  const reported = written ? resolveDate(written, page.date) : findMonth(opening, page.date);
  if (reported) return { date: reported, dateSource: 'dateline' };
  return page.date ? { date: page.date, dateSource: page.source } : { date: null, dateSource: null };
}

/**
 * Builds the draft of one article: `text` is the headline block (kickers, headlines, bylines under
 * them), a blank line, then the body paragraphs one per line. Date and place come from the dateline
 * or the lead sentence (else the date is the page's); bylines from everywhere they stand in the article.
 */
export function assembleDraft(parts: ArticleParts, page: PageDate): ArticleDraft {
  const headLines = [...parts.head, ...parts.credits].map((p) => p.text);
  const body = parts.body.map((p) => p.text).join('\n');
  const headBlock = headLines.join('\n');
  const text = headBlock === '' ? body : body === '' ? headBlock : `${headBlock}\n\n${body}`;
  const bodyStart = headBlock === '' ? 0 : body === '' ? text.length : headBlock.length + 2;

  const kickers = parts.head.filter((p) => p.kind === 'kicker' && (kickerPlacement(p.text) !== 'section' || isNotebookKicker(p.text))).map((p) => p.text);
  const headParagraphs = parts.head.filter((p) => p.kind === 'headline');
  const stack = headlineStack(
    headParagraphs.map((p) => p.text),
    headParagraphs.map((p) => p.gap === true),
  );
  kickers.push(...stack.kickers);
  const { title, subtitle } = titles(stack.headlines);

  const first = opening(parts);
  const dateline = first?.kind === 'dateline' ? parseDateline(first.text) : null;
  const lead = leadText(parts);
  const { date, dateSource } = articleDate(dateline?.date ?? findMonthDay(firstSentence(lead)), firstSentence(lead), page);

  return {
    title: title ?? derivedTitle(lead),
    subtitle,
    kicker: kickers.length > 0 ? kickers.join(' ') : null,
    text,
    bodyStart,
    date,
    pageDate: page.date,
    dateSource,
    place: dateline?.place ?? null,
    byline: uniqueEntries([...parts.credits, ...parts.body].flatMap((p, i, all) => bylineOf(p, i === all.length - 1))),
  };
}
