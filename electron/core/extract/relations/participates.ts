import type { EntityMention } from '../../../shared/types';
import {
  BENEFIT_NOUN,
  BENEFIT_VERB,
  CONTEST_NAME,
  CONTESTANT_TITLE,
  IMPLICIT_TARGETS,
  MEMBER_NOUN,
  PARTICIPATE_VERBS,
  programIs,
  QUOTES,
} from './lexicon';
import { REFERENCE_REACH } from './anaphora';
import type { VerbRuleContext } from './organises';
import type { RoleLink } from './roles';
import { isTitleWork, maskedBetween } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';
import { agentBefore } from './subjects';
import { findVerbs } from './verbs';

// Between participants and their verb: `等80余人`, `等企业`, adverbs (`主动`); never another verb phrase.
const PARTICIPANT_GAP =
  /^(?:等[\d一二三四五六七八九十百千万余多]*[名家个位支所人批]?[\u4e00-\u9fa5]{0,4}?)?(?:主动|积极|踊跃|纷纷|都|也|均|共同|先后|一起|已|将|还|正式|报名|首次|再次|相继|全部|同时|首批|第一批)*$/;
// How far after (or before) a name the cue words are looked for.
const AFTER_WINDOW = 8;
const CONTESTANT_BEFORE = /(参赛选手|选手|参赛者|运动员)\s*$/;
const TEAM_NAME = /队$/;
const COUNT_GAP = /^(?:等)?\s*(?:[\d一二三四五六七八九十百千万]+[余多]?[家个所支名]?)?\s*$/;
const FOR_GAP = /^(?:迅速|及时|先后|已|还|也|专门|主动|积极|第一时间)*为$/;
const RECEIVE_GAP = /(得到|获得|受到|接受)(了)?$/;
// `A被确定为“P”试点单位`, `A成为P示范企业`: made a member of a program.
const BECOME_GAP = /^(?:被|已|还|也|先后)*(?:(?:确定|评为|命名|列为|选为|认定)为?|成为|是)$/;
// `“P”招聘会吸引了A、B等企业参加`: a program that draws the participants of a verb without object.
const DRAWS = /(?:吸引|邀请|动员|带动)了?$/;
// `A获得X冠军`, `来自A的代表队夺得第一名`: a winner (what stands between the name and the verb) and a prize after it.
const WIN_GAP = /^(?:的(?:代表队|参赛队|队伍|团队|班组|选手))?(?:在\uE000*(?:中|上|里))?(?:还|也|均|都|分别|再次|首次|一举|最终|共)*(?:获得|荣获|夺得|摘得|斩获|包揽)了?/;
const PRIZE = /^[^，,。；;]{0,12}?(冠军|亚军|季军|第[一二三四五六七八九十\d]+名|[一二三特]等奖|金奖|银奖|铜奖|优秀奖|优胜奖)/;

function actors(g: Group): EntityMention[] {
  return g.items.filter((m) => m.type === 'person' || m.type === 'organisation');
}

function programsOf(ctx: VerbRuleContext, g: Group | undefined): EntityMention[] {
  return g && g.type === 'program' ? g.items.filter((m) => !isTitleWork(ctx.text, m)) : [];
}

/** The contest a contestant at `m` takes part in: the nearest competition named before, else after. */
function contestFor(ctx: VerbRuleContext, m: EntityMention): EntityMention | null {
  const accept = (p: EntityMention): boolean => programIs(CONTEST_NAME, p) && !isTitleWork(ctx.text, p);
  return ctx.programs.before(m.start, accept) ?? ctx.programs.after(m.end, m.end + REFERENCE_REACH, accept);
}

/** Which implicit-target kind a participation verb has, from the verb and what follows (`参加培训`). */
function implicitKind(verb: string, after: string): RegExp | undefined {
  if (IMPLICIT_TARGETS[verb]) return IMPLICIT_TARGETS[verb];
  if (/^了?(培训|训练)/.test(after)) return IMPLICIT_TARGETS['参训'];
  if (/^了?(比赛|大赛|竞赛|决赛)/.test(after)) return IMPLICIT_TARGETS['参赛'];
  return undefined;
}

/**
 * Emits `participates` (person or organisation -> program): named entities right before a
 * participation verb (`A、B参赛`, `张三参加了X`), contestants (`代表队参赛选手许超`), members of a
 * program (`A、B等“产改”试点企业`) and beneficiaries (`X为王先生送去`, `得到X帮扶`).
 */
export function emitParticipates(ctx: VerbRuleContext, view: SentenceView, links: RoleLink[]): void {
  const { sink, text } = ctx;
  view.clauses.forEach((clause) => {
    for (const verb of findVerbs(view, clause.start, clause.end, PARTICIPATE_VERBS)) {
      const before = clause.groups.filter((g) => g.end <= verb.start).pop();
      if (!before) continue;
      if (!PARTICIPANT_GAP.test(maskedBetween(view, before.end, verb.start).replace(QUOTES, '').trim())) continue;
      const who = actors(before);
      if (who.length === 0) continue;
      const next = clause.groups.find((g) => g.start >= verb.end);
      let targets = next && /^[了\s]*$/.test(maskedBetween(view, verb.end, next.start).replace(QUOTES, '')) ? programsOf(ctx, next) : [];
      if (targets.length === 0) {
        const kind = implicitKind(verb.text, maskedBetween(view, verb.end, clause.end));
        const accept = (p: EntityMention): boolean => (kind ? programIs(kind, p) : false) && !isTitleWork(text, p);
        const implicit = kind ? (ctx.programs.before(verb.start, accept) ?? ctx.programs.after(verb.end, view.end, accept)) : null;
        targets = implicit ? [implicit] : [];
      }
      if (targets.length === 0 && DRAWS.test(before.prefix)) {
        const k = view.clauses.indexOf(clause);
        const drawer = agentBefore(view, k, before.start);
        if (drawer) targets = programsOf(ctx, drawer);
      }
      if (targets.length === 0 && !implicitKind(verb.text, maskedBetween(view, verb.end, clause.end))) {
        // `A、B等80家企业首批报名`: organisations joining the program in force, else the article's topic.
        const paragraph = text.lastIndexOf('\n', view.start);
        const p = ctx.programs.before(verb.start, (m) => m.start > paragraph && !isTitleWork(text, m));
        for (const o of who) {
          if (o.type !== 'organisation') continue;
          if (p) sink.add('participates', o, p, verb.text, view);
          else ctx.pending.push({ who: o, label: verb.text, span: { start: view.start, end: view.end } });
        }
      }
      for (const p of who) for (const t of targets) sink.add('participates', p, t, verb.text, view);
    }

    // Winners of a prize take part in the contest (label 获奖, as participants.ts gives `荣获P一等奖`): one
    // named in the clause (`在P中`), else the nearest before (or just after).
    for (const g of clause.groups) {
      const who = actors(g);
      if (who.length === 0) continue;
      const win = WIN_GAP.exec(maskedBetween(view, g.end, clause.end).replace(QUOTES, ''));
      if (!win || !PRIZE.test(maskedBetween(view, g.end, clause.end).replace(QUOTES, '').slice(win[0].length))) continue;
      const named = clause.groups.filter((c) => c.type === 'program').flatMap((c) => programsOf(ctx, c)).filter((p) => programIs(CONTEST_NAME, p));
      const contest = named.length > 0 ? named : [contestFor(ctx, who[0])].filter((p): p is EntityMention => p !== null);
      for (const p of who) for (const t of contest) if (!sink.has('participates', p, t)) sink.add('participates', p, t, '获奖', view);
    }

    clause.groups.forEach((g, i) => {
      const next = clause.groups[i + 1];
      if (!next || (g.type !== 'program' && next.type !== 'program')) return;
      const gap = text.slice(g.end, next.start).replace(QUOTES, '').trim();
      const after = (): string => text.slice(next.end, Math.min(clause.end, next.end + AFTER_WINDOW)).replace(QUOTES, '').trim();
      if (next.type === 'program' && g.type === 'organisation' && (COUNT_GAP.test(gap) || BECOME_GAP.test(gap))) {
        // A、B等“产改”试点企业
        const noun = MEMBER_NOUN.exec(after());
        if (noun) for (const o of g.items) for (const p of programsOf(ctx, next)) sink.add('participates', o, p, noun[0], view);
      } else if (next.type === 'program' && actors(g).length > 0 && RECEIVE_GAP.test(gap) && !gap.includes('的')) {
        // 王先生得到X帮扶
        if (BENEFIT_NOUN.test(after())) for (const p of actors(g)) for (const t of programsOf(ctx, next)) sink.add('participates', p, t, '受益', view);
      } else if (g.type === 'program' && next.type === 'person' && FOR_GAP.test(gap) && BENEFIT_VERB.test(after())) {
        // X为王先生送去慰问金
        for (const p of next.items) for (const t of programsOf(ctx, g)) sink.add('participates', p, t, '受益', view);
      }
    });
  });

  // Contestants: from titles (`代表队参赛选手许超`) or a bare `选手许超`.
  const linked = new Set<EntityMention>();
  for (const link of links) {
    linked.add(link.person);
    if (!CONTESTANT_TITLE.test(link.title)) continue;
    const contest = contestFor(ctx, link.person);
    if (!contest) continue;
    sink.add('participates', link.person, contest, link.title, view);
    if (TEAM_NAME.test(link.org.name)) sink.add('participates', link.org, contest, '参赛', view);
  }
  for (const m of view.mentions) {
    if (m.type !== 'person' || linked.has(m)) continue;
    const title = CONTESTANT_BEFORE.exec(maskedBetween(view, m.start - AFTER_WINDOW, m.start))?.[1];
    if (!title) continue;
    const contest = contestFor(ctx, m);
    if (contest) sink.add('participates', m, contest, title, view);
  }
}
