import type { EntityMention } from '../../../shared/types';
import type { VerbRuleContext } from './organises';
import { speakerAgent } from './organises';
import type { RoleLink } from './roles';
import { agentBefore } from './subjects';
import { ORGANISE_VERBS, QUOTES } from './lexicon';
import { isTitleWork, maskedBetween } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';

// `以P为抓手`: what may stand between the program and 为 (`行动`, `创建活动`), and the frame noun.
const BY_MEANS = /^[\u4e00-\u9fa5]{0,6}?为(?:重要|主要|有力|有效|总)?(抓手|载体|牵引|切入点|突破口|主线|龙头|依托|样板|模板|范本)/;
// `把P作为…抓手`, `把P列为年度重点项目`, `将P纳入…`.
const TAKE_AS = /^[\u4e00-\u9fa5]{0,6}?(?:作为|当作|当成)[^，,；;。]{0,14}?(抓手|载体|切入点|突破口|重点工作|重点项目|品牌|工程)/;
const LIST_AS = /^[\u4e00-\u9fa5]{0,6}?(列为|列入|纳入)[^，,；;。]{0,10}?(项目|工作|计划|工程|内容)/;
// `把X作为“P”的重点`: the subject takes part in a program run by others.
const FOCUS_OF = /^的(?:重点|重要内容|主要内容|重点内容|重要抓手)/;
// `ORG“P”慰问组`, `ORG的“P”普法品牌`: a team an organisation sends out under a program's name, its brand.
const PROGRAM_TEAM = /^[\s“”"]*(慰问组|慰问团|服务队|志愿服务队|宣讲团|工作组|小分队|服务团|专班|(?:普法|服务|工作|文化|公益|志愿)?品牌)/;
// `为…职工统一投保`: what an organisation takes out or arranges for people, right before the program.
const BOUGHT_FOR = /^为[^，,。；;]{1,30}?(?:统一|集中|免费|全额)?(投保|参保|购买|办理|缴纳)了?$/;
// After `ORG“P”`: a short head noun (`慰问活动`, `竞赛`), then what the program does, or the end of a headline.
const PROGRAM_ACTS = /^[^\uE000，,。；;的]{0,6}?(启动|走进|开展|举行|举办|开幕|开赛|开班|进入|来到|深入|在|正式|$)/;
// A program of honours (`ORG“P”竞赛优胜单位`) names what others won, not what the organisation runs.
const HONOUR = /优胜|先进|示范|获奖|试点|奖|称号|标兵|冠军|之星|单位|企业/;
// `在A开展的“P”中`: a verb of organising, 的, a year or an edition.
const AT_RELATIVE = new RegExp(`^((?:${ORGANISE_VERBS.join('|')})+)的(?:\\d{4}年度?|第[\\d一二三四五六七八九十]+届|首届)*$`);
// Prepositions that put organisations where an activity takes place (`到A、B等企业开展…`).
const HOST_CUE = /(?:到|在|走进|深入|来到|赴|前往|进入)$/;

/** What a program's surface holds after its quoted name (`志愿服务队` of `“麦收暖心行”志愿服务队`). */
function descriptorOf(m: EntityMention): string {
  const close = m.surface.startsWith('“') ? m.surface.indexOf('”') : -1;
  return close > 0 ? m.surface.slice(close + 1) : '';
}

function programs(ctx: VerbRuleContext, g: Group | undefined): EntityMention[] {
  return g && g.type === 'program' ? g.items.filter((m) => !isTitleWork(ctx.text, m)) : [];
}

function orgsOf(g: Group | null): EntityMention[] {
  return g ? g.items.filter((m) => m.type === 'organisation') : [];
}

/** Organisation groups of `在A的指导下`: they guide what the sentence organises. */
export function guideGroups(view: SentenceView): Group[] {
  return view.groups.filter(
    (g) => g.type === 'organisation' && g.prefix.endsWith('在') && /^的?(?:大力|悉心|精心|具体)?指导下/.test(maskedBetween(view, g.end, view.end)),
  );
}

/**
 * Organisations after `到`, `在`, `走进` between an agent and its verb in clause `k`: the places of
 * the activity (`河池市总工会到A、B等企业开展…`), not its organisers. `在A的…` is left out.
 */
export function hostsBefore(view: SentenceView, k: number, from: number, to: number): Group[] {
  return view.clauses[k].groups.filter(
    (g) => g.start >= from && g.end <= to && g.type === 'organisation' && HOST_CUE.test(g.prefix.replace(/分别$/, '')) && !maskedBetween(view, g.end, g.end + 1).startsWith('的'),
  );
}

// `“P”活动7月初启动,省总工会安排专项资金600万元`: an organisation paying for the program named before.
const FUNDS = /^[^，,。；;\uE000]{0,6}?(安排|投入|拨付|划拨|筹集|下拨)[^，,。；;\uE000]{0,8}?(?:资金|经费|专款|万元)/;

/** Organisations that fund, in a later clause, the program that opens an earlier clause of the sentence. */
function emitFunding(ctx: VerbRuleContext, view: SentenceView): void {
  view.clauses.forEach((clause, k) => {
    const g = clause.groups[0];
    if (k === 0 || !g || g.type !== 'organisation' || !g.candidate) return;
    const funds = FUNDS.exec(maskedBetween(view, g.end, clause.end));
    if (!funds) return;
    for (let j = k - 1; j >= 0; j--) {
      const opening = view.clauses[j].groups[0];
      if (!opening) continue;
      if (opening.type === 'program') for (const o of g.items) for (const p of programs(ctx, opening)) ctx.sink.add('organises', o, p, funds[1], view);
      break;
    }
  });
}

// `记者从ORG获悉,…`: the organisation a report comes from.
const NEWS_FROM = /(?:记者|笔者)(?:近日|日前|昨日|今天|昨天)?从$/;
const NEWS_VERB = /^(?:了解到|获悉|得到消息|获得消息|得悉)$/;

/**
 * `记者从ORG获悉,2024年“P”返乡专车将于…发车`: programs in the rest of the sentence, in clauses
 * that name no organisation, are the source organisation's.
 */
function emitNewsSource(ctx: VerbRuleContext, view: SentenceView): void {
  view.clauses.forEach((clause, k) => {
    const g = clause.groups[0];
    if (!g || g.type !== 'organisation' || clause.groups.length !== 1 || !NEWS_FROM.test(g.prefix)) return;
    if (!NEWS_VERB.test(maskedBetween(view, g.end, clause.end).trim())) return;
    for (const later of view.clauses.slice(k + 1)) {
      if (later.groups.some((x) => x.type === 'organisation')) return;
      for (const p of later.groups.flatMap((x) => programs(ctx, x))) if (!ctx.sink.has('organises', g.items[0], p)) ctx.sink.add('organises', g.items[0], p, '获悉', view);
    }
  });
}

/**
 * Emits `organises` from frames whose verb is far from the program or not a verb of organising:
 * `ORG以P为抓手/载体`, `ORG把P作为…抓手`, `ORG把P列为…项目`, `ORG“P”慰问组`; and `participates` from
 * `ORG把X作为P的重点` (a program run by others that the subject takes part in).
 */
export function emitOrganiseFrames(ctx: VerbRuleContext, view: SentenceView, links: readonly RoleLink[] = []): void {
  emitNewsSource(ctx, view);
  emitFunding(ctx, view);
  view.clauses.forEach((clause, k) => {
    clause.groups.forEach((g, i) => {
      const prefix = g.prefix;
      // A descriptor the program's name took along (`“P”列为年度重点项目`) is read as text after it.
      const after = (g.type === 'program' ? descriptorOf(g.items[g.items.length - 1]) : '') + maskedBetween(view, g.end, clause.end).replace(QUOTES, '');
      // `A负责人表示,今年将把P列为…`: with no subject in the sentence, the organisation that speaks.
      const agent = (): EntityMention[] => {
        const own = orgsOf(agentBefore(view, k, g.start));
        if (own.length > 0) return own;
        const cue = /[以把将][“"‘]*$/.exec(maskedBetween(view, clause.start, g.start));
        return cue ? orgsOf(speakerAgent(view, k, g.start - cue[0].length, links)) : [];
      };
      const targets = programs(ctx, g);
      if (targets.length > 0 && prefix.endsWith('以')) {
        const m = BY_MEANS.exec(after);
        if (m) for (const a of agent()) for (const t of targets) ctx.sink.add('organises', a, t, `以…为${m[1]}`, view);
        return;
      }
      if (targets.length > 0 && /(?:把|将)$/.test(prefix)) {
        const m = TAKE_AS.exec(after) ?? LIST_AS.exec(after);
        if (m) for (const a of agent()) for (const t of targets) ctx.sink.add('organises', a, t, m[0].includes('作为') ? '作为…' + m[1] : m[1], view);
        return;
      }
      if (targets.length > 0 && /作为$/.test(prefix) && FOCUS_OF.test(after)) {
        const before = maskedBetween(view, clause.start, g.start);
        if (/(?:把|将)/.test(before)) for (const a of agent()) for (const t of targets) ctx.sink.add('participates', a, t, '作为重点', view);
        return;
      }
      // `…,为1800名职工统一投保“P”`: an organisation buying a program for others runs it for them.
      const bought = targets.length > 0 && clause.groups.slice(0, i).every((x) => x.type === 'place') ? BOUGHT_FOR.exec(g.lead) : null;
      if (bought) {
        for (const a of agent()) if (!ctx.sink.has('organises', a, targets[0])) for (const t of targets) ctx.sink.add('organises', a, t, bought[1], view);
      }
      const next = clause.groups[i + 1];
      // `在A开展的“P”中,…`: the organisation of a relative clause inside 在…中 runs the program.
      if (g.type === 'organisation' && next?.type === 'program' && /在$/.test(prefix)) {
        const verb = AT_RELATIVE.exec(maskedBetween(view, g.end, next.start).replace(QUOTES, ''));
        const rest = descriptorOf(next.items[next.items.length - 1]) + maskedBetween(view, next.end, clause.end);
        if (verb && /^[^，,。；;\uE000]{0,8}?(?:中|上|期间)/.test(rest.replace(QUOTES, ''))) for (const o of g.items) for (const t of programs(ctx, next)) ctx.sink.add('organises', o, t, verb[1], view);
      }
      if (g.type === 'organisation' && next?.type === 'program' && /^的?$/.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        // A descriptor the program's name took along (`“麦收暖心行”志愿服务队`) is read as text after it.
        const rest = descriptorOf(next.items[next.items.length - 1]) + maskedBetween(view, next.end, clause.end);
        const team = PROGRAM_TEAM.exec(rest);
        if (team) for (const o of g.items) for (const t of programs(ctx, next)) ctx.sink.add('organises', o, t, team[1], view);
        // `ORG“P”活动在…启动`, `ORG“P”活动走进…`: the subject's own program doing something.
        const acts = !team && g.candidate && i === 0 ? PROGRAM_ACTS.exec(rest.replace(QUOTES, '')) : null;
        if (acts && !HONOUR.test(acts[0])) for (const o of g.items) for (const t of programs(ctx, next)) ctx.sink.addFallback('organises', o, t, /举行|举办|开展|启动/.exec(rest)?.[0] ?? '开展', view);
      }
    });
  });
}
