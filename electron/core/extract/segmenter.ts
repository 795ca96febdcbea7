import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { TagCache } from './tag-cache';

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

let baseTags: Map<string, string> | null = null;

/** The tags of jieba's dictionary words (the first line of a word wins, as in jieba). */
function dictionaryTags(): Map<string, string> {
  if (baseTags) return baseTags;
  const tags = new Map<string, string>();
  const text = new TextDecoder().decode(dict);
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const a = text.indexOf(' ', start);
    const b = a >= 0 ? text.indexOf(' ', a + 1) : -1;
    if (a > start && b > a && b < end) {
      const word = text.slice(start, a);
      if (!tags.has(word)) tags.set(word, text.slice(b + 1, end).trim());
    }
    start = end + 1;
  }
  baseTags = tags;
  return tags;
}

/** jieba's tag for a word it does not know: x, or m for digits, eng for other ASCII letters and digits. */
function unknownTag(word: string): string {
  let eng = 0;
  let digits = 0;
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const digit = c >= 0x30 && c <= 0x39;
    if (digit || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
      eng++;
      if (digit) digits++;
    }
  }
  return eng === 0 ? 'x' : eng === digits ? 'm' : 'eng';
}

/** True when every code unit of `word` is a CJK unified ideograph of the basic block jieba reads as Chinese. */
function allIdeographs(word: string): boolean {
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fa5) return false;
  }
  return true;
}

/**
 * Builds a segmenter over jieba's dictionary plus `extra` words (`word tag` pairs), which keep
 * the gazetteer's and lexicons' names whole. Words are cut by jieba and tagged as jieba's `tag`
 * would tag them (the dictionary's tag, else x/m/eng), without its slower tagging call.
 */
export function createSegmenter(extra: Iterable<[string, string]>): Segmenter {
  const jieba = Jieba.withDict(dict);
  const base = dictionaryTags();
  const added = new Map<string, string>();
  const lines: string[] = [];
  for (const [word, tag] of extra) {
    if (/\s/.test(word) || word.length <= 1) continue;
    lines.push(`${word} 800 ${tag}`);
    // jieba keeps the tag a word already has.
    if (!base.has(word) && !added.has(word)) added.set(word, tag);
  }
  if (lines.length) jieba.loadDict(Buffer.from(lines.join('\n'), 'utf8'));
  const lookUp = (word: string): string => base.get(word) ?? added.get(word) ?? unknownTag(word);
  const tags = new TagCache(lookUp);
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
      for (const word of jieba.cut(text, true)) {
        let start = off;
        if (!text.startsWith(word, off)) {
          const found = text.indexOf(word, off);
          if (found < 0) continue;
          start = found;
        }
        out.push({ word, tag: tags.get(word), start, end: start + word.length });
        off = start + word.length;
      }
      return out;
    },
    wordTag(word: string): string | null {
      let tag = wordTags.get(word);
      if (tag === undefined) {
        // Without HMM, jieba keeps several ideographs together only as a word of its dictionary.
        if (word.length > 1 && !base.has(word) && !added.has(word) && allIdeographs(word)) tag = null;
        else {
          const words = jieba.cut(word, false);
          tag = words.length === 1 ? tags.get(words[0]) : null;
        }
        if (wordTags.size > 200_000) wordTags.clear();
        wordTags.set(word, tag);
      }
      return tag;
    },
  };
  return segmenter;
}
