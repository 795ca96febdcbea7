import { captionCredit, isPhotoSource, parseBylineLine, trailingCredit } from './byline';
import { bareNames, closingNames } from './closing-credits';
import { mastheadDate } from './dates';
import { isPageFurniture } from './furniture';
import { parseDateline } from './dateline';

/**
 * What a paragraph of a page is, judged from its own text. `dateline` opens a report: a dateline
 * (`本报讯(记者…)`) or one bulleted item of a column of briefs (`■近日,…`). `meta` is a line of page furniture that
 * names no author, such as `来源:工人日报` or `责任编辑:张三`.
 */
export type ParagraphKind = 'headline' | 'kicker' | 'body' | 'dateline' | 'byline' | 'meta' | 'caption';

export interface Paragraph {
  text: string;
  kind: ParagraphKind;
  /**
   * A blank line stands before the paragraph, on a page where the paragraphs of one article follow
   * line by line (a PDF export), so that a blank line parts pieces of the layout. Never set on a page
   * with a blank line between every two paragraphs, where blank lines tell nothing.
   */
  gap?: true;
}

/** Kickers that stand above a headline. */
const LEADING_KICKERS = new Set([
  '新闻特写', '特写', '图片新闻', '新闻速递', '一线传真', '综述', '现场', '现场直击', '新闻观察', '新闻分析', '权威发布',
  '深度', '人物', '新闻故事', '走基层', '新春走基层', '一线见闻', '调查', '关注', '时评', '短评', '快评', '言论', '评论',
  '工会观察', '劳动者之歌', '身边的感动', '百姓故事', '基层传真', '本报专访', '专访', '独家',
  '简讯', '短讯', '快讯', '工会简讯', '新闻简讯', '简讯速递', '一句话新闻', '图片报道', '图说',
]);
/** Kickers that follow a headline and introduce a summary box. */
const TRAILING_KICKERS = new Set(['阅读提示', '核心提示', '编者按', '编者的话', '导读', '提要', '内容提要']);
/** Boxes that belong to the article before them, never opening a new one. */
const SECTION_KICKERS = new Set(['新闻链接', '相关链接', '延伸阅读', '背景链接', '知识链接', '记者手记', '采访手记', '采访札记', '记者札记', '编辑手记', '小贴士', '链接', '背景']);

// Editor's notes and summaries that open an article under its headline: `编者按：…`, `阅读提示:…`.
const EDITOR_NOTE = /^[【[]?(?:编者按|编者的话|编辑部的话|阅读提示|核心提示|内容提要|导读|提要)[】\]]?\s*[:：]/u;
/** True when a paragraph is an editor's note or summary that stands under a headline, before the report. */
export const isEditorNote = (text: string): boolean => EDITOR_NOTE.test(text);

/** Kickers of a reporter's notebook, a piece of its own when it has its own headline. */
const NOTEBOOK_KICKERS = new Set(['记者手记', '采访手记', '采访札记', '记者札记', '编辑手记']);
export const isNotebookKicker = (line: string): boolean => NOTEBOOK_KICKERS.has(kickerWord(line));

/** Where a kicker sits: above the headline, below it, or as a section inside an article. */
export type KickerPlacement = 'leading' | 'trailing' | 'section';

const COLUMN_IN_BRACKETS = /^[【〖]\s*[\p{Script=Han}·•]{2,8}\s*[】〗]$/u;
// Kicker words are short: a longer line is never one (and is not scanned, which keeps this linear).
const MAX_KICKER_LINE = 24;

function kickerWord(line: string): string {
  return line.replace(/^[【[〖■●◆▲★\s]+|[】\]〗:：\s]+$/gu, '');
}

/** The placement of a kicker line, or null when the line is not a kicker. */
export function kickerPlacement(line: string): KickerPlacement | null {
  if (line.length > MAX_KICKER_LINE) return null;
  const word = kickerWord(line);
  if (LEADING_KICKERS.has(word)) return 'leading';
  // A column name in brackets on its own line (`【劳模风采】`, `【工会论坛】`) stands above a headline.
  if (COLUMN_IN_BRACKETS.test(line)) return 'leading';
  if (TRAILING_KICKERS.has(word)) return 'trailing';
  if (SECTION_KICKERS.has(word)) return 'section';
  return null;
}

const CLOSERS = /[”’」』)）》〉"'】\]]+$/u;
const CLOSER_CHARS = new Set('”’」』)）》〉"\'】]');
const SENTENCE_END = new Set(['。', '！', '？', '!', '?', '…', '；', ';', '：', ':']);

/** The last character of a text once trailing white space, then closing quotes and brackets, are left out; or ''. */
function lastMark(text: string): string {
  // Scans backwards from the end only, so that a paragraph growing line by line stays linear.
  let i = text.length - 1;
  while (i >= 0 && /\s/u.test(text[i])) i--;
  while (i >= 0 && CLOSER_CHARS.has(text[i])) i--;
  return i >= 0 ? text[i] : '';
}

// A remark in brackets after the last sentence (`…。(记者 张三)`, `…。(5月3日摄)`) is never longer.
const MAX_CLOSING_REMARK = 48;

/** True when a text ends with a remark in brackets standing after a sentence's end: a credit or a photo's date. */
function closingRemark(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && /\s/u.test(text[i])) i--;
  if (text[i] !== ')' && text[i] !== '）') return false;
  const stop = Math.max(0, i - MAX_CLOSING_REMARK);
  for (let k = i - 1; k >= stop; k--) {
    if (text[k] === ')' || text[k] === '）') return false;
    if (text[k] === '(' || text[k] === '（') return k > 0 && SENTENCE_END.has(lastMark(text.slice(Math.max(0, k - 8), k)));
  }
  return false;
}

/** True when a paragraph stops inside a sentence: its last mark (closing quotes aside) is no sentence end. */
export function endsOpen(text: string): boolean {
  const last = lastMark(text);
  return last !== '' && !SENTENCE_END.has(last) && !closingRemark(text);
}

const MAX_HEADLINE = 48;
const PAIRS: Array<[string, string]> = [['“', '”'], ['‘', '’'], ['《', '》'], ['（', '）'], ['(', ')'], ['「', '」'], ['『', '』'], ['【', '】']];

const MIN_HEADLINE = 4;

/** Clauses of near equal length, as in headlines like `课程多了,职工乐了`. */
function parallel(clauses: number[]): boolean {
  return clauses.every((n) => n >= 2 && n <= 10) && Math.max(...clauses) - Math.min(...clauses) <= 2;
}

/** True when some quote or bracket opens without closing, or closes without opening, in the line. */
function unbalanced(line: string): boolean {
  return PAIRS.some(([open, close]) => line.split(open).length !== line.split(close).length);
}

/** True for a line shaped like a headline: short, no full stop inside, no closing sentence punctuation. */
export function isHeadlineLike(line: string): boolean {
  // A line of more than twice the limit in code units has more than the limit in characters.
  if (line.length > 2 * MAX_HEADLINE) return false;
  const length = [...line].length;
  if (length > MAX_HEADLINE || /[。；;]/u.test(line)) return false;
  // A piece of a sentence cut by the layout: too short for a headline, a quote left open, or a
  // lead-in like `此外,` or `经过4个课时的培训,` that is no parallel headline like `课程多了,职工乐了`.
  if (length < MIN_HEADLINE || unbalanced(line)) return false;
  const clauses = line.split(/[，,]/u).map((c) => [...c.trim()].length);
  if (clauses.length > 1 && clauses[0] <= 8 && !parallel(clauses)) return false;
  const last = line.replace(CLOSERS, '').slice(-1);
  if (last === '' || '，,、：:…'.includes(last)) return false;
  // Headlines may end with ! or ?, but short sentences in a body do too: only short ones without commas.
  if ('！？!?'.includes(last)) return length <= 24 && !/[，,]/u.test(line);
  return /\p{Script=Han}|[A-Za-z]/u.test(line);
}

/** A line short enough and without a full stop to be a headline when a byline stands under it. */
const isHeadLine = (text: string): boolean => [...text].length <= 32 && !/[。；;]/u.test(text) && !unbalanced(text);

function classify(line: string): ParagraphKind {
  // A column word such as `简讯` is a kicker even where it could be read as a name.
  if (kickerPlacement(line)) return 'kicker';
  if (parseBylineLine(line) || bareNames(line) || ANONYMOUS_CREDIT.test(line) || isPhotoSource(line)) return 'byline';
  if (META.test(line)) return 'meta';
  if (parseDateline(line) || isBrief(line)) return 'dateline';
  const credit = captionCredit(line);
  if (credit && credit.start >= 8) return 'caption';
  return isHeadlineLike(line) ? 'headline' : 'body';
}

// A credit that names no one: `本报评论员`, `□ 本报特约评论员`.
const ANONYMOUS_CREDIT = /^[□■]?\s*(?:本报|本刊|本台)?(?:特约)?评论员$/u;
// One item of a column of briefs, opened by a bullet: `■4月3日,…。(张三)`.
const BRIEF = /^[■●◆▲]\s*\S/u;
// How a brief opens: with the date or time of what it reports.
const REPORT_OPENING = /^(?:\d{1,2}\s*月\s*\d{1,2}\s*日|\d{1,2}月(?:上旬|中旬|下旬|初|底)|\d{4}年|近日|日前|近期|昨天|昨日|今天|今年|连日来)/u;
/**
 * True for a brief: a bulleted paragraph of prose that opens like a report (with its date) or
 * closes with its credit. A bulleted point inside a report (`●建立职工诉求台账;`) is neither.
 */
function isBrief(line: string): boolean {
  if (!BRIEF.test(line)) return false;
  const text = line.replace(/^[■●◆▲]\s*/u, '');
  return !isHeadlineLike(text) && (REPORT_OPENING.test(text) || trailingCredit(text) !== null || closingNames(text) !== null);
}

const META = /^(?:来源|稿源|发布时间|发布日期|时间|日期|编辑|责任编辑|责编|校对|审核|作者)\s*[:：]/u;
// A dateline marker alone on its line (`本报北京10月11日电(记者张三 通讯员李四)`) is never longer.
const MAX_BARE_DATELINE = 128;
const CONTINUATION = /^[，,、。；;：:！？!?”’)）》」』…]/u;

/** Joins two pieces of one sentence: no space between Chinese characters, one between Latin words. */
function joinPieces(a: string, b: string): string {
  // Only the last character of `a` is looked at: `a` grows line by line and must not be rescanned.
  return /[A-Za-z]/u.test(a.slice(-1)) && /^[A-Za-z]/u.test(b) ? `${a} ${b}` : a + b;
}

const isProse = (p: Paragraph | undefined): boolean => p?.kind === 'body' || p?.kind === 'dateline';

/**
 * True when the page sets the paragraphs of an article line by line, with blank lines only between
 * pieces of the layout: several paragraphs of prose follow another with no blank line between.
 */
function linedUp(paragraphs: Paragraph[]): boolean {
  let prose = 0;
  let adjacent = 0;
  paragraphs.forEach((p, i) => {
    if (p.kind !== 'body') return;
    prose++;
    if (!p.gap && isProse(paragraphs[i - 1])) adjacent++;
  });
  return adjacent >= 2 && adjacent * 4 >= prose;
}

// Lines shorter than this are headlines, credits or the ends of paragraphs: they say nothing of the width.
const MIN_MEASURED_LINE = 12;
const MIN_FULL_LINES = 6;
const PROSE_MARK = /[，,。、；;]/u;

/**
 * The width at which an export broke every line of the page (a PDF export keeps the lines of its
 * columns: `…在全市12个重点工程工地建起` / `流动书屋,…`), or null when lines are paragraphs. The
 * page is wrapped when at least half its longer lines share one width (give or take a character, as
 * half-width figures and punctuation at a line's end shift it); a line of that width goes on on
 * the next line.
 */
function wrapWidth(lines: string[]): number | null {
  const counts = new Map<number, number>();
  let measured = 0;
  for (const raw of lines) {
    const line = raw.trim();
    const n = line.length;
    if (n < MIN_MEASURED_LINE) continue;
    measured++;
    // Only lines of prose (a comma or stop inside) measure the width: headlines of one length do not make a column.
    if (PROSE_MARK.test(line)) counts.set(n, (counts.get(n) ?? 0) + 1);
  }
  let best = 0;
  let width = 0;
  for (const n of counts.keys()) {
    const c = (counts.get(n) ?? 0) + (counts.get(n + 1) ?? 0);
    if (c > best || (c === best && n > width)) [best, width] = [c, n];
  }
  return best >= MIN_FULL_LINES && best * 2 >= measured ? width : null;
}

// The masthead block is a few lines at the top of a page, parted from the first article by a blank line.
const MAX_MASTHEAD_BLOCK = 5;
// A line above the masthead's date names the paper (`劳动报  LAODONG BAO`, `人民铁道`): short, no sentence in it.
const MAX_PAPER_LINE = 30;
// A line under it names the page's section (`区域新闻`, `新闻·地方`), perhaps with its editor after a wide space.
const MAX_SECTION_LABEL = 8;
const SENTENCE_MARK = /[。！？!?；;，,“”"]/u;
const EDITOR_TAIL = /\s+(?:本版)?(?:责任编辑|责编|编辑|美术编辑|校对)[\s:：].*$/u;

/** True for a section label under a masthead: `区域新闻`, `要闻·工会 责任编辑：沈佳怡`. */
function sectionLabel(line: string): boolean {
  if (isPageFurniture(line, false)) return true;
  const label = line.replace(EDITOR_TAIL, '').trim();
  return [...label].length <= MAX_SECTION_LABEL && /^[\p{Script=Han}·•|｜\s]+$/u.test(label);
}

/**
 * The lines of a page's masthead block, which belong to no article: the first lines of the page up to
 * its first blank line, when that block holds the masthead's date or edition line (`2017.09.12 星期二`,
 * `第3版 工会·职工`), no sentence, and ends in section labels only, and an article follows it. The lines
 * above the date name the paper; those below it name the section. A block that runs on into a headline
 * or a report is left alone.
 */
function mastheadBlock(lines: string[]): Set<number> {
  const out = new Set<number>();
  const first = lines.findIndex((l) => l.trim() !== '');
  if (first < 0) return out;
  let end = first;
  while (end < lines.length && lines[end].trim() !== '') end++;
  if (end - first > MAX_MASTHEAD_BLOCK || !lines.slice(end).some((l) => l.trim() !== '')) return mastheadLines(lines);
  let anchor = -1;
  for (let k = first; k < end; k++) {
    const line = lines[k].trim();
    if (mastheadDate(line) || EDITION_MARK.test(line)) anchor = k;
  }
  if (anchor < 0) return mastheadLines(lines);
  for (let k = first; k < end; k++) {
    const line = lines[k].trim();
    if (k < anchor ? !paperLine(line) : k > anchor && !sectionLabel(line)) return mastheadLines(lines);
    out.add(k);
  }
  return out;
}

const paperLine = (line: string): boolean => line.length <= MAX_PAPER_LINE && !SENTENCE_MARK.test(line);
// A section label that says so itself, with a separator or its editor (`要闻·工会`, `综合新闻 责任编辑：X`).
const MARKED_LABEL = /[·•]|编辑|责编|校对/u;
const MASTHEAD_REACH = 3;

/**
 * The masthead lines of a page that sets no blank line under its masthead (or one after every line):
 * among its first lines, the date or edition line, the paper lines above it, and under it only section
 * labels that mark themselves as such (`新闻·地方`, `… 责任编辑：X`): a plain short line there may be a kicker.
 */
function mastheadLines(lines: string[]): Set<number> {
  const top: number[] = [];
  for (let k = 0; k < lines.length && top.length < MAX_MASTHEAD_BLOCK; k++) if (lines[k].trim() !== '') top.push(k);
  let anchor = -1;
  top.slice(0, MASTHEAD_REACH).forEach((k, j) => {
    const line = lines[k].trim();
    if (mastheadDate(line) || EDITION_MARK.test(line)) anchor = j;
  });
  const out = new Set<number>();
  if (anchor < 0 || !top.slice(0, anchor).every((k) => paperLine(lines[k].trim()))) return out;
  for (let j = 0; j <= anchor; j++) out.add(top[j]);
  for (let j = anchor + 1; j < top.length; j++) {
    const line = lines[top[j]].trim();
    if (!sectionLabel(line) || !MARKED_LABEL.test(line)) break;
    out.add(top[j]);
  }
  return out;
}
const EDITION_MARK = /^(?:\S.{0,20}\s)?第\s*[\d０-９一二三四五六七八九十]{1,3}\s*版/u;

// A line that leads into the headline under it: a question (`暑假来了，孩子去哪儿？`) or a shoulder
// ending in a colon or dash (`蓟州区常州村：`). Short, with no full stop in it.
const MAX_LEAD_IN = 24;
const MIN_LEAD_IN = 6;
const LEAD_IN_END = /(?:[：:？?！!]|——)$/u;

/**
 * Marks as headlines the lead-in lines a layout prints right above a headline: a short line ending in a
 * question mark, an exclamation mark, a colon or a dash, that stands where a piece of the layout starts
 * (at the top, after a blank line on a page whose paragraphs follow line by line, after a credit or a
 * caption, or after any finished paragraph on a page with a blank line after every paragraph) and is followed by a headline with no blank line between (any line, on a page with a blank
 * line after every paragraph). Read alone, such a line looks like a sentence of the report before.
 */
function markLeadInLines(paragraphs: Paragraph[], lined: boolean): void {
  for (let i = 0; i + 1 < paragraphs.length; i++) {
    const p = paragraphs[i];
    const next = paragraphs[i + 1];
    if (p.kind !== 'body' || next.kind !== 'headline' || (lined && next.gap)) continue;
    const length = [...p.text].length;
    if (length < MIN_LEAD_IN || length > MAX_LEAD_IN || !LEAD_IN_END.test(p.text) || /[。；;]/u.test(p.text) || unbalanced(p.text)) continue;
    const before = paragraphs[i - 1];
    const atBreak =
      !before ||
      (lined && p.gap === true) ||
      before.kind === 'byline' ||
      before.kind === 'meta' ||
      before.kind === 'caption' ||
      // On a page with a blank line after every paragraph, any paragraph that ends its sentence.
      (!lined && !endsOpen(before.text)) ||
      ((before.kind === 'body' || before.kind === 'dateline') && (trailingCredit(before.text) ?? closingNames(before.text)) !== null);
    if (atBreak) p.kind = 'headline';
  }
}

/**
 * Splits a page into classified paragraphs (one per non-empty line) and joins lines that the
 * layout broke inside a sentence: a body paragraph that ends mid-sentence is continued by the next
 * body paragraph (`以服` + `务职工`), never by a headline, byline, dateline or caption.
 * Masthead lines (`2024年10月14日 星期一`) are dropped and give the page date; page furniture
 * (`第3版 工会新闻`, `责任编辑 张三`, a page number) is dropped too.
 */
export function pageParagraphs(text: string): { paragraphs: Paragraph[]; pageDate: string | null } {
  const paragraphs: Paragraph[] = [];
  let pageDate: string | null = null;
  const lines = text.split('\n');
  let firstLine = lines.findIndex((l) => l.trim() !== '');
  // The furniture that closes the page (`责任编辑 X`, then a page number), read from the last line up.
  const foot = new Set<number>();
  for (let k = lines.length - 1; k >= 0; k--) {
    const line = lines[k].trim();
    if (line !== '' && !isPageFurniture(line, true) && !mastheadDate(line)) break;
    foot.add(k);
  }
  const top = mastheadBlock(lines);
  let blankBefore = false;
  const width = wrapWidth(lines);
  // Whether the last line kept filled the page's width, and the paragraphs made of such lines (classified again once whole).
  let lastFull = false;
  const rewrapped = new Set<Paragraph>();
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n].trim();
    if (line === '') {
      blankBefore = true;
      continue;
    }
    const gap = blankBefore;
    blankBefore = false;
    const masthead = mastheadDate(line);
    if (masthead) {
      pageDate = pageDate ?? masthead;
      continue;
    }
    if (top.has(n)) continue;
    // Furniture (the paper's name, the edition line, editors, contacts, a page number) belongs to no article;
    // once it is left out, the line under it is the page's first.
    if (isPageFurniture(line, n === firstLine || foot.has(n))) {
      if (n === firstLine) firstLine = lines.findIndex((l, k) => k > n && l.trim() !== '');
      continue;
    }
    const kind = classify(line);
    const prev = paragraphs[paragraphs.length - 1];
    const prose = prev && (prev.kind === 'body' || prev.kind === 'dateline');
    // A line cannot start with a comma or a closing mark: whatever stands before it, it continues it.
    const continues =
      prev &&
      ((prev.kind !== 'byline' && prev.kind !== 'meta' && CONTINUATION.test(line) && endsOpen(prev.text)) ||
        // A dateline marker alone on its line (`本报讯`) goes on with the next line.
        (prev.kind === 'dateline' && prev.text.length <= MAX_BARE_DATELINE && parseDateline(prev.text)?.length === prev.text.length));
    // A short line after a sentence cut by the layout ends that sentence, even when it looks like a name.
    const piece = kind === 'body' || (kind === 'byline' && bareNames(line) !== null);
    // On a page broken at a fixed width, a full line goes on on the next, unless that one opens a report,
    // or is a short headline or credit after a sentence's end (the paragraph's last line was a full one).
    const wrapped =
      width !== null &&
      lastFull &&
      !gap &&
      prev !== undefined &&
      prev.kind !== 'byline' &&
      prev.kind !== 'meta' &&
      kind !== 'dateline' &&
      (kind === 'body' || line.length >= width || endsOpen(prev.text));
    lastFull = width !== null && line.length >= width;
    if (continues || wrapped || (prose && piece && endsOpen(prev.text))) {
      prev.text = joinPieces(prev.text, line);
      if (wrapped) rewrapped.add(prev);
      if (prev.kind === 'headline' || prev.kind === 'kicker') prev.kind = 'body';
      continue;
    }
    // A short line between a headline and a byline is a headline, even with a comma or a question mark
    // (`律师说法` / `春节加班,工资该怎么算?` / `文/陈嘉慧`).
    const beforePrev = paragraphs[paragraphs.length - 2];
    // So is a short line between the credit that closes one article and the byline of the next
    // (`…摄` / `致敬,冰雪中的劳动者` / `□ 本报评论员`).
    const afterHead = beforePrev?.kind === 'headline' || beforePrev?.kind === 'kicker' || beforePrev?.kind === 'byline';
    if (kind === 'byline' && prev?.kind === 'body' && afterHead && isHeadLine(prev.text)) prev.kind = 'headline';
    paragraphs.push(gap ? { text: line, kind, gap: true } : { text: line, kind });
  }
  for (const p of rewrapped) if (p.kind !== 'dateline') p.kind = classify(p.text);
  const lined = linedUp(paragraphs);
  markLeadInLines(paragraphs, lined);
  if (!lined) for (const p of paragraphs) delete p.gap;
  return { paragraphs, pageDate };
}
