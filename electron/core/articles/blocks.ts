import { isPhotoSource, parseBylineLine, trailingCredit } from './byline';
import { closingNames, inlineCredit } from './closing-credits';
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
function closesWithCredit(p: Paragraph | undefined): boolean {
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

/**
 * Where a picture caption printed under a report starts in the block's body, or -1. The block must
 * end with a line crediting photographers only; the caption is the few paragraphs before that line
 * from the first that names its picture (`上图:`, under a report its credit closed), else from the
 * last blank line of a page whose paragraphs follow line by line. The block's first paragraph (its
 * dateline, or the lead under its headline) always stays the report's.
 */
function trailingCaptionStart(block: Block): number {
  const { body } = block;
  const end = body.length - 1;
  if (end < 2 || !photographersOnly(body[end])) return -1;
  let marked = -1;
  let gapped = -1;
  for (let i = end - 1; i >= Math.max(1, end - MAX_CAPTION) && body[i].kind === 'body'; i--) {
    if (PICTURE_MARK.test(body[i].text)) marked = i;
    if (body[i].gap && gapped < 0) gapped = i;
  }
  if (marked > 0 && closesWithCredit(body[marked - 1])) return marked;
  return gapped;
}

/** Parts a picture caption printed under a report from the report's block (see {@link trailingCaptionStart}). */
function partTrailingCaptions(blocks: Block[]): Block[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'caption' || block.kind === 'dangling') return [block];
    const start = trailingCaptionStart(block);
    if (start < 0) return [block];
    const caption: Block = { head: [], credits: [], body: block.body.slice(start), kind: 'caption', strong: true, section: false };
    return [{ ...block, body: block.body.slice(0, start) }, caption];
  });
}

/** True when a headed block holds nothing but an editor's note under its headline, so that the report's dateline is still to come. */
function opensAfterNote(current: Block): boolean {
  if (current.kind !== 'headed' || current.head.length === 0 || current.body.length === 0) return false;
  const last = current.head[current.head.length - 1];
  const underNoteKicker = last.kind === 'kicker' && kickerPlacement(last.text) === 'trailing';
  return current.body.every((p) => p.kind === 'body' && (underNoteKicker || isEditorNote(p.text)));
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
        // The article before is finished when it ended with its byline or was a caption.
        const closed = current === undefined || current.kind === 'caption' || lastParagraph(current)?.kind === 'byline';
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
  return partTrailingCaptions(blocks);
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
