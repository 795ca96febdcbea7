import type { EntityMention } from '../../../shared/types';
import type { MentionIndex } from './anaphora';
import { BARE_ORG_SUBJECT, COOPERATION_AFTER, FOUNDING_VERB, ORG_HEADS, ORGANISE_VERBS, PARTNER_CUES, QUOTES, STRICT_OBJECT_VERB } from './lexicon';
import { guideGroups, hostsBefore } from './organise-frames';
import { agentBefore, MAX_AGENT_GAP } from './subjects';
import { insideQuote } from './author-unit';
import { carriedSubject, isTitleWork, maskedBetween, MASK, PASSIVE_LIST, TOPIC_COPULA } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';
import { canonicalPair } from './sink';
import type { RelationSink } from './sink';
import type { RoleLink } from './roles';
import { findVerbs } from './verbs';
import type { VerbHit } from './verbs';

// After a passive agent, a verb of leading with nothing after it (`由省总工会牵头,`).
const LEAD_VERB = /^(牵头|负责|主导|领衔|统筹)$/;
/** Modal words that may stand between a topic and `由` (`是由`, `均由`). */
const MODALS_BY = new RegExp(`(?:是|均|则|将|也|都|已|正|还|主要|全部|统一|一直|同样)*(?:由$|${PASSIVE_LIST.source})`);
/** What may follow a verb that ends a continuation clause (`，遵义市总工会承办。`). */
const CLAUSE_TAIL = /^[\s。！？!?”’)）]*(?:等单位|单位)?[\s。！？!?”’)）]*$/;
const YEAR = /((?:19|20)\d{2})年/g;
// Between a founding verb and the organisation it sets up: nothing, a bare 的 (`A和B共同设立的X中心`),
// or a modifier ending in 的 with no names.
const ORG_OBJECT_GAP = new RegExp(`^[了\\s]*(?:[^，,。；;${MASK}]{0,30}的)?$`);
// Verbs whose object does what the next verb says (`动员劳模工匠建立…`).
const PIVOT = /(动员|引导|鼓励|带动|号召|发动|帮助|支持|指导|邀请|吸引|督促|推动|组织引导)[^，,；;]+$/;
// What lies between a verb and the program of its relative clause: `的`, or more co-organisers
// first (`、B承办的`). Names are masked, so a run of MASK is one name.
// A year or an edition may stand before the program (`承办的2025年“春风行动”`).
const RELATIVE_GAP = new RegExp(`^(?:、${MASK}+(?:${ORGANISE_VERBS.join('|')})+)*的(?:\\d{4}年度?|第[\\d一二三四五六七八九十]+届|首届)*$`);
// What may open a clause that goes on with the agent of an earlier 由 (`由A牵头，会同B、C筹建`).
const CONTINUATION = new RegExp(`^(?:会同|联合|携手|协同|并|再|共同)?[${MASK}、和及与\\s]*(?:共同|一起|联合)?$`);

// `这是该项目部开办的…`: a copula before a demonstrative subject.
const THIS_IS = /^(?:这|这里|这就|那)?是(?=该|此|这家|这个|本)/;
// A clause opening with the tail of an organisation's name (`开发区总工会还…`) before an adverb or cue.
const NAME_TAIL_SUBJECT = /^[\u4e00-\u9fa5]{1,10}?(?:总工会|工会|联合会|协会|基金会|中心)(?=还|也|又|将|已|今年|近年来|随后|同时|先后|积极|专门|主动|联合|会同|携手)/;

// A clause that ends with a person speaking (`段工会主席姚某说`), and what may open a clause that
// goes on with the speaker's organisation as subject: adverbs, time words, `我们`.
const SPEECH_END = /^[^，,。；;]{0,4}?(?:说|表示|介绍|透露|告诉记者|指出|称)$/;
// An organisation's unnamed official speaking (`A总工会负责人表示`): the organisation speaks.
const OFFICIAL_SPEECH_END = /^(?:相关|有关|主要)?负责(?:人|同志)[^，,。；;]{0,4}?(?:说|表示|介绍|透露|告诉记者|指出|称)$/;
// `段里`, `厂里`, `公司里`: the speaker's own unit, standing as subject.
const SPEAKER_CLAUSE = /^(?:(?:段|厂|公司|集团|局|站|矿|院|所|车间|项目部)里|我们|我们工会|下一步|今后|今年|明年|接下来|近年来|目前|同时|此外|还|将|也|会|要|已|已经|正在|计划|准备|继续|进一步|先后|陆续|并|再|又|以来|自|从|\d+年|\s)*(?:已?在[^\uE000，,]{1,10})?$/;

/**
 * `段工会主席姚某说,下一步还将组织…,开展“P”`: an official speaking for an organisation is the
 * subject of the clauses after `说` that name none (or say `我们`), up to the verb in clause `k`.
 */
export function speakerAgent(view: SentenceView, k: number, pos: number, links: readonly RoleLink[]): Group | null {
  if (!SPEAKER_CLAUSE.test(maskedBetween(view, view.clauses[k].start, pos).replace(QUOTES, ''))) return null;
  for (let j = k - 1; j >= 0; j--) {
    const c = view.clauses[j];
    const last = c.groups[c.groups.length - 1];
    const end = last ? maskedBetween(view, last.end, c.end).replace(QUOTES, '').trim() : '';
    if (last?.type === 'person' && SPEECH_END.test(end)) {
      const link = links.find((l) => last.items.includes(l.person));
      return link ? { type: 'organisation', items: [link.org], start: c.start, end: c.start, clause: j, prefix: '', lead: '', candidate: true, passive: false, initial: true } : null;
    }
    if (last?.type === 'organisation' && c.groups.length === 1 && OFFICIAL_SPEECH_END.test(end)) {
      return { type: 'organisation', items: last.items, start: c.start, end: c.start, clause: j, prefix: '', lead: '', candidate: true, passive: false, initial: true };
    }
    if (c.groups.length > 0) return null;
  }
  return null;
}

/** `我们在全市推行“P”` in an article signed `(作者单位:ORG)`: the author writes for that organisation. */
function authorAgent(ctx: VerbRuleContext, view: SentenceView, k: number, verb: VerbHit): Group | null {
  const unit = ctx.authorUnit;
  const before = maskedBetween(view, view.clauses[k].start, verb.start).replace(QUOTES, '');
  if (!unit || !before.includes('我们') || !SPEAKER_CLAUSE.test(before) || insideQuote(ctx.text, verb.start)) return null;
  return { type: 'organisation', items: [unit], start: view.clauses[k].start, end: view.clauses[k].start, clause: k, prefix: '', lead: '', candidate: true, passive: false, initial: true };
}

/** The last year (`1996年`) in a stretch of text, the one nearest the verb that follows it. */
function lastYear(before: string): string | undefined {
  let year: string | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(before); m; m = YEAR.exec(before)) year = m[1];
  return year;
}

/** Everything the verb rules need about the text. */
export interface VerbRuleContext {
  text: string;
  programs: MentionIndex;
  organisations: MentionIndex;
  sink: RelationSink;
  /** The organisation of `(作者单位:ORG)`: what `我们` stands for outside quotations. */
  authorUnit?: EntityMention | null;
  /** Participants whose program the sentence does not name: they take part in the article's topic. */
  pending: PendingParticipant[];
}

/** An entity that takes part in a program the text names elsewhere (the article's topic). */
export interface PendingParticipant {
  who: EntityMention;
  label: string;
  span: { start: number; end: number };
}

function orgs(g: Group | null): EntityMention[] {
  return g ? g.items.filter((m) => m.type === 'organisation') : [];
}

/**
 * `该中心设立了…`, `这是该项目部开办的…`, `段工会还推出…`, `开发区总工会还联合…推出`: an organisation
 * named before stands as subject through a demonstrative, a bare head noun (the reference rules of
 * relations/anaphora.ts) or a tail of its name opening the clause.
 */
function referredAgent(ctx: VerbRuleContext, view: SentenceView, k: number, verb: VerbHit): Group | null {
  const clause = view.clauses[k];
  const before = maskedBetween(view, clause.start, verb.start);
  if (before.includes(MASK) || before.includes('的') || before.length > MAX_AGENT_GAP) return null;
  const org = referredOrganisation(ctx, before.replace(THIS_IS, ''), clause.start);
  if (!org) return null;
  return { type: 'organisation', items: [org], start: clause.start, end: clause.start, clause: k, prefix: '', lead: '', candidate: true, passive: false, initial: true };
}

/**
 * `开发区总工会今年还联合区内企业，推出…`: a reference opening an earlier clause of the sentence
 * (with no names in between) stays the subject of a clause that has none.
 */
function carriedReference(ctx: VerbRuleContext, view: SentenceView, k: number, verb: VerbHit): Group | null {
  const before = maskedBetween(view, view.clauses[k].start, verb.start);
  if (k === 0 || before.includes(MASK) || before.length > 6) return null;
  for (let j = k - 1; j >= 0; j--) {
    const c = view.clauses[j];
    const opening = maskedBetween(view, c.start, c.end);
    if (opening.includes(MASK)) return null;
    const org = referredOrganisation(ctx, opening.replace(THIS_IS, ''), c.start);
    if (org) return { type: 'organisation', items: [org], start: c.start, end: c.start, clause: j, prefix: '', lead: '', candidate: true, passive: false, initial: true };
  }
  return null;
}

/** The organisation a clause opening refers back to, by demonstrative, bare head or name tail. */
function referredOrganisation(ctx: VerbRuleContext, opening: string, pos: number): EntityMention | null {
  const byReference = ctx.organisations.resolveOrganisation(opening, pos);
  if (byReference) return byReference;
  const bare = BARE_ORG_SUBJECT.exec(opening);
  if (bare) return bare[1] ? ctx.organisations.firstByHead(`${bare[1]}工会`, pos) : ctx.organisations.firstByHead(bare[2], pos);
  const tail = NAME_TAIL_SUBJECT.exec(opening);
  return tail ? ctx.organisations.resolvePhrase(tail[0], pos) : null;
}

/** What a passive agent group (`由X`) acts on: the group before `由`, or the program a phrase such as `该公益项目` refers to. */
function passiveTopic(ctx: VerbRuleContext, view: SentenceView, g: Group): EntityMention[] {
  const clause = view.clauses[g.clause];
  const leadStart = g.start - g.lead.length;
  const previous = clause.groups.filter((x) => x.end <= leadStart).pop() ?? null;
  const phrase = g.lead.replace(MODALS_BY, '');
  if (previous) return phrase === '' ? previous.items : [];
  if (phrase === '') {
    // `大赛于昨日开幕,由X主办`: the topic is the subject carried from an earlier clause.
    // `联合会成立于2005年,由X推动组建`: an organisation opening it, for a founding verb.
    const carried = g.clause > 0 ? carriedSubject(view, g.clause - 1) : null;
    if (carried?.type === 'program' || carried?.type === 'organisation') return carried.items;
    // `冶金行业工会联合会成立于2005年,由X推动组建`: a short form opening the clause before.
    const before = g.clause > 0 ? view.clauses[g.clause - 1] : null;
    const opening = before ? /^[^，,、]{2,12}?(?=成立|是|于|在|将|已|正式|由)/.exec(maskedBetween(view, before.start, before.end)) : null;
    const resolved = opening && !opening[0].includes(MASK) ? ctx.organisations.resolvePhrase(opening[0], before!.start) : null;
    return resolved ? [resolved] : [];
  }
  const resolved = ctx.programs.resolve(phrase, clause.start) ?? ctx.organisations.resolvePhrase(phrase, clause.start) ?? bareProgram(ctx, view, g, phrase);
  return resolved ? [resolved] : [];
}

// A bare head noun opening a sentence (`活动由X承办`) for the program the text is talking about.
const BARE_PROGRAM = /^(?:活动|项目|比赛|大赛|竞赛|赛事|培训班|培训)$/;

/** `…“P”活动走进…。活动由X承办`: the program named last before, in this paragraph or the one before. */
function bareProgram(ctx: VerbRuleContext, view: SentenceView, g: Group, phrase: string): EntityMention | null {
  if (g.clause !== 0 || !BARE_PROGRAM.test(phrase)) return null;
  const paragraph = ctx.text.lastIndexOf('\n', view.start - 1);
  const previous = paragraph > 0 ? ctx.text.lastIndexOf('\n', paragraph - 1) : -1;
  return ctx.programs.before(view.start, (m) => m.start > previous && !isTitleWork(ctx.text, m));
}

/**
 * `A动员B建立…`, `A引导企业开展…`: after a pivot verb the agent of the next verb is the pivot's
 * object, the organisation named there or, when it is not named, nobody we know.
 */
function pivotAgent(view: SentenceView, agent: Group, k: number, verb: VerbHit): Group | null {
  const from = agent.clause === k ? agent.end : view.clauses[k].start;
  const pivot = PIVOT.exec(maskedBetween(view, from, verb.start));
  if (!pivot) return agent;
  const at = from + pivot.index + pivot[1].length;
  return view.clauses[k].groups.find((g) => g.type === 'organisation' && g.start >= at && g.end <= verb.start) ?? null;
}

// `这是ORG牵头组建的第一家行业联合工会`: `这是` opening the clause, then the head noun of what was set up.
const THIS_IS_PREFIX = /^(?:这|这里|这就|此|它)是$/;
const FOUNDED_HEAD = new RegExp(`^的[^，,。；;${MASK}]{0,12}?(${ORG_HEADS.join('|')})$`);

/** `X成立。这是ORG组建的第一家…联合工会`: the organisation named before that the head noun refers to. */
function thisIsFounded(ctx: VerbRuleContext, view: SentenceView, agent: Group, verb: VerbHit): EntityMention[] {
  const clause = view.clauses[agent.clause];
  if (!THIS_IS_PREFIX.test(agent.prefix) || clause.groups[0] !== agent) return [];
  const head = FOUNDED_HEAD.exec(maskedBetween(view, verb.end, clause.end).trim());
  const org = head ? ctx.organisations.byHead(head[1], clause.start) : null;
  return org && !agent.items.includes(org) ? [org] : [];
}

/** `X是ORG建成的第一家…`: the topic before `是` is what the verb of the relative clause made. */
function relativeTopic(view: SentenceView, agent: Group, verb: VerbHit): EntityMention[] {
  if (!maskedBetween(view, verb.end, verb.end + 1).startsWith('的') || !agent.prefix.endsWith('是')) return [];
  const groups = view.clauses[agent.clause].groups;
  const topic = groups[groups.indexOf(agent) - 1];
  return topic && TOPIC_COPULA.test(maskedBetween(view, topic.end, agent.start).replace(QUOTES, '').trim()) ? topic.items : [];
}

/**
 * Emits `organises` (organisation -> program, label = verb), `founded` (organisation ->
 * organisation set up with 成立/创办/发起…, with `{ year }` when the clause gives one) and
 * `partner` links between organisations that act together: the organisations after `联合`,
 * `携手` and the like, a coordinated list that `合作`/`签约`, and co-organisers named in one list
 * for one verb (`遵义市总工会、正安县人民政府、贵州省吉他协会承办`).
 */
export function emitVerbRelations(ctx: VerbRuleContext, view: SentenceView, links: readonly RoleLink[] = []): void {
  let passiveTargets: EntityMention[] = [];
  let passiveAgent: Group | null = null;
  const guides = guideGroups(view).flatMap(orgs);
  view.clauses.forEach((clause, k) => {
    const verbs = findVerbs(view, clause.start, clause.end, ORGANISE_VERBS);
    verbs.forEach((verb, v) => {
      let agentGroup = agentBefore(view, k, verb.start) ?? referredAgent(ctx, view, k, verb) ?? carriedReference(ctx, view, k, verb);
      // `由A牵头，会同B、C筹建`: the agent of an earlier 由 goes on into a clause without a subject.
      if (!agentGroup && passiveAgent && CONTINUATION.test(maskedBetween(view, clause.start, verb.start))) agentGroup = passiveAgent;
      // A person carried as subject (`…主席某某说,…开展P`) acts for the organisation of the role.
      if (orgs(agentGroup).length === 0) agentGroup = speakerAgent(view, k, verb.start, links) ?? authorAgent(ctx, view, k, verb) ?? agentGroup;
      if (agentGroup && !agentGroup.passive) agentGroup = pivotAgent(view, agentGroup, k, verb);
      const agents = orgs(agentGroup);
      if (!agentGroup || agents.length === 0) return;
      const limit = v + 1 < verbs.length ? verbs[v + 1].start : clause.end;
      let targets = objectsAfter(ctx, view, clause.groups, verb, limit);
      if (agentGroup.passive) {
        const topic = passiveTopic(ctx, view, agentGroup);
        if (topic.length > 0) targets = topic;
      } else if (targets.length === 0 && CLAUSE_TAIL.test(maskedBetween(view, verb.end, clause.end))) {
        targets = passiveTargets;
        // `由A牵头,B、C共同组织实施`: the lead agent and the organisations it leads are partners.
        if (targets.length > 0 && passiveAgent && passiveAgent !== agentGroup && passiveAgent.clause < k) {
          const led = /(联合|共同)$/.exec(maskedBetween(view, agentGroup.end, verb.start));
          if (led) for (const a of orgs(passiveAgent)) for (const b of agents) if (!ctx.sink.has('partner', ...canonicalPair(a, b))) ctx.sink.add('partner', ...canonicalPair(a, b), led[1] + verb.text, view);
        }
      }
      if (targets.length === 0) targets = relativeHead(ctx, view, clause.groups, verb);
      // `由A、B联合主办，C承办的P`: the agents of 由 made what the next clause's relative head names.
      if (targets.length === 0 && agentGroup.passive && agentGroup.clause === k && CLAUSE_TAIL.test(maskedBetween(view, verb.end, clause.end))) targets = nextRelativeHead(ctx, view, k);
      if (targets.length === 0) targets = relativeTopic(view, agentGroup, verb);
      if (targets.length === 0 && FOUNDING_VERB.test(verb.text)) targets = thisIsFounded(ctx, view, agentGroup, verb);
      if (agentGroup.passive) passiveTargets = targets;
      // `由A、B联合主办`: organisations named together for one verb act together, object named or not.
      const together = agents.length > 1 ? /(联合|共同)$/.exec(maskedBetween(view, agentGroup.end, verb.start)) : null;
      if (together) pairwise(ctx.sink, agents, together[1] + verb.text, view);
      if (targets.length === 0) return;
      const year = lastYear(maskedBetween(view, view.start, verb.start));
      const founding = FOUNDING_VERB.test(verb.text);
      let acted = false;
      for (const target of targets) {
        if (target.type === 'program' && !isTitleWork(ctx.text, target)) {
          // Organisations brought in by 联合/携手 are partners (emitPartnerCues), not organisers.
          for (const a of agents) ctx.sink.add('organises', a, target, verb.text, view);
          for (const guide of guides) ctx.sink.add('organises', guide, target, '指导', view);
          for (const host of hostsBefore(view, k, agentGroup.end, verb.start).flatMap(orgs)) ctx.sink.add('participates', host, target, verb.text, view);
          acted = true;
        } else if (target.type === 'organisation' && founding) {
          const attrs = year ? { year: Number(year) } : undefined;
          for (const a of agents) ctx.sink.add('founded', a, target, verb.text, view, attrs);
          acted = true;
        }
      }
      // Partners named by `联合/共同` before this verb keep that label only.
      if (acted) pairwise(ctx.sink, agents, verb.text, view, Boolean(together));
    });
    for (const g of clause.groups) {
      if (!g.passive) continue;
      passiveAgent = g;
      // `行动由省总工会牵头,…`: a lead verb (not one of organising) still names what the agent runs.
      const lead = LEAD_VERB.exec(maskedBetween(view, g.end, clause.end));
      if (lead && verbs.length === 0) {
        passiveTargets = passiveTopic(ctx, view, g).filter((m) => m.type === 'program' && !isTitleWork(ctx.text, m));
        for (const a of orgs(g)) for (const t of passiveTargets) if (!ctx.sink.has('organises', a, t)) ctx.sink.add('organises', a, t, lead[1], view);
      }
    }
  });
  emitPartnerCues(ctx, view);
}

/**
 * The program a verb describes in a relative clause, past co-organisers of the same list:
 * `由A主办、B承办的“江苏工匠”职工技能大赛` gives the contest for 主办 as well as for 承办.
 */
function relativeHead(ctx: VerbRuleContext, view: SentenceView, groups: Group[], verb: VerbHit): EntityMention[] {
  const head = groups.find((g) => g.start >= verb.end && g.type === 'program');
  if (!head) return [];
  // A place before the program (`承办的2025年青禾省“P”`) is a modifier of it.
  let gap = '';
  let at = verb.end;
  for (const g of groups) {
    if (g.type !== 'place' || g.start < verb.end || g.end > head.start) continue;
    gap += maskedBetween(view, at, g.start);
    at = g.end;
  }
  gap += maskedBetween(view, at, head.start);
  if (!RELATIVE_GAP.test(gap.replace(QUOTES, ''))) return [];
  return head.items.filter((m) => !isTitleWork(ctx.text, m));
}

/** The program of a relative clause `C承办的P` opening clause `k + 1` (an organisation, its verb, 的, P). */
function nextRelativeHead(ctx: VerbRuleContext, view: SentenceView, k: number): EntityMention[] {
  const next = view.clauses[k + 1];
  const first = next?.groups[0];
  if (!first || first.type !== 'organisation' || first.passive || first.prefix !== '') return [];
  for (const verb of findVerbs(view, first.end, next.end, ORGANISE_VERBS)) {
    if (!/^[\s]*(?:联合|共同|负责)?$/.test(maskedBetween(view, first.end, verb.start))) break;
    const head = relativeHead(ctx, view, next.groups, verb);
    if (head.length > 0) return head;
  }
  return [];
}

/** Programs (and, for founding verbs, an organisation right after the verb) that a verb governs. */
function objectsAfter(ctx: VerbRuleContext, view: SentenceView, groups: Group[], verb: VerbHit, limit: number): EntityMention[] {
  const out: EntityMention[] = [];
  const strict = STRICT_OBJECT_VERB.test(verb.text);
  for (const g of groups) {
    if (g.start < verb.end || g.start >= limit) continue;
    // Verbs that are often nouns (`建设`, `培育`) govern only a name right after them.
    if (strict && !/^[了\s]*$/.test(maskedBetween(view, verb.end, g.start).replace(QUOTES, ''))) break;
    if (g.type === 'program') out.push(...g.items.filter((m) => !isTitleWork(ctx.text, m)));
    // An organisation set up: right after the verb, or after a modifier ending in 的 (`打造集…于一体的X中心`).
    else if (g.type === 'organisation' && out.length === 0 && ORG_OBJECT_GAP.test(maskedBetween(view, verb.end, g.start).replace(QUOTES, ''))) out.push(...g.items);
  }
  return out;
}

/** Partners among members of one list, in canonical order: such a link has no direction. */
function pairwise(sink: RelationSink, members: EntityMention[], label: string, span: { start: number; end: number }, once = false): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      const pair = canonicalPair(members[i], members[j]);
      if (!once || !sink.has('partner', ...pair)) sink.add('partner', ...pair, label, span);
    }
  }
}

// Organisation-like words that were not found as names, in a list before the one found (`省教育厅、`).
const UNNAMED_ITEMS = '(?:[\\u4e00-\\u9fa5\\uE000]{1,14}?(?:会|厅|局|委|办|联|院|部|处|团|社|中心|公司|集团)(?:、|和|及|与|以及))*';
// More members of the list that were not found as names (`A与B、顺德区文化馆签订`), before the cue.
const UNNAMED_AFTER = /^(?:(?:、|和|及|以及)[\u4e00-\u9fa5\uE000]{2,14}?(?:会|厅|局|委|办|院|部|处|团|社|中心|公司|集团|馆|站|所|校))+/;
const PARTNER_CUE = new RegExp(`(${PARTNER_CUES.join('|')})${UNNAMED_ITEMS}$`);
const WITH_CUE = new RegExp(`(?:与|同|和|跟)${UNNAMED_ITEMS}$`);

/** `X…联合A、B` (X partners A and B) and `A与B合作` (A and B partner). */
function emitPartnerCues(ctx: VerbRuleContext, view: SentenceView): void {
  let passiveAgent: Group | null = null;
  view.clauses.forEach((clause, k) => {
    clause.groups.forEach((g, i) => {
      const members = orgs(g);
      if (members.length === 0) return;
      // `联合A、B`, also when A is not a name found (`联合省教育厅、省财政厅`).
      const cued = PARTNER_CUE.exec(g.lead);
      const cue = cued?.[1];
      if (cued && cue) {
        const cuePos = g.start - cued[0].length;
        let agent = agentBefore(view, k, cuePos) ?? referredAgent(ctx, view, k, { text: cue, start: cuePos, end: cuePos });
        // `由A牵头，会同B、C筹建`: the agent of the 由 clause before.
        if (!agent && i === 0 && passiveAgent && g.lead === cued[0]) agent = passiveAgent;
        for (const a of orgs(agent)) {
          for (const b of members) ctx.sink.add('partner', a, b, cue, view);
        }
        return;
      }
      const m = COOPERATION_AFTER.exec(maskedBetween(view, g.end, clause.end).replace(UNNAMED_AFTER, ''));
      if (!m) return;
      // `A还与B签署合作协议`, `A与B、C联合印发`: the subject and the organisations after 与.
      const wth = WITH_CUE.exec(g.lead);
      if (wth) {
        for (const a of orgs(agentBefore(view, k, g.start - wth[0].length))) for (const b of members) if (!ctx.sink.has('partner', ...canonicalPair(a, b))) ctx.sink.add('partner', ...canonicalPair(a, b), m[1], view);
        return;
      }
      // `X是A和B共同建成的`: a list after 是 acts together too.
      if (members.length >= 2 && (g.candidate || g.prefix.endsWith('是'))) pairwise(ctx.sink, members, m[1], view, true);
    });
    for (const g of clause.groups) if (g.passive) passiveAgent = g;
  });
}
