import type { EntityMention } from '../../../shared/types';
import type { MentionIndex } from './anaphora';
import { COOPERATION_AFTER, FOUNDING_VERB, ORGANISE_VERBS, PARTNER_CUES, QUOTES } from './lexicon';
import { carriedSubject, isTitleWork, maskedBetween, MASK } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';
import { canonicalPair } from './sink';
import type { RelationSink } from './sink';
import { findVerbs } from './verbs';
import type { VerbHit } from './verbs';

/** Modal words that may stand between a topic and `由` (`是由`, `均由`). */
const MODALS_BY = /(?:是|均|则|将|也|都|已|正|还|主要|全部|统一|一直|同样)*由$/;
/** What may follow a verb that ends a continuation clause (`，遵义市总工会承办。`). */
const CLAUSE_TAIL = /^[\s。！？!?”’)）]*(?:等单位|单位)?[\s。！？!?”’)）]*$/;
const YEAR = /((?:19|20)\d{2})年/g;
// What lies between a verb and the program of its relative clause: `的`, or more co-organisers
// first (`、B承办的`). Names are masked, so a run of MASK is one name.
const RELATIVE_GAP = new RegExp(`^(?:、${MASK}+(?:${ORGANISE_VERBS.join('|')})+)*的$`);
// Characters (names not counted) allowed between a subject and its verb within one clause.
const MAX_AGENT_GAP = 30;

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
}

/**
 * Finds the organisations acting as subject of a verb at `pos` in clause `k`: the nearest
 * subject-like group before it in the clause (not across `的`), else the subject carried from
 * an earlier clause of the sentence.
 */
export function agentBefore(view: SentenceView, k: number, pos: number): Group | null {
  const clause = view.clauses[k];
  let agent: Group | null = null;
  for (const g of clause.groups) if (g.end <= pos && g.candidate) agent = g;
  if (!agent) return k > 0 ? carriedSubject(view, k - 1) : null;
  const gap = maskedBetween(view, agent.end, pos);
  if (gap.includes('的') || gap.replaceAll(MASK, '').length > MAX_AGENT_GAP) return null;
  return agent;
}

function orgs(g: Group | null): EntityMention[] {
  return g ? g.items.filter((m) => m.type === 'organisation') : [];
}

/** `该中心设立了…`: an organisation named before stands as subject through a demonstrative. */
function referredAgent(ctx: VerbRuleContext, view: SentenceView, k: number, verb: VerbHit): Group | null {
  const clause = view.clauses[k];
  const before = maskedBetween(view, clause.start, verb.start);
  if (before.includes(MASK) || before.includes('的') || before.length > MAX_AGENT_GAP) return null;
  const org = ctx.organisations.resolveOrganisation(before, clause.start);
  if (!org) return null;
  return { type: 'organisation', items: [org], start: clause.start, end: clause.start, clause: k, prefix: '', candidate: true, passive: false, initial: true };
}

/** What a passive agent group (`由X`) acts on: the group before `由`, or the program a phrase such as `该公益项目` refers to. */
function passiveTopic(ctx: VerbRuleContext, view: SentenceView, g: Group): EntityMention[] {
  const clause = view.clauses[g.clause];
  const index = clause.groups.indexOf(g);
  const previous = index > 0 ? clause.groups[index - 1] : null;
  const phrase = g.prefix.replace(MODALS_BY, '');
  if (previous) return phrase === '' ? previous.items : [];
  if (phrase === '') {
    // `大赛于昨日开幕,由X主办`: the topic is the subject carried from an earlier clause.
    const carried = g.clause > 0 ? carriedSubject(view, g.clause - 1) : null;
    return carried?.type === 'program' ? carried.items : [];
  }
  const resolved = ctx.programs.resolve(phrase, clause.start);
  return resolved ? [resolved] : [];
}

/**
 * Emits `organises` (organisation -> program, label = verb), `founded` (organisation ->
 * organisation set up with 成立/创办/发起…, with `{ year }` when the clause gives one) and
 * `partner` links between organisations that act together: the organisations after `联合`,
 * `携手` and the like, a coordinated list that `合作`/`签约`, and co-organisers named in one list
 * for one verb (`遵义市总工会、正安县人民政府、贵州省吉他协会承办`).
 */
export function emitVerbRelations(ctx: VerbRuleContext, view: SentenceView): void {
  let passiveTargets: EntityMention[] = [];
  view.clauses.forEach((clause, k) => {
    const verbs = findVerbs(view, clause.start, clause.end, ORGANISE_VERBS);
    verbs.forEach((verb, v) => {
      const agentGroup = agentBefore(view, k, verb.start) ?? referredAgent(ctx, view, k, verb);
      const agents = orgs(agentGroup);
      if (!agentGroup || agents.length === 0) return;
      const limit = v + 1 < verbs.length ? verbs[v + 1].start : clause.end;
      // Organisations brought in by 联合/携手 between the agent and the verb act with it.
      const allies = clause.groups
        .filter((g) => g.start >= agentGroup.end && g.end <= verb.start && PARTNER_CUES.some((c) => g.prefix.endsWith(c)))
        .flatMap(orgs);
      let targets = objectsAfter(ctx, view, clause.groups, verb, limit);
      if (agentGroup.passive) {
        const topic = passiveTopic(ctx, view, agentGroup);
        if (topic.length > 0) targets = topic;
      } else if (targets.length === 0 && CLAUSE_TAIL.test(maskedBetween(view, verb.end, clause.end))) {
        targets = passiveTargets;
      }
      if (targets.length === 0) targets = relativeHead(ctx, view, clause.groups, verb);
      if (agentGroup.passive) passiveTargets = targets;
      if (targets.length === 0) return;
      const year = lastYear(maskedBetween(view, view.start, verb.start));
      const founding = FOUNDING_VERB.test(verb.text);
      let acted = false;
      for (const target of targets) {
        if (target.type === 'program' && !isTitleWork(ctx.text, target)) {
          for (const a of [...agents, ...allies]) ctx.sink.add('organises', a, target, verb.text, view);
          acted = true;
        } else if (target.type === 'organisation' && founding) {
          const attrs = year ? { year: Number(year) } : undefined;
          for (const a of agents) ctx.sink.add('founded', a, target, verb.text, view, attrs);
          acted = true;
        }
      }
      // Allies are already partners through their cue (联合, 携手).
      if (acted) pairwise(ctx.sink, agents, verb.text, view);
    });
  });
  emitPartnerCues(ctx, view);
}

/**
 * The program a verb describes in a relative clause, past co-organisers of the same list:
 * `由A主办、B承办的“江苏工匠”职工技能大赛` gives the contest for 主办 as well as for 承办.
 */
function relativeHead(ctx: VerbRuleContext, view: SentenceView, groups: Group[], verb: VerbHit): EntityMention[] {
  const head = groups.find((g) => g.start >= verb.end && g.type === 'program');
  if (!head || !RELATIVE_GAP.test(maskedBetween(view, verb.end, head.start).replace(QUOTES, ''))) return [];
  return head.items.filter((m) => !isTitleWork(ctx.text, m));
}

/** Programs (and, for founding verbs, an organisation right after the verb) that a verb governs. */
function objectsAfter(ctx: VerbRuleContext, view: SentenceView, groups: Group[], verb: VerbHit, limit: number): EntityMention[] {
  const out: EntityMention[] = [];
  for (const g of groups) {
    if (g.start < verb.end || g.start >= limit) continue;
    if (g.type === 'program') out.push(...g.items.filter((m) => !isTitleWork(ctx.text, m)));
    else if (g.type === 'organisation' && out.length === 0 && /^[了\s]*$/.test(maskedBetween(view, verb.end, g.start))) out.push(...g.items);
  }
  return out;
}

/** Partners among members of one list, in canonical order: such a link has no direction. */
function pairwise(sink: RelationSink, members: EntityMention[], label: string, span: { start: number; end: number }): void {
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) sink.add('partner', ...canonicalPair(members[i], members[j]), label, span);
  }
}

/** `X…联合A、B` (X partners A and B) and `A与B合作` (A and B partner). */
function emitPartnerCues(ctx: VerbRuleContext, view: SentenceView): void {
  view.clauses.forEach((clause, k) => {
    clause.groups.forEach((g) => {
      const members = orgs(g);
      if (members.length === 0) return;
      const cue = PARTNER_CUES.find((c) => g.prefix.endsWith(c));
      if (cue) {
        const cuePos = g.start - cue.length;
        for (const a of orgs(agentBefore(view, k, cuePos))) {
          for (const b of members) ctx.sink.add('partner', a, b, cue, view);
        }
        return;
      }
      if (members.length < 2 || !g.candidate) return;
      const m = COOPERATION_AFTER.exec(maskedBetween(view, g.end, clause.end));
      if (m) pairwise(ctx.sink, members, m[1], view);
    });
  });
}
