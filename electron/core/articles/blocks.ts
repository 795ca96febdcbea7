import { captionCredit, isPhotoSource, parseBylineLine, trailingCredit } from './byline';
import { closingNames, inlineCredit } from './closing-credits';
import { parseDateline } from './dateline';
import type { Paragraph } from './paragraphs';
import { isEditorNote, isNotebookKicker, kickerPlacement } from './paragraphs';

/**
 * A run of paragraphs that the layout shows as one unit: an optional headline block (headlines and
 * kickers), the bylines right under it, and what follows up to the next headline block, dateline or
 * caption. Deciding which blocks are articles and which continue another is the splitter's job.
 */
export interface Block {
  head: Paragraph[];
  credits: Paragraph[];
  body: Paragraph[];
  /**
   * `dateline`: opens with a dateline; `caption`: a picture caption; `headed`: a headline block over
   * plain body text (a new article or a sub-head); `continuation`: body text with no headline after a
   * caption; `dangling`: a headline block with nothing after it.
   */
  kind: 'dateline' | 'caption' | 'headed' | 'continuation' | 'dangling';
  /** For `headed`: certainly a new article (kicker, byline under the headline, or the article before is closed). */
  strong: boolean;
  /** For `headed`: the head is a section box such as 新闻链接 that belongs to the article before it. */
  section: boolean;
}

const isHead = (p: Paragraph | undefined): boolean => p?.kind === 'headline' || p?.kind === 'kicker';

function lastParagraph(block: Block): Paragraph | undefined {
  return block.body[block.body.length - 1] ?? block.credits[block.credits.length - 1];
}

// A caption that names its picture's place in the layout: 上图:, 下图:, 图①, 图为.
const PICTURE_MARK = /^(?:[上下左右中]图|图\s*[①②③④⑤⑥⑦⑧⑨\d一二三四五六七八九]|图为)/u;

/** True when a paragraph closes its article with a credit: a byline line, or a credit after its last sentence. */
export function closesWithCredit(p: Paragraph | undefined): boolean {
  if (!p) return false;
  if (p.kind === 'byline') return true;
  return (p.kind === 'body' || p.kind === 'dateline') && (trailingCredit(p.text) ?? inlineCredit(p.text) ?? closingNames(p.text)) !== null;
}

/**
 * True when a caption belongs to the block before it: a caption right after another caption (one
 * photo story in several paragraphs, or several photos), or a caption pointing at its picture
 * (`上图:…摄`) under a report that its credit has not closed.
 */
function continuesPictures(p: Paragraph, current: Block): boolean {
  if (lastParagraph(current)?.kind === 'caption') return true;
  return PICTURE_MARK.test(p.text) && !closesWithCredit(lastParagraph(current));
}

// A caption under a report is a few paragraphs.
const MAX_CAPTION = 4;

/** True for a line that credits photographers and nobody else (`本报记者 X 摄`, `(通讯员 X 摄)`), or names only the picture's source (`(资料图片)`). */
function photographersOnly(p: Paragraph | undefined): boolean {
  if (p?.kind !== 'byline') return false;
  if (isPhotoSource(p.text)) return true;
  const entries = parseBylineLine(p.text);
  return entries !== null && entries.every((e) => e.role === '摄影');
}

// What only a caption says: the day its picture was taken (`(5月3日摄)`), where a person stands in it (`(右二)`).
const PICTURE_DETAIL = /[（(](?:\d{1,2}月\d{1,2}日摄|[左右中前后][一二三四五六七八九]?)[)）]/u;
const SHOT_DAY = /[（(]\d{1,2}月\d{1,2}日摄[)）]/u;
const OPENS_WITH_DAY = /^\d{1,2}月\d{1,2}日[,，]/u;

/** True when the report a block opens is credited: a byline under its headline, its dateline's, or a credit closing `before`. */
function credited(block: Block, before: Paragraph): boolean {
  if (block.credits.length > 0 || closesWithCredit(before)) return true;
  const first = block.body[0];
  return first?.kind === 'dateline' && (parseDateline(first.text)?.byline.length ?? 0) > 0;
}

/**
 * Where a picture caption printed under a report starts in the block's body, or -1. The block must
 * end with a line crediting photographers only; the caption is the few paragraphs before that line
 * from the first that names its picture (`上图:`, under a report its credit closed), else from the
 * last blank line of a page whose paragraphs follow line by line (`linedUp`), else, under a credited
 * report, from the first paragraph that dates its picture or places a person in it (or the one before,
 * when that opens with the day; under a report left uncredited only when the picture's day is given). A
 * photo story under its own headline stays whole. The block's first paragraph (its dateline, or the lead under its
 * headline) always stays the report's.
 */
function trailingCaptionStart(block: Block, linedUp: boolean): number {
  const { body } = block;
  const end = body.length - 1;
  if (end < 2 || !photographersOnly(body[end])) return -1;
  let marked = -1;
  let gapped = -1;
  let detailed = -1;
  for (let i = end - 1; i >= Math.max(1, end - MAX_CAPTION) && body[i].kind === 'body'; i--) {
    if (PICTURE_MARK.test(body[i].text)) marked = i;
    if (PICTURE_DETAIL.test(body[i].text)) detailed = i;
    if (body[i].gap && gapped < 0) gapped = i;
  }
  if (marked > 0 && closesWithCredit(body[marked - 1])) return marked;
  // A block with no headline that opens with the picture mark (`图为…`) is the caption itself, down to its credit.
  if (block.head.length === 0 && PICTURE_MARK.test(body[0].text) && body.slice(1, end).every((q) => q.kind === 'body')) return -1;
  if (linedUp || detailed < 0 || (block.kind === 'headed' && isPhotoStory(block))) return gapped;
  const start = detailed > 1 && body[detailed - 1].kind === 'body' && OPENS_WITH_DAY.test(body[detailed - 1].text) ? detailed - 1 : detailed;
  // The day a picture was taken is said only in captions; a person's place in it (`(右)`) could be an aside.
  return SHOT_DAY.test(body[detailed].text) || credited(block, body[start - 1]) ? start : -1;
}

/**
 * Where the paragraphs that open a caption stand at the end of the block before it, or -1: on a page
 * whose paragraphs follow line by line, a caption whose credit ends its paragraph (`…。本报记者 X 摄`)
 * with no blank line before it starts at the last blank line of the block before.
 */
function captionOpening(before: Block, caption: Block): number {
  const first = caption.body[0];
  if (caption.kind !== 'caption' || caption.head.length > 0 || !first || first.gap) return -1;
  const { body } = before;
  for (let i = body.length - 1; i >= Math.max(1, body.length - (MAX_CAPTION - 1)) && body[i].kind === 'body'; i--) if (body[i].gap) return i;
  return -1;
}

/** Parts picture captions printed under a report from the report's block (see {@link trailingCaptionStart}, {@link captionOpening}). */
function partTrailingCaptions(blocks: Block[], linedUp: boolean): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const before = out[out.length - 1];
    const opening = before && before.kind !== 'caption' && before.kind !== 'dangling' && linedUp ? captionOpening(before, block) : -1;
    if (opening >= 0) {
      out[out.length - 1] = { ...before, body: before.body.slice(0, opening) };
      out.push({ ...block, body: [...before.body.slice(opening), ...block.body] });
      continue;
    }
    const start = block.kind === 'caption' || block.kind === 'dangling' ? -1 : trailingCaptionStart(block, linedUp);
    if (start < 0) {
      out.push(block);
      continue;
    }
    out.push({ ...block, body: block.body.slice(0, start) }, { head: [], credits: [], body: block.body.slice(start), kind: 'caption', strong: true, section: false });
  }
  return out;
}

/** True when a headed block holds nothing but an editor's note under its headline, so that the report's dateline is still to come. */
function opensAfterNote(current: Block): boolean {
  if (current.kind !== 'headed' || current.head.length === 0 || current.body.length === 0) return false;
  const last = current.head[current.head.length - 1];
  const underNoteKicker = last.kind === 'kicker' && kickerPlacement(last.text) === 'trailing';
  return current.body.every((p) => p.kind === 'body' && (underNoteKicker || isEditorNote(p.text)));
}

// A piece of prose long enough to open a report (not a bracketed remark such as `（作者单位：…）` after a credit).
const MIN_OPENING = 16;
const opensProse = (p: Paragraph): boolean => p.kind === 'body' && [...p.text].length >= MIN_OPENING && !/^[（(【[]/u.test(p.text);

/**
 * True when the body paragraph at `i` opens a piece of its own after `current`: the block ends with the
 * credit that closes its report (a credit line, or a credit after its last sentence), and the plain
 * paragraphs from `i` close with a credit of their own within a few paragraphs. An article is credited
 * once, so such a piece is another report or a picture's caption. (A report continued in another column
 * after its credit runs on into a sub-head with no credit of its own, and stays whole.)
 */
function closedByCredit(current: Block, paragraphs: Paragraph[], i: number): boolean {
  const last = current.body[current.body.length - 1];
  if (current.kind === 'caption' || current.kind === 'dangling' || !last || !opensProse(paragraphs[i])) return false;
  if (!closesWithCredit(last) || photographersOnly(last)) return false;
  for (let k = i; k < paragraphs.length && k <= i + MAX_CAPTION; k++) {
    const q = paragraphs[k];
    if (q.kind === 'byline' || (q.kind === 'body' && closesWithCredit(q))) return true;
    if (q.kind !== 'body') return false;
  }
  return false;
}

/**
 * True when a picture caption goes on with the body paragraph at `i`: the caption does not close with
 * a photographer's credit (only its source, `（资料图片）`, or nothing), and the paragraphs from `i` reach a
 * line crediting photographers only within a caption's length, with nothing but plain text between.
 */
function captionGoesOn(current: Block, paragraphs: Paragraph[], i: number): boolean {
  if (current.kind !== 'caption' || current.head.length > 0 || current.body.length >= MAX_CAPTION) return false;
  // Nothing in the caption so far credits a photographer: the credit is still to come.
  const open = (q: Paragraph): boolean => q.kind === 'body' || (q.kind === 'caption' && (captionCredit(q.text)?.entries.length ?? 0) === 0);
  if (!current.body.every(open)) return false;
  for (let k = i; k < paragraphs.length && k < i + MAX_CAPTION; k++) {
    const q = paragraphs[k];
    if (q.kind === 'byline') return photographersOnly(q);
    if (q.kind !== 'body') return false;
  }
  return false;
}

/** True when a lined-up page's blank line parts a piece with its own closing credit from an already credited report: see {@link splitCreditedTwice}. */
function ownCreditAfterGap(block: Block, at: number): boolean {
  const { body } = block;
  if (!body[at].gap || !opensProse(body[at]) || !closesWithCredit(body[body.length - 1]) || photographersOnly(body[body.length - 1])) return false;
  if (body.slice(at + 1).some((p) => p.gap || p.kind !== 'body' && p !== body[body.length - 1])) return false;
  const before = { ...block, body: body.slice(0, at) };
  return credited(before, body[at - 1]) || block.credits.length > 0;
}

/**
 * Parts a block whose report is credited (under its headline, by its dateline, or by a credit closing
 * it) where, after a blank line of a page whose paragraphs follow line by line, a last piece of prose
 * closes with a credit of its own: an article is credited once, so that piece is another report.
 */
function splitCreditedTwice(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const at = block.kind === 'caption' || block.kind === 'dangling' ? -1 : block.body.findIndex((p, k) => k > 0 && ownCreditAfterGap(block, k));
    if (at < 0) out.push(block);
    else out.push({ ...block, body: block.body.slice(0, at) }, { head: [], credits: [], body: block.body.slice(at), kind: 'headed', strong: true, section: false });
  }
  return out;
}

/** Groups classified paragraphs into blocks, in page order. Every paragraph lands in exactly one block. */
export function buildBlocks(paragraphs: Paragraph[]): Block[] {
  const blocks: Block[] = [];
  const blank = (kind: Block['kind']): Block => ({ head: [], credits: [], body: [], kind, strong: true, section: false });
  let i = 0;
  while (i < paragraphs.length) {
    const current: Block | undefined = blocks[blocks.length - 1];
    const p = paragraphs[i];
    if (isHead(p)) {
      const block = blank('headed');
      while (isHead(paragraphs[i])) block.head.push(paragraphs[i++]);
      while (paragraphs[i]?.kind === 'byline' || paragraphs[i]?.kind === 'meta') block.credits.push(paragraphs[i++]);
      const next = paragraphs[i];
      const placements = block.head.map((h) => (h.kind === 'kicker' ? kickerPlacement(h.text) : null));
      if (!next) block.kind = 'dangling';
      else if (next.kind === 'dateline' || next.kind === 'caption') {
        block.kind = next.kind;
        block.body.push(next);
        i++;
      } else {
        block.body.push(next);
        i++;
        // The article before is finished when it ended with its credit (a byline line, or a credit after its last sentence) or was a caption.
        const closed = current === undefined || current.kind === 'caption' || closesWithCredit(lastParagraph(current));
        // A reporter's notebook (`记者手记`) with a headline of its own is a piece of its own, not a box of the report before.
        const notebook = block.head.some((h) => h.kind === 'kicker' && isNotebookKicker(h.text)) && block.head.some((h) => h.kind === 'headline');
        block.section = placements.includes('section') && !notebook;
        // A column line that a blank line parts from the headline under it stands over a new article too.
        const column = block.head.slice(1).some((h) => h.gap);
        block.strong = !block.section && (closed || column || block.credits.length > 0 || placements.some((pl) => pl === 'leading' || pl === 'trailing'));
      }
      blocks.push(block);
      continue;
    }
    i++;
    if (p.kind === 'dateline' && current && opensAfterNote(current)) {
      // An editor's note under a headline (`编者按:…`) is followed by the report's dateline: one article.
      current.body.push(p);
    } else if (p.kind === 'caption' && current && continuesPictures(p, current)) {
      current.body.push(p);
    } else if (p.kind === 'body' && current && captionGoesOn(current, paragraphs, i - 1)) {
      current.body.push(p);
    } else if (p.kind === 'body' && current && closedByCredit(current, paragraphs, i - 1)) {
      const block = blank('headed');
      block.body.push(p);
      blocks.push(block);
    } else if (p.kind === 'dateline' || p.kind === 'caption') {
      const block = blank(p.kind);
      block.body.push(p);
      blocks.push(block);
    } else if (current === undefined) {
      const block = blank('headed');
      (p.kind === 'byline' || p.kind === 'meta' ? block.credits : block.body).push(p);
      blocks.push(block);
    } else if (current.kind === 'caption' && p.kind !== 'byline' && p.kind !== 'meta') {
      const block = blank('continuation');
      block.body.push(p);
      blocks.push(block);
    } else {
      current.body.push(p);
    }
  }
  for (const block of blocks) if (block.kind === 'headed' && !block.section && isPhotoStory(block)) block.strong = true;
  const linedUp = paragraphs.some((p) => p.gap);
  return partTrailingCaptions(linedUp ? splitCreditedTwice(blocks) : blocks, linedUp);
}

// A photo story is a few caption paragraphs: a longer section ending in a photo credit is part of a report.
const MAX_PHOTO_STORY = 4;

/**
 * True when a headline block over plain text is a photo story: a few paragraphs closed by a
 * credit line naming photographers only (`本报记者 X Y 摄`). It is an article of its own, never a
 * sub-head of the report before it.
 */
function isPhotoStory(block: Block): boolean {
  const last = block.body[block.body.length - 1];
  if (!last || last.kind !== 'byline' || block.body.length > MAX_PHOTO_STORY) return false;
  const entries = parseBylineLine(last.text);
  return entries !== null && entries.every((e) => e.role === '摄影');
}
