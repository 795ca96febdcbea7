import type { EntityMention } from '../../../shared/types';
import { MentionIndex } from './anaphora';
import { insideQuote } from './author-unit';
import { ORG_HEADS, PROGRAM_HEAD } from './lexicon';
import { markStandIn } from './pronouns';

// A demonstrative and an organisation's head noun (`该公司`, `这家企业`, `本厂`), not a meeting
// (`该会议`, `这个会上`) or a member (`该会员`).
const ORG_REFERENCE = new RegExp(`(?:该|此|这家|这个|本)(${ORG_HEADS.join('|')})(?![议员场上后前中里])`, 'g');
// A demonstrative and a noun ending in a program's head (`本届运动会`, `这场招聘会`, `该机制`, `此次活动`).
const PROGRAM_HEADS = PROGRAM_HEAD.source.replace(/\$$/, '');
const PROGRAM_REFERENCE = new RegExp(`(?:该|此次|本次|本届|这一|这个|这项|这场|这次|此)((?:[\\u4e00-\\u9fa5]{0,4}?)${PROGRAM_HEADS})`, 'g');
// A demonstrative and a noun for a way of working (`这一做法`, `这种模式`): the program the text described last.
const PRACTICE_REFERENCE = /(?:这一|这种|这项|这个|该|此)(?:做法|模式|经验)/g;
const ORG_HEAD_FIRST = new RegExp(`^${ORG_REFERENCE.source}`);
// A demonstrative and the tail of a name (`这个骑手之家` for `…商务区骑手之家`), up to 6 characters.
const NAME_TAIL_REFERENCE = /(?:该|此|这家|这个|这所|这座|本)([\u4e00-\u9fa5]{2,6})/g;
// After the phrase: the topic of a passive (`该联合工会由A牵头…`) or a possessive of a program
// (`是该行动的示范点`), which the passive and membership rules read from the words themselves.
const READ_AS_WORDS = /^(?:是由|均由|由|的)/;
// Where a clause opens: the short form of a name may stand there (`镇总工会主席X说`).
const CLAUSE_OPENING = /(?:^|[。！？；;，,：:\n”\s])(?=[\u4e00-\u9fa5]{3})/g;
// A name read without its legal form (`…集团有限责任公司工会` → `…集团工会`, `…集团有限公司工会` → `…集团公司工会`).
const LEGAL_FORMS = /股份有限公司|有限责任公司|有限公司/g;
const LIMITED = /股份有限|有限责任|有限/g;
// `该项服务` is 该 + a noun ending in a head; `该项目部` is an organisation (organisations are read first).

/**
 * Adds, for each demonstrative and head noun of the narrative that refers back to an organisation or
 * a program named before in the text (`该公司焊接班班长王某`, `该公司女工参加“P”`, `本届运动会由A承办`),
 * a mention of that entity with the phrase as its surface, so every relation rule reads the phrase
 * like the name (subject or object). An organisation is the nearest before whose name ends with the
 * head (a company for `厂`/`企业`); a program the nearest whose name holds the noun, else the head,
 * else the nearest program (the rules of MentionIndex). Phrases inside a name or a quotation, and
 * phrases nothing before them resolves, add nothing. The added mentions feed the typed rules only
 * (never co-occurrence, which the store derives from the entity mentions).
 */
export function withReferences(text: string, top: EntityMention[]): EntityMention[] {
  const orgs = new MentionIndex(top.filter((m) => m.type === 'organisation'));
  const programs = new MentionIndex(top.filter((m) => m.type === 'program'));
  const added: EntityMention[] = [];
  const taken: Array<[number, number]> = [];
  const free = (start: number, end: number): boolean =>
    !overlapsAny(top, start, end) &&
    !taken.some(([s, e]) => start < e && s < end) &&
    !insideQuote(text, start) &&
    !READ_AS_WORDS.test(text.slice(end, end + 2));
  const take = (mention: EntityMention): void => {
    added.push(mention);
    taken.push([mention.start, mention.end]);
  };

  // Every free match of `pattern` stands in for what `resolve` finds for it.
  const standInForEach = (pattern: RegExp, resolve: (m: RegExpExecArray, start: number) => EntityMention | null): void => {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!free(start, end)) continue;
      const target = resolve(m, start);
      if (target) take(standIn(target, m[0], start, end));
    }
  };

  standInForEach(ORG_REFERENCE, (m, start) => orgs.byHead(m[1], start));
  NAME_TAIL_REFERENCE.lastIndex = 0;
  for (let m = NAME_TAIL_REFERENCE.exec(text); m; m = NAME_TAIL_REFERENCE.exec(text)) {
    // `该公司工会主席` is a title at the company (`该公司`), resolved or not above: never `…公司工会`.
    if (ORG_HEAD_FIRST.test(text.slice(m.index, m.index + 8))) continue;
    // The longest tail of a name named before: `这个骑手之家是…` is 骑手之家.
    for (let len = m[1].length; len >= 2; len--) {
      const tail = m[1].slice(0, len);
      const start = m.index;
      const end = start + m[0].length - (m[1].length - len);
      if (!free(start, end)) continue;
      const org = orgs.before(start, (o) => o.name.endsWith(tail) && o.name.length > tail.length);
      if (!org) continue;
      take(standIn(org, text.slice(start, end), start, end));
      NAME_TAIL_REFERENCE.lastIndex = end;
      break;
    }
  }
  // A clause opening with the tail of an organisation's name named before (`镇总工会主席X` after
  // `…市X镇总工会`, `集团公司工会主席Y` after `…集团有限公司工会`): three characters or more, ending
  // with an organisation's head noun, the longest such tail.
  CLAUSE_OPENING.lastIndex = 0;
  for (let m = CLAUSE_OPENING.exec(text); m; m = CLAUSE_OPENING.exec(text)) {
    const start = m.index + m[0].length;
    if (m[0].length === 0) CLAUSE_OPENING.lastIndex++;
    // Only tails of Chinese characters ending with a head are sliced (one string per candidate).
    for (let len = hanRun(text, start, 12); len >= 3; len--) {
      if (!endsWithOrgHead(text, start + len) || !free(start, start + len)) continue;
      const tail = text.slice(start, start + len);
      const org = orgs.before(start, (o) => endsWithTail(o.name, tail));
      if (!org) continue;
      take(standIn(org, tail, start, start + len));
      break;
    }
  }
  standInForEach(PROGRAM_REFERENCE, (m, start) => programs.resolve(m[0], start));
  standInForEach(PRACTICE_REFERENCE, (_m, start) => programs.before(start, (p) => !p.surface.startsWith('《')));
  if (added.length === 0) return top;
  return [...top, ...added].sort((a, b) => a.start - b.start || b.end - a.end);
}

/** Length of the run of Chinese characters (U+4E00-U+9FA5) at `start`, at most `max`. */
function hanRun(text: string, start: number, max: number): number {
  const end = Math.min(text.length, start + max);
  let k = start;
  while (k < end) {
    const c = text.charCodeAt(k);
    if (c < 0x4e00 || c > 0x9fa5) break;
    k++;
  }
  return k - start;
}

/** The organisations' head nouns by the code unit they end with. */
const ORG_HEADS_BY_LAST = new Map<number, string[]>();
for (const head of ORG_HEADS) {
  const last = head.charCodeAt(head.length - 1);
  const heads = ORG_HEADS_BY_LAST.get(last);
  if (heads) heads.push(head);
  else ORG_HEADS_BY_LAST.set(last, [head]);
}

/** True when the text before `end` ends with an organisation's head noun, without slicing it. */
function endsWithOrgHead(text: string, end: number): boolean {
  const heads = ORG_HEADS_BY_LAST.get(text.charCodeAt(end - 1));
  if (!heads) return false;
  for (const head of heads) if (text.endsWith(head, end)) return true;
  return false;
}

const nameForms = new Map<string, readonly string[]>();
/** True when `name`, as written or without its legal form, ends with `tail` and is longer. */
function endsWithTail(name: string, tail: string): boolean {
  if (name.length <= tail.length) return false;
  let forms = nameForms.get(name);
  if (!forms) {
    forms = [...new Set([name, name.replace(LEGAL_FORMS, ''), name.replace(LIMITED, '')])];
    if (nameForms.size > 10_000) nameForms.clear();
    nameForms.set(name, forms);
  }
  return forms.some((f) => f.length > tail.length && f.endsWith(tail));
}

function standIn(of: EntityMention, surface: string, start: number, end: number): EntityMention {
  const m: EntityMention = { type: of.type, name: of.name, surface, start, end };
  markStandIn(m);
  return m;
}

/** True when [start, end) overlaps a mention of `sorted` (ordered by start, not nested). */
function overlapsAny(sorted: readonly EntityMention[], start: number, end: number): boolean {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  // Mentions are not nested here, so ends are ordered like starts: the first ending after `start` decides.
  return lo < sorted.length && sorted[lo].start < end;
}
