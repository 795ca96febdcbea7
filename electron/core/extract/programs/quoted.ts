import { isBreak, stripQuotes } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate } from '../context';
import type { EntityType } from '../../../shared/types';
import type { OrgIndex } from '../organisations/org-index';
import type { Recogniser } from '../rules/recogniser';
import type { SuffixIndex } from '../suffix-index';
import { suffixIndexOf } from '../suffix-index';
import type { RuleName } from '../rules/table';
import { findQuotes, nameLike } from './quotes';

/** Words after a suffix that do not continue the name (…大赛决赛, …活动现场). */
export const STOP_AFTER = /^(决赛|初赛|复赛|半决赛|总决赛|现场|期间|开幕式|闭幕式|仪式|启动仪式|签约仪式|负责人|工作人员|成员|会员|选手|服务对象)/;
const LIST_HEADS = /^(?:[\u4e00-\u9fff]{2,6}?)?等[^，。；！？\n]{0,10}?(项目|活动|品牌|基金|产品|行动|赛事|基地|平台|服务|课程体系|机制)/;
/** A launch verb right before a plain quote, or with 的 between (推出的“…”: the … that was launched). */
const LAUNCH_BEFORE = /(开展|启动|推出|发起|实施|举办|打造|设立|开设|创办|上线|开通|参加|参与|加入|探索|推行|投保|发放|开办|共建)的?$/;
/** A plain quoted name whose launch follows it (“…”正式开通, “…”启动). */
const LAUNCH_AFTER = /^(?:正式|同时|日前|近日)?(?:开通|启动|上线|开班|揭牌|落地)/;

/** A short tail that describes the quoted program rather than naming it (“…”活动, “…”慰问活动, “…”普法品牌). */
const DESCRIPTOR_TAIL = /^[\u4e00-\u9fff]{0,2}(?:活动|竞赛|比赛|品牌|行动)$/;
/** A campaign word after a quote: with only field words and verbs before it (职工技能提升行动, 培育项目) the quote is the name. */
const CAMPAIGN_TAIL = /(?:行动|项目|活动|计划|工程)$/;
const CAMPAIGN_AFTER = /^[\u4e00-\u9fff]{1,8}?(?:行动|项目|活动|计划|工程)/;
/** A meeting about the program (“X”建设现场推进会): the quote is the program, the meeting is no name of its own. */
const MEETING_TAIL = /^(?:建设|创建|推广|工作)(?:现场)?(?:推进会|现场会|座谈会|交流会)$/;
/**
 * Frames that present a quoted phrase as a program: 以“X”为载体, 把“X”(创建)列为, 聚焦“X”,
 * “X”(共建)协议, “X”模式, 启用了…“X”.
 */
const FRAME_BEFORE = /(?:以|聚焦|把|将|启用了?(?:第[一二三四五六七八九十]+[间个家处])?|开设的)$/;
const FRAME_AFTER_OF: Record<string, RegExp> = {
  以: /^为(?:载体|抓手|平台|依托|主线|契机|切入点|突破口)/,
  把: /^(?:创建|建设|工作)?(?:列为|纳入|作为)/,
  将: /^(?:创建|建设|工作)?(?:列为|纳入|作为)/,
};
const FRAME_AFTER = /^(?:共建|合作|帮扶)?协议|^模式/;

/** A team named after the program it carries out (“送清凉”小分队, “…”志愿服务队, “…”突击队). */
const SERVICE_TEAM_TAIL = /^[\u4e00-\u9fff]{0,2}(?:服务队|小分队|突击队|志愿队)$/;

type Suffixed = { type: EntityType; suffix: string } | null;

/** The program or organisation suffix `s` ends with (`kinds` of program suffix allowed). */
function suffixOf(ctx: Ctx, orgs: OrgIndex, s: string, kinds: string[]): Suffixed {
  const program = programSuffixes(ctx).endingAt(s, s.length, 6).find((w) => kinds.includes(ctx.lex.programSuffixes.get(w) as string));
  const org = orgs.strongSuffixes.longestAt(s, s.length, 6);
  if (program && (!org || program.length >= org.length)) return { type: 'program', suffix: program };
  return org ? { type: 'organisation', suffix: org } : null;
}

/** Every program suffix, by its last character. */
function programSuffixes(ctx: Ctx): SuffixIndex {
  return suffixIndexOf(ctx.lex.programSuffixes);
}

/** True when every word of `s` before its suffix is generic (工作机制, 服务平台). */
function allGeneric(ctx: Ctx, s: string, suffix: string): boolean {
  const body = s.slice(0, s.length - suffix.length);
  if (body.length < 2) return true;
  const words = ctx.seg.tokens(body, true);
  return words.every((w) => ctx.lex.genericWords.has(w.word) || isBreak(w.word));
}

/** The canonical name of a quoted name and its tail: no quote marks, spaces collapsed. */
function quotedName(content: string, tail: string): string {
  return stripQuotes(content + tail).replace(/\s+/g, ' ').trim();
}

/**
 * Programs (and organisations) named in quotes: a quote followed by a suffix (“99公益日”活动,
 * “齐鲁惠”APP, “电力赫兹”乐队), a quoted name ending in a suffix (“技能共富保”), quoted names
 * listed before 等…项目, a theme quote before a program, a quote repeated in the text or
 * right after a launch verb.
 */
function findQuotedNames(ctx: Ctx, orgs: OrgIndex, placeStarts: Set<number>): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const quotes = findQuotes(text);
  const counts = new Map<string, number>();
  for (const q of quotes) counts.set(q.content, (counts.get(q.content) ?? 0) + 1);
  const push = (type: EntityType, start: number, end: number, name: string, rule: RuleName): void => {
    out.push(candidate(rule, type, start, end, name));
  };
  for (const q of quotes) {
    const { content } = q;
    if (!nameLike(content, true)) continue;
    const after = q.close + 1;
    // A tail that ends in a suffix.
    const tail = quoteTail(ctx, orgs, after, content.includes('、') ? ['strong', 'descriptor'] : ['strong', 'quoted', 'descriptor']);
    const contentTag = ctx.seg.wordTag(content);
    if (tail && !placeStarts.has(after) && !(contentTag && /^(v|a|d|l|i|ad|vd)/.test(contentTag))) {
      const t = text.slice(after, tail.end);
      // “安康杯”竞赛, “送温暖”慰问活动, “送清凉”小分队: a descriptor or the team that carries the
      // program out; the quote is the program's name.
      const named =
        DESCRIPTOR_TAIL.test(t) || SERVICE_TEAM_TAIL.test(t) || MEETING_TAIL.test(t) || ctx.lex.programSuffixes.get(tail.suffix) === 'descriptor' || campaignTail(ctx, t);
      // A program's canonical name is the quoted core whatever event, course or platform word
      // follows (“铁路工匠”研修班 and “铁路工匠”培训班 are one program, 铁路工匠); the tail stays in
      // the surface. An app or a system is named with its kind (“齐鲁惠”APP, “12345+N”…体系), and
      // a quoted word of two characters only marks part of the name (“两节”送温暖活动).
      const type = named ? 'program' : tail.type;
      const core = named || (type === 'program' && [...content].length >= 3 && ctx.lex.programSuffixes.get(tail.suffix) !== 'quoted');
      push(type, q.open, tail.end, quotedName(content, core ? '' : t), 'quote.tail');
      continue;
    }
    const plain = nameLike(content);
    // “X”培育项目: a verb the tail reader stops at, then a campaign word.
    const campaign = CAMPAIGN_AFTER.exec(text.slice(after, after + 12));
    if (campaign && campaignTail(ctx, campaign[0]) && plainName(ctx, content)) {
      const next = ctx.tokens[ctx.tokenStartingAt[after + campaign[0].length]];
      if (!next || !/^(n|vn|nz|ng)$/.test(next.tag)) {
        push('program', q.open, after + campaign[0].length, quotedName(content, ''), 'quote.tail');
        continue;
      }
    }
    // The content ends in a suffix.
    const own = suffixOf(ctx, orgs, content, ['strong', 'inner']);
    if (own && !allGeneric(ctx, content, own.suffix) && !verbPhrase(ctx, content)) {
      push(own.type, q.open + 1, q.close, quotedName(content, ''), 'quote.suffix');
      continue;
    }
    // “X”安全培训送进…, “X”普法宣传队走进…, “X”暑期爱心托管班，: a noun phrase that says what
    // kind of thing the quoted program is, then the predicate or the clause's end.
    const kind = kindTail(ctx, after);
    if (kind > after && quotedCore(ctx, content)) {
      push('program', q.open, kind, quotedName(content, ''), 'quote.tail');
      continue;
    }
    if (!plain || content.length > 30 || !/[\u4e00-\u9fff]/.test(content)) continue;
    const rest = text.slice(after, after + 80);
    const listed = LIST_HEADS.test(rest.replace(/^(、?[“‘][^”’\n]{1,20}[”’])*、?/, ''));
    const theme = /^(\d{4}年)?[“‘]/.test(rest) || placeStarts.has(after);
    if (content.length > 20 && !theme) continue;
    const repeated = (counts.get(content) ?? 0) >= 2 && /[\u4e00-\u9fff]/.test(content) && plainName(ctx, content);
    const launched = (LAUNCH_BEFORE.test(text.slice(Math.max(0, q.open - 3), q.open)) || LAUNCH_AFTER.test(rest)) && plainName(ctx, content);
    if (listed || (theme && hasThemeTarget(ctx, orgs, after)) || repeated || launched) {
      push('program', q.open + 1, q.close, quotedName(content, ''), listed ? 'quote.list' : theme ? 'quote.theme' : repeated ? 'quote.repeated' : 'quote.launch');
    } else if (framed(ctx, q.open, rest) && plainName(ctx, content)) {
      push('program', q.open + 1, q.close, quotedName(content, ''), 'quote.frame');
    }
  }
  return out;
}

/** True when the words around the quote present it as a program (以“X”为载体, “X”模式). */
function framed(ctx: Ctx, open: number, rest: string): boolean {
  if (FRAME_AFTER.test(rest)) return true;
  const before = FRAME_BEFORE.exec(ctx.text.slice(Math.max(0, open - 8), open))?.[0];
  if (!before) return false;
  const after = FRAME_AFTER_OF[before];
  return after ? after.test(rest) : true;
}

/** 职工技能提升行动 after a quote: field words and verbs before a campaign word describe the quoted program. */
function campaignTail(ctx: Ctx, tail: string): boolean {
  const m = CAMPAIGN_TAIL.exec(tail);
  if (!m || tail.length === m[0].length) return false;
  const words = ctx.seg.tokens(tail.slice(0, m.index), true);
  return words.some((w) => /^(v|vn)$/.test(w.tag)) && words.every((w) => ctx.lex.genericWords.has(w.word) || /^(n|v|vn)$/.test(w.tag));
}

/** 上工会夜校, 组团上夜校: a one-character verb or locative inside makes a phrase, not a name. */
function verbPhrase(ctx: Ctx, content: string): boolean {
  const words = ctx.seg.tokens(content, true);
  return words.slice(0, -1).some((w) => w.word.length === 1 && /^(f|p|v|u|c|d)/.test(w.tag));
}

/** Not a dictionary word, not a verb phrase: 工会帮就业 yes, 走红 no. */
function plainName(ctx: Ctx, content: string): boolean {
  if (!nameLike(content) || content.length > 12) return false;
  if (ctx.seg.wordTag(content)) return false;
  const first = ctx.seg.tokens(content, true)[0];
  return !(first && first.word.length === 1 && /^(f|p|v|d|c|r|u)/.test(first.tag));
}

/** Nouns after a quote that say it is a phrase, a slogan, a method, an amount or an honour, not a program (“X”精神, “X”操作法, “X”比例). */
const CONCEPT_NOUN = /(?:法|比例|比重|额度|经费|资金|精神|理念|思想|口号|标语|字样|称号|荣誉|说法|概念|问题|难题|现象|目标|要求|原则|标准|一词|二字|意识|氛围|作风|文化|情怀|梦想)$/;

/** Heads of a noun phrase that names a kind of service or activity (安全培训, 普法宣传队, 爱心托管班, 一键投保功能). */
const KIND_HEAD = /(?:培训|宣讲|巡讲|宣传|讲座|课程|服务|义诊|咨询|帮扶|慰问|展演|展览|展|宣传队|宣讲团|宣讲队|服务队|班|工作坊|功能|阵地|专区|专窗|窗口|套餐|礼包|卡)$/;

/**
 * The end of a kind noun phrase right after a closing quote (安全培训, 普法宣传队, 暑期爱心托管班),
 * when a verb or the clause's end follows it; else -1. Nouns and verbs of the phrase only (a
 * verb inside: 托管/v 班/n), ending in a noun, at most 8 characters, no proper word.
 */
function kindTail(ctx: Ctx, after: number): number {
  const { text, tokens } = ctx;
  let k = ctx.tokenStartingAt[after];
  if (k < 0) return -1;
  let end = -1;
  let next = -1;
  for (let n = 0; k < tokens.length && n < 5; k++, n++) {
    const t = tokens[k];
    if (n === 0 && ctx.lex.predicateVerbs.has(t.word)) return -1;
    const noun = /^(n|vn|an)$/.test(t.tag) || (n === 0 && t.tag === 't');
    // 托管/v 班/n: a verb that makes one word with the one-character noun after it.
    const u = tokens[k + 1];
    const compound = t.tag === 'v' && t.word.length <= 2 && !!u && u.start === t.end && u.word.length === 1 && /^n/.test(u.tag);
    if (!noun && !compound) {
      next = k;
      break;
    }
    if (t.end - after > 8) break;
    if (/^(n|vn)$/.test(t.tag) && !ctx.lex.titles.has(t.word)) end = t.end;
  }
  if (end < 0 || end - after < 2 || !KIND_HEAD.test(text.slice(after, end)) || CONCEPT_NOUN.test(text.slice(after, end))) return -1;
  // What follows the phrase: a verb (the predicate), or the clause's end.
  const u = tokens[ctx.tokenStartingAt[end]];
  if (!u) return next < 0 ? end : -1;
  if (/^[，。；！？,;!?\n]/.test(u.word) || (/^v/.test(u.tag) && u.tag !== 'vn')) return end;
  return -1;
}

/** A quoted name that may carry a kind noun: three to twelve characters, no dictionary word, no number or function word first. */
function quotedCore(ctx: Ctx, content: string): boolean {
  if (!nameLike(content) || [...content].length < 3 || content.length > 12 || !/^[\u4e00-\u9fff]/.test(content)) return false;
  // “X诊断法”: a method is no program (普法, 学法 are about the law).
  if (ctx.seg.wordTag(content) || /[^普执立守学用送懂]法$/.test(content)) return false;
  const first = ctx.seg.tokens(content, true)[0];
  // 送法进工地, 送医下乡: a verb, what it brings and where to is the usual shape of a service's name.
  if (first && first.word.length === 1 && /^v/.test(first.tag) && /^[\u4e00-\u9fff]{1,3}[进入下到][\u4e00-\u9fff]{1,4}$/.test(content.slice(1))) return true;
  return !(first && (/^m/.test(first.tag) || (first.word.length === 1 && /^(f|v|d|c|r|u)/.test(first.tag))));
}

function hasThemeTarget(ctx: Ctx, orgs: OrgIndex, after: number): boolean {
  const rest = ctx.text.slice(after, after + 40).replace(/^\d{4}年/, '');
  // “主题”“名称”大赛: the next quote must go on into a name; two slogans in a row (“A”“B”。) are no theme.
  if (/^[“‘]/.test(rest)) {
    const close = rest.search(/[”’]/);
    return close > 0 && !isBreak(rest[close + 1] ?? '。');
  }
  const clause = /^[^，。；！？\s]{2,30}/.exec(rest)?.[0] ?? '';
  for (let len = clause.length; len >= 3; len--) if (suffixOf(ctx, orgs, clause.slice(0, len), ['strong'])) return true;
  return false;
}

/**
 * Verbs of headlines that the segmenter tags as nouns or does not know (赋能/x, 助推/vn, 领航/n,
 * 续航/nr): right after a quote they start the predicate (“X”赋能产业工人队伍建设).
 */
export const HEADLINE_VERBS: ReadonlySet<string> = new Set(['赋能', '助推', '领航', '赋权', '添彩', '增色', '蓄力', '聚力', '护佑', '续航', '激活', '打响', '筑梦', '圆梦', '焕新', '发力', '建功', '护航', '引领', '点亮', '擦亮', '托起', '撑起', '守护']);

/** Words right after a closing quote that end in a suffix, without a noun continuing them. */
function quoteTail(ctx: Ctx, orgs: OrgIndex, after: number, kinds: string[]): { end: number; type: EntityType; suffix: string } | null {
  const { text, tokens } = ctx;
  let k = ctx.tokenStartingAt[after];
  if (k < 0) return null;
  let best: { end: number; type: EntityType; suffix: string } | null = null;
  for (let n = 0; k < tokens.length && n < 8; k++, n++) {
    const t = tokens[k];
    if (isBreak(t.word[0]) || (n === 0 && ctx.lex.predicateVerbs.has(t.word)) || /^(u|p|c|r|d|m|q|t)/.test(t.tag)) break;
    // “X”赋能…建设: a headline verb the segmenter tags as a noun starts the predicate, unless it
    // heads the suffix right after it (“X”护航行动).
    if (n === 0 && HEADLINE_VERBS.has(t.word) && !(tokens[k + 1] && suffixOf(ctx, orgs, text.slice(after, tokens[k + 1].end), kinds))) break;
    if (t.end - after > 18) break;
    const s = text.slice(after, t.end);
    const suf = suffixOf(ctx, orgs, s, kinds);
    // A verb right after the quote or after a suffix that neither ends a suffix nor comes right
    // before one is a predicate (“…”列为…项目, “…”活动列为…), unlike 创新 in “…”职工发展项目创新大赛.
    if (t.tag === 'v' && (n === 0 || best) && !suf && !(tokens[k + 1] && suffixOf(ctx, orgs, text.slice(after, tokens[k + 1].end), kinds))) break;
    if (!suf) continue;
    const next = tokens[k + 1];
    // An app or mini program (“X”APP, “X”小程序) ends its name whatever noun follows.
    const appLike = suf.type === 'program' && ctx.lex.programSuffixes.get(suf.suffix) === 'quoted';
    const continues = next && /^(n|vn|nz|ng)$/.test(next.tag) && !STOP_AFTER.test(next.word) && !ctx.lex.titles.has(next.word);
    if (!continues || appLike) best = { end: t.end, type: suf.type, suffix: suf.suffix };
    // A verb after the suffix starts the predicate (“…”活动走进…学院).
    if (best && next && ctx.lex.predicateVerbs.has(next.word)) break;
  }
  return best;
}

/** Programs (and organisations) named in quotes; a quote right before a place is no name of its own. */
export const quotedRules: Recogniser = {
  emits: ['quote.tail', 'quote.suffix', 'quote.list', 'quote.theme', 'quote.repeated', 'quote.launch', 'quote.frame'],
  run: (ctx, env) => findQuotedNames(ctx, env.idx.orgs, new Set(env.ofType('place').map((p) => p.start))),
};
