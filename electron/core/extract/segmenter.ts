import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** A word of the segmentation with its UTF-16 offsets. */
export interface Token {
  word: string;
  tag: string;
  start: number;
  end: number;
}

/** A jieba instance with the app's words loaded, and a cache of single-word lookups. */
export interface Segmenter {
  /** Words of `text`; `cached` keeps the result for short strings met again (names). */
  tokens(text: string, cached?: boolean): Token[];
  /** The tag of `word` when jieba keeps it whole as one dictionary word, else null. */
  wordTag(word: string): string | null;
}

/**
 * Builds a segmenter over jieba's dictionary plus `extra` words (`word tag` pairs), which keep
 * the gazetteer's and lexicons' names whole.
 */
export function createSegmenter(extra: Iterable<[string, string]>): Segmenter {
  const jieba = Jieba.withDict(dict);
  const lines: string[] = [];
  for (const [word, tag] of extra) {
    if (!/\s/.test(word) && word.length > 1) lines.push(`${word} 800 ${tag}`);
  }
  if (lines.length) jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  const wordTags = new Map<string, string | null>();
  const short = new Map<string, Token[]>();
  const segmenter: Segmenter = {
    tokens(text: string, cached = false): Token[] {
      if (cached) {
        let hit = short.get(text);
        if (!hit) {
          hit = segmenter.tokens(text);
          if (short.size > 50_000) short.clear();
          short.set(text, hit);
        }
        return hit;
      }
      const out: Token[] = [];
      let off = 0;
      for (const { word, tag } of jieba.tag(text, true)) {
        let start = off;
        if (!text.startsWith(word, off)) {
          const found = text.indexOf(word, off);
          if (found < 0) continue;
          start = found;
        }
        out.push({ word, tag, start, end: start + word.length });
        off = start + word.length;
      }
      return out;
    },
    wordTag(word: string): string | null {
      let tag = wordTags.get(word);
      if (tag === undefined) {
        const tagged = jieba.tag(word, false);
        tag = tagged.length === 1 ? tagged[0].tag : null;
        wordTags.set(word, tag);
      }
      return tag;
    },
  };
  return segmenter;
}
