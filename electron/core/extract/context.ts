import type { EntityType } from '../../shared/types';
import type { Gazetteer, GazPlace } from './gazetteer';
import type { AppLexicons, OrgSuffixClass } from './lexicons';
import type { RuleName } from './rules/table';
import { RULES } from './rules/table';
import type { Segmenter, Token } from './segmenter';

/** A possible mention, before overlaps are settled. */
export interface Candidate {
  type: EntityType;
  start: number;
  end: number;
  /** Canonical name. */
  name: string;
  /** Higher wins among overlapping candidates of the same length class (from the rule table). */
  priority: number;
  /** Taken before any other candidate (user lexicon, bylines; from the rule table). */
  protect?: boolean;
  /** May stand inside an accepted longer mention (places listed in a name's parentheses). */
  nestable?: boolean;
  place?: GazPlace;
  code?: string;
  /** Parenthesised lists inside the span that the canonical name leaves out. */
  dropped?: Array<[number, number]>;
  /** Which rule made it (extract/rules/table.ts). */
  rule: RuleName;
  /** The class of the suffix an organisation's name ends with (org.suffix). */
  cls?: OrgSuffixClass;
}

/** A candidate of `rule`, ranked as the rule table says. */
export function candidate(
  rule: RuleName,
  type: EntityType,
  start: number,
  end: number,
  name: string,
  extra: Omit<Partial<Candidate>, 'rule' | 'type' | 'start' | 'end' | 'name' | 'priority' | 'protect'> = {},
): Candidate {
  const info = RULES[rule];
  // Every candidate has the same fields in the same order (one object shape for the code that reads them).
  return {
    type,
    start,
    end,
    name,
    priority: info.priority,
    protect: 'protect' in info ? info.protect : undefined,
    nestable: extra.nestable,
    place: extra.place,
    code: extra.code,
    dropped: extra.dropped,
    rule,
    cls: extra.cls,
  };
}

/** Names the user taught, matched first. */
export interface UserEntry {
  type: EntityType;
  name: string;
}

/** What every recogniser gets for one text. */
export interface Ctx {
  text: string;
  tokens: Token[];
  /** Index of the token that starts at a char offset, or -1. */
  tokenStartingAt: Int32Array;
  /** Index of the token that ends at a char offset (exclusive end), or -1. */
  tokenEndingAt: Int32Array;
  /** Index of the token covering a char offset. */
  tokenAt: Int32Array;
  lex: AppLexicons;
  gaz: Gazetteer;
  seg: Segmenter;
}

/** Segments `text` and indexes its tokens by offset. */
export function makeCtx(text: string, lex: AppLexicons, gaz: Gazetteer, seg: Segmenter): Ctx {
  const tokens = seg.tokens(text);
  const n = text.length;
  const tokenStartingAt = new Int32Array(n + 1).fill(-1);
  const tokenEndingAt = new Int32Array(n + 1).fill(-1);
  const tokenAt = new Int32Array(n + 1).fill(-1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    tokenStartingAt[t.start] = i;
    tokenEndingAt[t.end] = i;
    for (let k = t.start; k < t.end; k++) tokenAt[k] = i;
  }
  return { text, tokens, tokenStartingAt, tokenEndingAt, tokenAt, lex, gaz, seg };
}

/** True when a word boundary of the segmentation falls at `pos` (or the text ends there). */
export function isBoundary(ctx: Ctx, pos: number): boolean {
  return pos <= 0 || pos >= ctx.text.length || ctx.tokenStartingAt[pos] >= 0;
}
