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
  /**
   * Masked text back to the end of the last group that is not a place (or the clause start), quotes
   * removed: what stands before the group when places inside names not found (`夷陵区` of
   * `夷陵区人社局`) are part of it.
   */
  lead: string;
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
    const group: Group = { type: m.type, items: [m], start, end: m.end, clause, prefix: '', lead: '', candidate: false, passive: false, initial: false };
    groups.push(group);
    clauses[clause].groups.push(group);
  }
  for (const clause of clauses) {
    let from = clause.start;
    // Groups before this one that all stand inside brackets (`本报讯(记者 甲 通讯员 乙)`) do not count.
    let opening = true;
    let leadFrom = clause.start;
    clause.groups.forEach((g, k) => {
      g.prefix = text.slice(from, g.start).replace(QUOTES, '').trim();
      g.lead = masked.slice(leadFrom - span.start, g.start - span.start).replace(QUOTES, '').trim();
      g.passive = g.prefix.endsWith('由') || PASSIVE_LIST.test(g.lead);
      const bracketed = bracketDepth(text, span.start, g.start) > 0;
      // `(…通讯员 乙)潍坊市总工会日前…`: the name after the closing bracket opens the clause.
      const lead = k > 0 && opening && CLOSING.test(g.prefix) ? g.prefix.replace(CLOSING, '').trim() : g.prefix;
      const adverbial = !bracketed && ADVERBIAL_PREFIX.test(lead) && (lead === g.prefix || opening);
      // `由A主办、B承办`: B follows a short predicate and 、, like the subject before it.
      const coordinated = k > 0 && clause.groups[k - 1].candidate && COORDINATED_PREDICATE.test(g.prefix);
      // `“P”培育计划是A与B共同推出的`: the organisations after a program and `是` made it.
      const madeIt = k > 0 && clause.groups[k - 1].type === 'program' && TOPIC_COPULA.test(g.prefix);
      // `这是A组建的…`: the organisation after `这是` is the subject of the relative clause.
      const thisIs = !bracketed && THIS_IS.test(g.prefix);
      g.candidate = adverbial || thisIs || g.passive || coordinated || madeIt || (!bracketed && subjectAfterSite(clause.groups, k));
      g.initial = (k === 0 || (opening && lead !== g.prefix)) && adverbial && !lead.endsWith('是');
      opening &&= bracketed;
      from = g.end;
      if (g.type !== 'place') leadFrom = g.end;
    });
  }
  return { start: span.start, end: span.end, mentions, masked, clauses, groups };
}

const CLOSING = /^[)）]/;
const THIS_IS = /^(?:这|这里|这就|此|它)是$/;
/** Between a program and the organisations that made it: `是`, after a head noun (`培育计划是`). */
export const TOPIC_COPULA = /^(?:[\u4e00-\u9fa5]{0,4}?(?:计划|项目|活动|工程|品牌|行动|平台|驿站|基金|赛事|竞赛|大赛|服务))?是$/;
/** `由A、B联合主办` where A is not a name found: words ending like an organisation, then a joiner. */
export const PASSIVE_LIST = /由(?:[\u4e00-\u9fa5\uE000]{1,14}?(?:会|厅|局|委|办|联|院|部|处|团|社|中心|公司|集团|总)(?:、|和|及|与|以及))+$/;
// `位于A区的B公司举行…`: the organisation after a place it lies in, the place opening the clause.
const SITE_PREFIX = /^(?:位于|地处|坐落于|坐落在)$/;

/** Brackets opened and not closed in `text` between two offsets. */
function bracketDepth(text: string, from: number, to: number): number {
  let depth = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '(' || c === '（') depth++;
    else if ((c === ')' || c === '）') && depth > 0) depth--;
  }
  return depth;
}

/** True when group `k` follows `位于P的` that opens its clause: the subject of what comes next. */
function subjectAfterSite(groups: Group[], k: number): boolean {
  const g = groups[k];
  const place = groups[k - 1];
  return k === 1 && g.type === 'organisation' && place.type === 'place' && g.prefix === '的' && SITE_PREFIX.test(place.prefix);
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
