import type { EntityMention } from '../../../shared/types';
import type { VerbRuleContext } from './organises';
import { BARE_ORG_HEADS, CONTEST_NAME, ORG_DEMONSTRATIVE, ORG_HEADS, QUOTES, programIs } from './lexicon';
import { carriedSubject, isTitleWork, maskedBetween } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';
import type { TitlePatterns } from './titles';

const COUNT = '[\\d一二三四五六七八九十百千万余多]*[家个所名位户人支]?';
// Help handed out: the object that makes people at `为/向` beneficiaries of the program in force.
const BENEFIT = '(?:慰问金|慰问品|助学金|补助金|补助|补贴|救助金|帮扶金|帮扶资金|礼包|年货|保险|保单|早餐|物资|路费|证书|奖杯|奖牌|奖金)';
// Contestants among the people handed something (`为A、B等10名上届获奖选手颁发证书`).
const CONTESTANTS = /选手|获奖者|获奖/;
const GIVEN = new RegExp(`^(?:等${COUNT}[^，,。；;]{0,10}?)?(?:发放|送去|送上|送来|赠送|颁发|发)了?[^，,。；;]{0,10}?${BENEFIT}`);
// `A公司为职工发放补贴`: what an organisation pays out under a program.
const PAID_OUT = new RegExp(`^[^，,。；;]{0,6}?为[^，,。；;]{0,12}?(发放|送去|送上|提供|赠送)了?[^，,。；;]{0,10}?${BENEFIT}`);
// `X是首批试点企业`, `X是该行动的示范点之一`: members of the program in force.
// `是该行动的示范点之一` names the program by a demonstrative and its head noun first.
// Also `A、B等12家企业被确定为首批试点单位`, `A等42家企业纳入首批试点`, `A作为首批示范单位`.
const MEMBER_OF = new RegExp(
  `^(?:等${'[\\d一二三四五六七八九十百千万余多]*[家个所]?'}[\\u4e00-\\u9fa5]{0,4}?)?(?:被|已|还|也|先后|均|正式)*(?:是|(?:确定|列为|选为|认定|命名)为?|纳入|成为|作为)` +
    '(?:(?:该|此|这一|这个)(?:活动|行动|项目|计划|工程|赛事)的)?(?:首批|第一批|首家|全国|全省|全市)?(试点企业|试点单位|示范点|示范单位|示范企业|成员单位|定点企业|合作单位|参赛单位|参建单位|试点)',
);
// `A公司带来了60个技工岗位`: an employer taking part in a job fair.
const JOBS_BROUGHT = /^(?:也|还|共|则|一共)*(带来|提供|拿出)了?[\d一二三四五六七八九十百千万余多]+(?:余|多)?个[^，,。；;]{0,6}?岗位/;
// `项目部作为首批参赛单位`: a bare head (or `该`+head) opening a clause, standing for the organisation named before.
const BARE_MEMBER = new RegExp(`^(?:${ORG_DEMONSTRATIVE}(${ORG_HEADS.join('|')})|(${BARE_ORG_HEADS.join('|')}))`);
// `参赛单位中,A…`: a clause that names the members of the program in force before the next one.
const AMONG_MEMBERS = /^(?:参赛|参建|参与|试点|示范|成员)单位中$/;
// `来自A、B等企业的120名选手`: participants sent by organisations.
const SENT_FROM = new RegExp(`^(?:等[^，,。的]{0,8})?的${COUNT}(?:名|位)?[\\u4e00-\\u9fa5]{0,4}?(选手|职工|学员|代表|队员|运动员|参赛者)`);
// `A、B等42家企业提供岗位`: organisations taking part in the event of the sentence.
const TAKING_PART = new RegExp(`^等${COUNT}(?:企业|单位|用人单位|机构|商家)?(提供岗位|提供|参展|进场|入驻|参与|参加)`);
// `张三荣获P一等奖`, `张三在P中获得…`: a prize in a program.
const WON = /^(?:荣获|获得|夺得|摘得|斩获|拿到|拿下|捧得|赢得|获)了?$/;
const PRIZE = /^(?:中的|的)?[^，,。；;]{0,6}?(?:[一二三]等奖|特等奖|冠军|亚军|季军|金奖|银奖|铜奖|优秀奖|第[一二三]名|称号|奖项)/;
const WON_IN = /^(?:中|上|期间)?[，,]?(?:荣获|获得|夺得|摘得|斩获|拿到|拿下|捧得|赢得|获)/;
// Adverbs before `在P中获得…`.
const IN_GAP = /^(?:曾|曾经|还|也|又|先后|再次|均|都)*在$/;
// In a later clause of a sentence that names a program: organisations visited, and those whose people are sent.
const VISITED = /(?:走进|深入|来到|进入)$/;
const SENT_OUT = /^等[\d一二三四五六七八九十百千万余多]*[家个所支]?[\u4e00-\u9fa5]{0,6}?的[\d一二三四五六七八九十百千万余多]*名?[\u4e00-\u9fa5]{0,4}?(医生|专家|律师|志愿者|老师|教师|技师|医护人员)/;
// `“送文化”活动走进A公司`: the organisations a program visits.
const VISITS = /^(?:活动)?(?:走进|来到|进入|深入)$/;
// Between a person and a program that served them.
const THROUGH = /^(?:已|先后|都|也)?(?:通过|借助|经由)$/;
// `A与B、C签订了“P”共建协议`: the parties of an agreement named after a program take part in it.
const SIGNED = /^(?:共同|正式|还|也|已)?(签订|签署|签约)了?$/;
const AGREEMENT = /^[^，,。；;]{0,6}?(?:协议|合同|协定|备忘录|公约|倡议书)/;
// `赵某走进车间旁的“P”`: a person who walks into (or moves into) a program's place uses it.
const ENTERS = /^(?:已|也|还|又|先后|每天)?(走进|来到|进入|住进|入住|用上)了?(?:[^，,。；;的]{0,8}的)?$/;
// `“P”慰问组先后走进A、B`: a program's team visiting organisations (the program named before its team).
const TEAM_VISITS = /^(?:活动|慰问组|慰问团|服务队|志愿服务队|宣讲团|工作组|小分队|服务团|专班)?(?:先后|分别|陆续|还|也|又|已|近日)*(?:走进|来到|进入|深入)$/;
// `组织慰问组分别到A、B等企业`, `带领慰问组,…来到A和B`: the organisations a visiting team goes to (no other name between).
const TEAM_TO = /(?:慰问组|慰问团|慰问队|服务队|服务团|宣讲团|工作组|小分队)[^。；;！？!?\uE000]{0,20}?(?:分别|先后|陆续|还|也|又)*(?:到|来到|走进|深入|前往|赴)$/;
// Between the visited organisations and the program they host (`…等企业开展P`).
const HOSTS = /^(?:等[\d一二三四五六七八九十百千万余多]*[家个所]?[\u4e00-\u9fa5]{0,3}?)?(?:开展|举办|进行)了?$/;
// `X受益于P`, `X从P中受益`.
const BENEFITS_FROM = /^(?:也|都|均|已|还)?受益于$/;
// `P资助了A、B`, `P惠及A`: a program helping people (the program as subject).
const HELPS = /^(?:今年|去年|已|先后|共|累计|还|也|又)*(资助|惠及|帮扶|救助|慰问)了?$/;
// `X是P的首批学员`: what the person is in the program.
const MEMBER_NOUN_AFTER = /^(?:培训班|活动|项目|大赛|比赛|计划|行动)?的(?:首批|第一批|首位|首个|一名|一位)?(受益者|受益人|参与者|参赛者|获奖者|学员|成员|志愿者)/;
// `参加P的X`: who took part, named after the program and 的 (a title or count between is allowed).
const BY_PARTICIPANT = /(?:参加|参与|报名参加|参赛)了?$/;
const AFTER_DE = /^(?:[\u4e00-\u9fa5]{0,4}?(?:活动|培训班|培训|大赛|比赛|竞赛|项目))?的(?:[\d一二三四五六七八九十百千万余多]+[名位])?[\u4e00-\u9fa5]{0,4}$/;
// Before a title after a program: who does what in it (`职工夜校负责老师潘华`).
const ROLE_IN = /^(?:负责|授课|带班|特聘|兼职|资深)?/;

function programs(ctx: VerbRuleContext, g: Group | undefined): EntityMention[] {
  return g && g.type === 'program' ? g.items.filter((m) => !isTitleWork(ctx.text, m)) : [];
}

/** The program an article is talking about at `pos`: the nearest one named before it in the same paragraph. */
function programInForce(ctx: VerbRuleContext, view: SentenceView, pos: number): EntityMention | null {
  const paragraph = ctx.text.lastIndexOf('\n', view.start);
  return ctx.programs.before(pos, (p) => p.start > paragraph && !isTitleWork(ctx.text, p));
}

function actorsOf(g: Group): EntityMention[] {
  return g.items.filter((m) => m.type === 'person' || m.type === 'organisation');
}

/** The contest an article is talking about at `pos`: the nearest competition named before it in the same paragraph. */
function contestInForce(ctx: VerbRuleContext, view: SentenceView, pos: number): EntityMention | null {
  const paragraph = ctx.text.lastIndexOf('\n', view.start);
  return ctx.programs.before(pos, (p) => p.start > paragraph && programIs(CONTEST_NAME, p) && !isTitleWork(ctx.text, p));
}

/** The first program group of the sentence before `pos`. */
function sentenceProgram(ctx: VerbRuleContext, view: SentenceView, pos: number): EntityMention[] {
  const g = view.groups.find((x) => x.type === 'program' && x.end <= pos && programs(ctx, x).length > 0);
  return programs(ctx, g);
}

/**
 * Emits `participates` for the beneficiaries and participants of a program that no verb of taking
 * part names: people at `为/向` who receive help (`向A、B等困难职工发放慰问金`), members
 * (`X是首批试点企业`), organisations that send participants (`来自A、B等企业的选手`) or take part in
 * the event of the sentence (`A、B等42家企业提供岗位`), organisations a program invites
 * (`培训班邀请X的老师授课`), people with a title in a program (`职工夜校负责老师潘华`), the parties
 * of an agreement named after a program (`A与B签订了“P”共建协议`), people who walk into a program's
 * place (`赵某走进车间旁的“P”`), prize-winners handed a certificate (`为A、B等获奖选手颁发证书`),
 * organisations a program's team visits (`“P”慰问组先后走进A`), beneficiaries (`X受益于P`,
 * `P资助了A、B`), members (`X是P的首批学员`) and participants named after it (`参加P的选手X`).
 */
export function emitParticipants(ctx: VerbRuleContext, view: SentenceView, titles: TitlePatterns): void {
  const { sink, text } = ctx;
  view.clauses.forEach((clause, k) => {
    const bare = BARE_MEMBER.exec(maskedBetween(view, clause.start, clause.end));
    const bareMember = bare ? MEMBER_OF.exec(maskedBetween(view, clause.start + bare[0].length, clause.end).replace(QUOTES, '')) : null;
    if (bare && bareMember) {
      const o = bare[1] ? ctx.organisations.byHead(bare[1], clause.start) : ctx.organisations.firstByHead(bare[2], clause.start);
      const p = o ? programInForce(ctx, view, clause.start) : null;
      if (o && p) sink.add('participates', o, p, bareMember[1] ?? bareMember[0], view);
    }
    clause.groups.forEach((g, i) => {
      const after = maskedBetween(view, g.end, clause.end).replace(QUOTES, '');
      const people = g.items.filter((m) => m.type === 'person');
      const orgs = g.items.filter((m) => m.type === 'organisation');
      const given = people.length > 0 && /(?:为|向)$/.test(g.prefix) ? GIVEN.exec(after) : null;
      if (given) {
        // Prize-winners handed a certificate took part in the contest in force, not just benefited.
        const contestants = CONTESTANTS.test(given[0]);
        const p = contestants ? contestInForce(ctx, view, g.start) : programInForce(ctx, view, g.start);
        if (p) for (const who of people) sink.add('participates', who, p, contestants ? '获奖' : '受益', view);
      }
      if (orgs.length > 0 && g.candidate) {
        // `A公司为返乡职工发放路费补贴` under a program someone else runs: A takes part in it.
        const paid = PAID_OUT.exec(after);
        const p = paid ? programInForce(ctx, view, g.start) : null;
        if (paid && p) for (const o of orgs) if (!sink.has('organises', o, p)) sink.add('participates', o, p, paid[1], view);
      }
      if (orgs.length > 0 && g.candidate && i === 0) {
        // `A公司带来了60个技工岗位`: an employer at the job fair in force (else the article's topic).
        const jobs = JOBS_BROUGHT.exec(after);
        if (jobs) {
          const p = programInForce(ctx, view, g.start);
          for (const o of orgs) {
            if (p) sink.add('participates', o, p, jobs[1], view);
            else ctx.pending.push({ who: o, label: jobs[1], span: { start: view.start, end: view.end } });
          }
        }
      }
      if (orgs.length > 0) {
        const member = MEMBER_OF.exec(after) ?? (i === 0 && k > 0 && AMONG_MEMBERS.exec(maskedBetween(view, view.clauses[k - 1].start, view.clauses[k - 1].end).trim()));
        if (member) {
          // Without a program in the paragraph, the program the article is about (resolved at its end).
          const p = programInForce(ctx, view, g.start);
          for (const o of orgs) {
            if (p) sink.add('participates', o, p, member[1] ?? member[0], view);
            else ctx.pending.push({ who: o, label: member[1] ?? member[0], span: { start: view.start, end: view.end } });
          }
        }
        if (g.prefix.endsWith('来自') && SENT_FROM.test(after)) {
          // `…的职工参加了比赛`: without a name in the sentence, the contest (or program) in force.
          let ps = sentenceProgram(ctx, view, view.end);
          if (ps.length === 0) {
            const p = /比赛|竞赛|大赛|比武/.test(after) ? contestInForce(ctx, view, g.start) : programInForce(ctx, view, g.start);
            ps = p ? [p] : [];
          }
          for (const o of orgs) for (const t of ps) sink.add('participates', o, t, '来自', view);
        }
        // `…开展“P”义诊活动,组织A等4家医院的医生走进B公司`: who is sent and who is visited.
        if (k > 0 && !clause.groups.some((x) => x.type === 'program') && ((VISITED.test(g.prefix) && !after.startsWith('的')) || (g.prefix === '组织' && SENT_OUT.test(after)))) {
          const label = VISITED.test(g.prefix) ? '走进' : '组织';
          for (const o of orgs) for (const t of sentenceProgram(ctx, view, clause.start)) if (!sink.has('organises', o, t)) sink.add('participates', o, t, label, view);
        }
        if (TEAM_TO.test(maskedBetween(view, view.start, g.start))) {
          // The program they host in the clause, else the one in force, else the article's topic.
          const host = clause.groups.slice(i + 1).find((x) => x.type === 'program');
          const hosted = host && HOSTS.test(maskedBetween(view, g.end, host.start).replace(QUOTES, '').trim()) ? programs(ctx, host) : [];
          const p = hosted.length > 0 ? hosted : [programInForce(ctx, view, g.start)].filter((x): x is EntityMention => x !== null);
          for (const o of orgs) {
            if (p.length === 0) ctx.pending.push({ who: o, label: '慰问', span: { start: view.start, end: view.end } });
            for (const t of p) if (!sink.has('organises', o, t) && !sink.has('participates', o, t)) sink.add('participates', o, t, hosted.length > 0 ? '开展' : '慰问', view);
          }
        }
        const taking = TAKING_PART.exec(after);
        if (taking && g.candidate) for (const o of orgs) for (const t of sentenceProgram(ctx, view, g.start)) sink.add('participates', o, t, taking[1], view);
        if (/(?:邀请|特邀|聘请)$/.test(g.prefix)) {
          const subject = i === 0 && k > 0 ? carriedSubject(view, k - 1) : null;
          for (const o of orgs) for (const t of programs(ctx, subject ?? undefined)) sink.add('participates', o, t, '邀请', view);
        }
      }
      const next = clause.groups[i + 1];
      if (people.length > 0 && next?.type === 'program') {
        const gap = maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim();
        const rest = maskedBetween(view, next.end, clause.end).replace(QUOTES, '');
        if ((WON.test(gap) && PRIZE.test(rest)) || (IN_GAP.test(gap) && WON_IN.test(rest))) {
          for (const who of people) for (const t of programs(ctx, next)) sink.add('participates', who, t, '获奖', view);
        }
      }
      if (next?.type === 'organisation' && programs(ctx, g).length > 0 && VISITS.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        for (const o of next.items) for (const t of programs(ctx, g)) sink.add('participates', o, t, '走进', view);
      }
      if (orgs.length > 0 && next?.type === 'program') {
        const signed = SIGNED.exec(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim());
        if (signed && AGREEMENT.test(maskedBetween(view, next.end, clause.end).replace(QUOTES, ''))) {
          for (const o of orgs) for (const t of programs(ctx, next)) sink.add('participates', o, t, signed[1], view);
        }
      }
      if (people.length > 0 && next?.type === 'program') {
        const enters = ENTERS.exec(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim());
        if (enters) for (const who of people) for (const t of programs(ctx, next)) sink.add('participates', who, t, enters[1], view);
      }
      if (next?.type === 'organisation' && programs(ctx, g).length > 0 && TEAM_VISITS.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        for (const o of next.items) for (const t of programs(ctx, g)) sink.add('participates', o, t, '走进', view);
      }
      if (people.length > 0 && next?.type === 'program' && BENEFITS_FROM.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        for (const who of people) for (const t of programs(ctx, next)) sink.add('participates', who, t, '受益于', view);
      }
      if (next?.type === 'person' && programs(ctx, g).length > 0) {
        const helps = HELPS.exec(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim());
        if (helps) for (const who of next.items) for (const t of programs(ctx, g)) sink.add('participates', who, t, helps[1], view);
      }
      if (people.length > 0 && next?.type === 'program' && maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim() === '是') {
        const member = MEMBER_NOUN_AFTER.exec(maskedBetween(view, next.end, clause.end).replace(QUOTES, ''));
        if (member) for (const who of people) for (const t of programs(ctx, next)) sink.add('participates', who, t, member[1], view);
      }
      const by = next && programs(ctx, g).length > 0 ? BY_PARTICIPANT.exec(g.prefix) : null;
      if (by && next && AFTER_DE.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        for (const who of actorsOf(next)) for (const t of programs(ctx, g)) sink.add('participates', who, t, by[0].replace(/了$/, ''), view);
      }
      // `吴某通过零工驿站介绍…`: a person served through a program.
      if (people.length > 0 && next?.type === 'program' && THROUGH.test(maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim())) {
        for (const who of people) for (const t of programs(ctx, next)) sink.add('participates', who, t, '通过', view);
      }
      if (next && next.type === 'person' && programs(ctx, g).length > 0) {
        const gap = text.slice(g.end, next.start).replace(QUOTES, '');
        const title = titles.between.exec(gap.replace(ROLE_IN, ''))?.[1];
        if (title) for (const who of next.items) for (const t of programs(ctx, g)) sink.add('participates', who, t, gap.trim(), view);
      }
    });
  });
}
