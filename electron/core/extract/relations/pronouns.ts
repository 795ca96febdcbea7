import type { EntityMention } from '../../../shared/types';
import { insideQuote } from './author-unit';

// `他`/`她` standing for a person, not part of a word (`他们`, `其他`, `吉他`, `他乡`).
const PRONOUN = /[他她]/g;
const NOT_BEFORE = /[其吉利无排]/;
const NOT_AFTER = /[们人乡处山国日者]/;
// A name in a credit (`记者 张三`, `张三 摄`): never what a pronoun of the story stands for.
const CREDIT_BEFORE = /(?:记者|通讯员|摄影|编辑|文\/|图\/|□)\s*$/;
const CREDIT_AFTER = /^\s*(?:摄|报道|供图|整理)/;

const PRONOUNS = new WeakSet<EntityMention>();

/** True for a mention added for `他`/`她` or a reference (`该公司`): typed rules read it, co-occurrence (derived from the entity mentions) does not. */
export function isPronoun(m: EntityMention): boolean {
  return PRONOUNS.has(m);
}

/** Marks a mention that stands in for an entity named elsewhere (see isPronoun). */
export function markStandIn(m: EntityMention): void {
  PRONOUNS.add(m);
}

/**
 * Adds a person mention for each `他`/`她` of the narrative (outside quotations) that stands for the
 * person named last before it, in its paragraph or, at the opening of a paragraph, the one before:
 * `孙明亮已在码头干了27年。去年,他在…竞赛中拿到一等奖` reads as 孙明亮. The mention keeps the
 * pronoun as its surface and the person's name; relations are then read from it like from a name.
 */
export function withPronouns(text: string, top: EntityMention[]): EntityMention[] {
  const out: EntityMention[] = [];
  let i = 0;
  let last: EntityMention | null = null;
  PRONOUN.lastIndex = 0;
  for (let m = PRONOUN.exec(text); m; m = PRONOUN.exec(text)) {
    const at = m.index;
    for (; i < top.length && top[i].start <= at; i++) {
      out.push(top[i]);
      const t = top[i];
      if (t.type === 'person' && !CREDIT_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) && !CREDIT_AFTER.test(text.slice(t.end, t.end + 4))) last = t;
    }
    if (out.length > 0 && out[out.length - 1].end > at) continue;
    if (!last || NOT_BEFORE.test(text[at - 1] ?? '') || NOT_AFTER.test(text[at + 1] ?? '') || insideQuote(text, at)) continue;
    // The person must be named in this paragraph or the one before.
    const paragraph = text.lastIndexOf('\n', at - 1);
    const previous = paragraph > 0 ? text.lastIndexOf('\n', paragraph - 1) : -1;
    if (last.start < previous) continue;
    const pronoun: EntityMention = { type: 'person', name: last.name, surface: text[at], start: at, end: at + 1 };
    PRONOUNS.add(pronoun);
    out.push(pronoun);
  }
  for (; i < top.length; i++) out.push(top[i]);
  return out;
}
