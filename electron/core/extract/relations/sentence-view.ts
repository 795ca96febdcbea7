import type { EntityMention, EntityType } from '../../../shared/types';
import type { SentenceSpan } from '../sentences';
import { ADVERBIAL_PREFIX, LIST_JOINER, QUOTES } from './lexicon';

/** Stands in the masked text for every character of an entity mention. */
export const MASK = '\uE000';

/** Entities of one type joined into a list (`A、B和C`), with what stands before them. */
export interface Group {
  type: EntityType;
  items: EntityMention[];
  /** Start including modifiers (a place before an organisation, an organisation before a title). */
  start: number;
  end: number;
  clause: number;
  /** Text between the previous group of the clause (or the clause start) and this group, trimmed. */
  prefix: string;
  /** May be the subject of a verb after it: clause-initial, after `是`, or the agent after `由`. */
  candidate: boolean;
  /** Follows `由`: the agent of a passive (`该项目由X发起`). */
  passive: boolean;
  /** The subject at the start of its clause, carried to later clauses of the sentence. */
  initial: boolean;
}

/** A clause: a stretch of a sentence between commas, colons, semicolons and spaces. */
export interface Clause {
  start: number;
  end: number;
  groups: Group[];
}

/** One sentence with its mentions grouped and its clauses found. */
export interface SentenceView {
  start: number;
  end: number;
  /** Top-level mentions inside the sentence, in order. */
  mentions: EntityMention[];
  /** The sentence text with mention characters replaced by MASK (so verbs inside names never match). */
  masked: string;
  clauses: Clause[];
  groups: Group[];
}

// Spaces outside names break clauses too: headlines join phrases with them (`…服务平台 零工驿站成…`).
const CLAUSE_BREAK = /[，,；;：:]|\s+/g;
const COORDINATED_PREDICATE = /^[\u4e00-\u9fa5]{2,4}、$/;

/**
 * Builds the view of one sentence. `modifierOf` maps a mention to the mention it modifies
 * (an organisation before `秘书长夏海燕` modifies the person); places and organisations that
 * directly precede another entity are found here and added to it.
 */
export function buildSentenceView(
  text: string,
  span: SentenceSpan,
  mentions: EntityMention[],
  modifierOf: Map<EntityMention, EntityMention>,
): SentenceView {
  let masked = '';
  let at = span.start;
  for (const m of mentions) {
    masked += text.slice(at, m.start) + MASK.repeat(m.end - m.start);
    at = m.end;
  }
  masked += text.slice(at, span.end);

  const clauses: Clause[] = [];
  let cs = span.start;
  CLAUSE_BREAK.lastIndex = 0;
  for (let b = CLAUSE_BREAK.exec(masked); b; b = CLAUSE_BREAK.exec(masked)) {
    clauses.push({ start: cs, end: span.start + b.index, groups: [] });
    cs = span.start + b.index + b[0].length;
  }
  clauses.push({ start: cs, end: span.end, groups: [] });

  const modifiers = modifierOf;
  for (let i = 0; i + 1 < mentions.length; i++) {
    const m = mentions[i];
    const n = mentions[i + 1];
    if (modifiers.has(m) || n.type === 'person' || !isBlank(text, m.end, n.start)) continue;
    // A place right before a name (`广西壮族自治区河池市总工会`) or an organisation before its unit.
    if (m.type === 'place' || (m.type === 'organisation' && n.type === 'organisation')) modifiers.set(m, n);
  }
  const headStart = new Map<EntityMention, number>();
  for (const m of mentions) {
    let target = m;
    while (modifiers.has(target)) target = modifiers.get(target) as EntityMention;
    headStart.set(target, Math.min(headStart.get(target) ?? m.start, m.start));
  }

  const groups: Group[] = [];
  let clause = 0;
  for (const m of mentions) {
    if (modifiers.has(m)) continue;
    const start = headStart.get(m) ?? m.start;
    while (clause + 1 < clauses.length && clauses[clause].end <= start) clause++;
    const last = groups[groups.length - 1];
    if (
      last &&
      last.clause === clause &&
      last.type === m.type &&
      LIST_JOINER.test(text.slice(last.end, start).replace(QUOTES, ''))
    ) {
      last.items.push(m);
      last.end = m.end;
      continue;
    }
    const group: Group = { type: m.type, items: [m], start, end: m.end, clause, prefix: '', candidate: false, passive: false, initial: false };
    groups.push(group);
    clauses[clause].groups.push(group);
  }
  for (const clause of clauses) {
    let from = clause.start;
    clause.groups.forEach((g, k) => {
      g.prefix = text.slice(from, g.start).replace(QUOTES, '').trim();
      g.passive = g.prefix.endsWith('由');
      const adverbial = ADVERBIAL_PREFIX.test(g.prefix);
      // `由A主办、B承办`: B follows a short predicate and 、, like the subject before it.
      const coordinated = k > 0 && clause.groups[k - 1].candidate && COORDINATED_PREDICATE.test(g.prefix);
      g.candidate = adverbial || g.passive || coordinated;
      g.initial = k === 0 && adverbial && !g.prefix.endsWith('是');
      from = g.end;
    });
  }
  return { start: span.start, end: span.end, mentions, masked, clauses, groups };
}

function isBlank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!/\s/.test(text[i])) return false;
  return true;
}

/** The masked text of `view` between two absolute offsets. */
export function maskedBetween(view: SentenceView, from: number, to: number): string {
  return view.masked.slice(Math.max(0, from - view.start), Math.max(0, to - view.start));
}

/** The clause subject in force at `clause`: the initial group of the nearest clause at or before it. */
export function carriedSubject(view: SentenceView, clause: number): Group | null {
  for (let k = clause; k >= 0; k--) {
    const first = view.clauses[k].groups[0];
    if (first?.initial) return first;
  }
  return null;
}

/** True when a mention is a song or book title (`《土家情歌》`), never a program. */
export function isTitleWork(text: string, m: EntityMention): boolean {
  return m.surface.startsWith('《') || (text[m.start - 1] === '《' && text[m.end] === '》');
}
