import { parseBylineLine } from './byline';
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

/**
 * True when a caption belongs to the block before it: a caption right after another caption (one
 * photo story in several paragraphs, or several photos), or a caption pointing at its picture
 * (`上图:…摄`) under a report that its byline has not closed.
 */
function continuesPictures(p: Paragraph, current: Block): boolean {
  if (lastParagraph(current)?.kind === 'caption') return true;
  return PICTURE_MARK.test(p.text) && lastParagraph(current)?.kind !== 'byline';
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
        block.strong = !block.section && (closed || block.credits.length > 0 || placements.some((pl) => pl === 'leading' || pl === 'trailing'));
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
  return blocks;
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
