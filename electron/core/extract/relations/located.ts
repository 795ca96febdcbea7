import type { EntityMention } from '../../../shared/types';
import { QUOTES } from './lexicon';
import { isTitleWork, maskedBetween } from './sentence-view';
import type { Group, SentenceView } from './sentence-view';
import type { RelationSink } from './sink';
import type { MentionIndex } from './anaphora';

// `位于P`, `地处P`, `坐落在P`.
const LIES_IN = /(?:位于|地处|坐落于|坐落在|地处于)$/;
// `在东莞市长安镇的X公司`: a place before 的 and the organisation or site it holds.
const AT_THE = /(?:^|[^存实现内])在$/;
// `X在P举行`: what may stand between X and 在 (a stage of an event, a date), and the event verbs.
// A kind of event after the name (`“春风行动”专场招聘会在…举行`) may stand there too.
const AT_GAP = /^(?:决赛|初赛|复赛|总决赛|开幕式|启动仪式|仪式|颁奖仪式|活动|[\u4e00-\u9fa5]{0,4}(?:招聘会|推进会|现场会|交流会|运动会|培训班|大赛|比赛|竞赛|比武|活动))?(?:日前|近日|昨天|今天|当天|于?\d+月\d+日)?(?:在|于)$/;
const EVENT_AT = /^(?:正式|隆重|顺利|成功|盛大)?(?:成立|举行|举办|召开|启动|开幕|开赛|开班|开营|开展|落幕|闭幕)/;
const OPENED_AT = /^(?:正式|隆重|顺利)?(?:成立|启用|揭牌|挂牌|开放|落成|开业|投用|投入使用)/;
// `在P举办X`, `在P旁建成的X`: a short word, or a spot by the place (`…公园旁`), before the verb.
const SITE_VERB = /^(?:[\u4e00-\u9fa5]{0,3}?|[\u4e00-\u9fa5]{2,10}?(?:旁|内|里|边|附近|一带|周边))(?:举办|举行|启动|开展|召开|组织|推出|开设|设立|建成|建起|开办)了?/;
// Between that verb and the program: a year or an edition only.
const EDITION = /^[\s\d年第届度]*$/;

// A clause opening with a head noun (`首个驿站已在`), before the place where it opened.
const REFERRED_AT = /^(?:首个|第一个|首家|第一家|该|这个|这家|此)?([\u4e00-\u9fa5]{2,6}?)(?:已经|已|将|也|还|正式|于)*(?:在|于)$/;

// `在P召开会议` / `举行启动仪式`, then `启动“X”` opening the next clause.
const LAUNCH_MEETING = /^(?:召开|举行|举办)[\u4e00-\u9fa5]{0,8}?(?:会议|大会|仪式|推进会|现场会)$/;
const LAUNCH = /^(?:正式|全面)?(?:启动|发布|开展|推出)(?:了)?$/;

// A clause that only says where: `在` + places, and at most a site after `的` (`的X项目部工地`).
const WHERE_CLAUSE = /^在\uE000+(?:的\uE000*[\u4e00-\u9fa5]{0,8})?$/;

// The longest place name looked for at the start of a zone's name.
const MAX_PREFIX = 8;

function last(g: Group): EntityMention {
  return g.items[g.items.length - 1];
}

/**
 * The members of a group that stand for themselves: of names run together without a joiner
 * (`“主题”某某大赛`, a theme before the event's name) only the last one.
 */
function heads(text: string, g: Group): EntityMention[] {
  return g.items.filter((m, k) => k + 1 === g.items.length || text.slice(m.end, g.items[k + 1].start).replace(QUOTES, '').trim() !== '');
}

function locatable(text: string, g: Group | undefined): g is Group {
  return g !== undefined && (g.type === 'organisation' || g.type === 'program' || g.type === 'place') && !(g.type === 'program' && isTitleWork(text, g.items[0]));
}

/**
 * `located_in` that the text states (evidence: the sentence): `位于P的X` and `X位于P` (X an
 * organisation, site or program, P the last place of a chain), `X在P举行/成立/启用` (events and
 * organisations that open somewhere), `ORG在P启动X` (a program where it happens), and a named site
 * right after the place it lies in (`荷塘区金钻工业主题公园`). Chains of gazetteer places and places
 * inside names are left to the gazetteer rules.
 */
export function emitLocated(text: string, view: SentenceView, sink: RelationSink, programs?: MentionIndex): void {
  const add = (x: EntityMention, place: EntityMention): void => {
    if (x.type === 'place' && x.code && place.code) return;
    sink.add('located_in', x, place, '', view);
  };
  for (const clause of view.clauses) {
    clause.groups.forEach((g, i) => {
      // `首个驿站已在A街道开放`: a program's head noun opening the clause stands for the program.
      const opening = i === 0 && g.type === 'place' && programs ? REFERRED_AT.exec(g.prefix) : null;
      const referred = opening ? programs?.resolve(opening[1], g.start) : null;
      if (referred && OPENED_AT.test(maskedBetween(view, g.end, clause.end).replace(/^[\s的]*/, ''))) add(referred, last(g));
      const next = clause.groups[i + 1];
      const lies = LIES_IN.test(g.prefix) || (AT_THE.test(g.prefix) && next?.type !== 'program');
      if (g.type === 'place' && lies && locatable(text, next) && maskedBetween(view, g.end, next.start).trim() === '的') {
        for (const x of heads(text, next)) add(x, last(g));
        return;
      }
      if (!next || next.type !== 'place') return;
      const gap = maskedBetween(view, g.end, next.start).replace(QUOTES, '').trim();
      const after = maskedBetween(view, next.end, clause.end);
      if (locatable(text, g) && g.type !== 'place' && (LIES_IN.test(gap) || (AT_GAP.test(gap) && (g.type === 'program' ? EVENT_AT : OPENED_AT).test(after)))) {
        for (const x of heads(text, g)) add(x, last(next));
      }
    });
    // ORG在P启动“X”活动, 在P…旁建成的“X”
    clause.groups.forEach((g, i) => {
      const next = clause.groups[i + 1];
      // `在A街道的B物流园设立了“X”`: a site after `在A的` stands where `在` put it.
      const site = g.prefix === '的' && i > 0 && clause.groups[i - 1].type === 'place' && /(?:在|于)$/.test(clause.groups[i - 1].prefix);
      if (g.type !== 'place' || !(site || /(?:在|于)[\u4e00-\u9fa5]{0,3}$/.test(g.prefix)) || next?.type !== 'program') return;
      const between = maskedBetween(view, g.end, next.start).replace(QUOTES, '');
      const verb = SITE_VERB.exec(between);
      if (!verb || !EDITION.test(between.slice(verb[0].length).replace(/^的/, ''))) return;
      for (const x of heads(text, next)) if (!isTitleWork(text, x)) add(x, last(g));
    });
  }
  // `ORG在P召开会议,启动“X”`: a program launched at a meeting lies where the meeting was.
  view.clauses.forEach((clause, k) => {
    const next = view.clauses[k + 1];
    const place = clause.groups.find((g) => g.type === 'place' && /在$/.test(g.prefix) && LAUNCH_MEETING.test(maskedBetween(view, g.end, clause.end)));
    if (!place || !next || next.groups.some((g) => g.type === 'place')) return;
    const launched = next.groups.find((g) => g.type === 'program' && LAUNCH.test(maskedBetween(view, next.start, g.start).replace(QUOTES, '')));
    if (launched) for (const x of heads(text, launched)) if (!isTitleWork(text, x)) add(x, last(place));
  });
  // `在A区B镇的芒果基地,ORG“P”服务队…`: a sentence opening with where it happens places the program after it.
  const opening = view.clauses.findIndex((c) => c.groups.length > 0);
  const where = opening >= 0 ? view.clauses[opening] : null;
  const then = view.clauses[opening + 1];
  if (where && then && where.groups[0].type === 'place' && WHERE_CLAUSE.test(maskedBetween(view, where.start, where.end).replace(QUOTES, '').trim()) && !then.groups.some((g) => g.type === 'place')) {
    for (const g of then.groups) if (g.type === 'program') for (const x of heads(text, g)) if (!isTitleWork(text, x)) add(x, last(where.groups[0]));
  }
  // A site named right after the place it lies in.
  const ms = view.mentions;
  for (let i = 0; i + 1 < ms.length; i++) {
    const a = ms[i];
    const b = ms[i + 1];
    if (a.type === 'place' && b.type === 'place' && !b.code && a.end === b.start) add(b, a);
  }
}

/**
 * Zones and sites named after the place they lie in (`嘉兴经济技术开发区` in an article that names
 * 嘉兴市): `located_in` that place, once, on the sentence of the zone's first mention. Only places
 * of the gazetteer (with a code) named in the same text count.
 */
export function emitZonePlaces(
  all: EntityMention[],
  sentenceOf: (m: EntityMention) => { start: number; end: number } | null,
  sink: RelationSink,
): void {
  const byForm = new Map<string, EntityMention>();
  for (const m of all) {
    if (m.type !== 'place' || !m.code) continue;
    for (const form of [m.name, m.surface]) if (form.length >= 2) byForm.set(form, m);
    // A zone is named after its city without 市 (`宁波经济技术开发区` in 宁波市).
    const city = /^([\u4e00-\u9fa5]{2,})市$/.exec(m.name);
    if (city && !byForm.has(city[1])) byForm.set(city[1], m);
  }
  const done = new Set<string>();
  for (const m of all) {
    if (m.type !== 'place' || m.code || done.has(m.name)) continue;
    const span = sentenceOf(m);
    if (!span) continue;
    done.add(m.name);
    for (let n = Math.min(MAX_PREFIX, m.name.length - 2); n >= 2; n--) {
      const place = byForm.get(m.name.slice(0, n));
      if (place) {
        sink.add('located_in', m, place, '', span, { via: 'name' });
        break;
      }
    }
  }
}
