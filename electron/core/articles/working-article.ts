import type { ArticleParts } from './assemble';
import type { Block } from './blocks';
import type { Paragraph } from './paragraphs';

/** An article being built from blocks, with its position on the page (the index of its first block). */
export interface WorkingArticle extends ArticleParts {
  order: number;
  caption: boolean;
  /** Indexes of the page's blocks that make up this article. */
  members: number[];
}

/** The text of some paragraphs, one per line. */
export const textOf = (ps: Paragraph[]): string => ps.map((p) => p.text).join('\n');

/** The whole text of a block or article: head, credits and body. */
export const partsText = (parts: ArticleParts): string => textOf([...parts.head, ...parts.credits, ...parts.body]);

/** Starts an article from a block. */
export function articleFrom(block: Block, order: number): WorkingArticle {
  return { head: [...block.head], credits: [...block.credits], body: [...block.body], order, caption: block.kind === 'caption', members: [order] };
}

/** Appends a block to an article: its headlines become sub-heads inside the body. */
export function mergeInto(article: WorkingArticle, block: Block, index: number): void {
  article.body.push(...block.head, ...block.credits, ...block.body);
  article.members.push(index);
}
