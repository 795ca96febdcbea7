import { stripQuotes } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate } from '../context';
import { DictMatcher } from '../dict-matcher';
import { nameWithout, placeEndMap, walkNameStart } from '../name-walk';
import type { Recogniser } from '../rules/recogniser';
import { suffixIndexOf } from '../suffix-index';
import { HEADLINE_VERBS, STOP_AFTER } from './quoted';

// Owners before a name that are not part of it; `全省工会…宣传月` keeps its prefix (a campaign of all the province's unions).
const OWNER_PREFIX = /^(?:(?:全省|全市|全县|全区)(?!工会)|本市|本省|本县|我市|我省|我县|工会|省总|市总|县总|区总)/;
// A number or an edition in a name (第三届, 2011年, 十佳): a proper part.
const NUMBERED = /第[0-9一二三四五六七八九十百]+[届次期]|[0-9]{2,4}年?|[一二三四五六七八九十百]+佳/;
const QUANTIFIED = /[0-9０-９一二三四五六七八九十百千万两几多N][个家支所批类项种名位]/;
/** Words that only say how far a program reaches (嘉兴全市计划…: a verb, not a name). */
const SCOPE = /^(?:全国|全省|全市|全县|全区|全镇|全行业|全系统)$/;
/** Events whose parts are named after them (…运动会拔河比赛): the event is the program. */
const EVENT_SUFFIX = /(?:运动会|大赛|竞赛|锦标赛|联赛|艺术节|文化节)/g;
const PART_SUFFIXES = new Set(['比赛', '竞赛', '项目']);
/** A verb with a result complement (夺得, 建成, 送到) is a predicate, never part of a name. */
const RESULT_VERB = /^[\u4e00-\u9fff][到成得完好]$/;

/**
 * Programs named by a suffix without quotes: 金秋助学入户慰问活动, 暖工基金, 贵州省第一届职工吉他
 * 音乐大赛, 零工驿站. Generic phrases (工作机制, 专项基金) and quantified ones (75个工会驿站) are not.
 */
function findSuffixPrograms(ctx: Ctx, placeEnds: Map<number, Candidate>): Candidate[] {
  const { text, tokens, lex } = ctx;
  const out: Candidate[] = [];
  const recur = new Map<Candidate, string>();
  const strong = suffixIndexOf(lex.programSuffixes, (w) => lex.programSuffixes.get(w) === 'strong', 'strong');
  for (const t of tokens) {
    let suffix = strong.longestAt(text, t.end, 5);
    // 自贡市建筑行业职工技能比武: a contest named with its place, without a strong suffix.
    const contest = !suffix && text.endsWith('比武', t.end);
    if (contest) suffix = text.endsWith('技能比武', t.end) ? '技能比武' : '比武';
    if (!suffix) continue;
    if (suffix === '保' && !(t.word === '保' || (t.tag === 'x' && t.word.length >= 2))) continue;
    // 在美国活动, 计划出台: the suffix used as a verb ends no name.
    if (t.word === suffix && /^v/.test(t.tag) && t.tag !== 'vn') continue;
    const headStart = t.end - suffix.length;
    // 改造工程项目部: the suffix opens an organisation's suffix.
    if (text[t.end] === '部' || text[t.end] === '处') continue;
    const walk = walkNameStart(ctx, headStart, { placeEnds, maxLen: 22, chainPlaces: false, allowVerbs: true });
    if (contest && !walk.place) continue;
    let start = walk.start;
    // 装配工某某夺得装调项目, 在开发区建成驿站: the name starts after a verb with a result complement.
    for (const w of walk.words) if (w.start >= start && w.end <= headStart && /^v/.test(w.tag) && RESULT_VERB.test(w.word) && w.end > start) start = Math.max(start, w.end);
    // 工会赋能职工…行动, 护航…保障行动: a headline verb starts the predicate, unless it heads the suffix (安全护航行动).
    for (const w of walk.words) if (w.start >= start && w.end < headStart && HEADLINE_VERBS.has(w.word)) start = Math.max(start, w.end);
    const own = OWNER_PREFIX.exec(text.slice(start, headStart));
    if (own && !walk.place) start += own[0].length;
    const mod = text.slice(start, headStart);
    if (mod.length < 2 || /^[各该本每此这那其某]/.test(mod)) continue;
    const words = walk.words.filter((w) => w.start >= start);
    if (words.length && words.every((w) => SCOPE.test(w.word))) continue;
    const nonGeneric = words.some((w) => !lex.genericWords.has(w.word) && w.tag !== 'm');
    if (!nonGeneric && (!walk.place || !words.length)) continue;
    const specific = words.some((w) => /^(x|nz|nr|eng|j)$/.test(w.tag) && !lex.genericWords.has(w.word));
    if (!walk.place && !specific && QUANTIFIED.test(text.slice(Math.max(0, start - 8), start))) continue;
    // 工资集体协议, 砌筑项目比赛: suffixes marked `proper` end generic phrases unless the name has a proper part.
    if (lex.programProperSuffixes.has(suffix) && !walk.place && !specific && !NUMBERED.test(mod)) continue;
    // The suffix must head the phrase (夜校管理工作 is about work, not a night school).
    const next = ctx.tokens[ctx.tokenStartingAt[t.end]];
    // …学习宣传月活动: 活动 after a program's own suffix only says what it is.
    if (next && /^(n|vn|nz|ng)$/.test(next.tag) && !STOP_AFTER.test(next.word) && !lex.titles.has(next.word) && !/^(?:系列|主题)?活动$/.test(next.word)) continue;
    // A short plain name must recur to count as a name (职工夜校 does, 课程夜校 does not); a
    // four-character body must recur, alone or in another name (普法宣传活动 once is a phrase;
    // 金秋助学活动 beside 金秋助学入户慰问活动 is the same program). Contests are named events.
    const recurKey = walk.place || NUMBERED.test(mod) ? null : mod.length <= 3 ? 'name' : mod.length === 4 && !/赛$/.test(suffix) ? 'body' : null;
    // 第五届职工运动会拔河比赛: a part of an event; the event is the program.
    let end = t.end;
    if (PART_SUFFIXES.has(suffix)) {
      const inner = [...text.slice(start, headStart).matchAll(EVENT_SUFFIX)].pop();
      if (inner && inner.index + inner[0].length < headStart) end = start + inner.index + inner[0].length;
    }
    const name = stripQuotes(nameWithout(text, start, end, walk.dropped));
    out.push(candidate('program.suffix', 'program', start, end, name, { dropped: walk.dropped }));
    if (recurKey) recur.set(out[out.length - 1], recurKey === 'name' ? text.slice(start, end) : mod);
  }
  out.push(...numberedLines(text));
  if (!recur.size) return out;
  const counts = countAll(text, recur.values());
  return out.filter((c) => !recur.has(c) || (counts.get(recur.get(c) as string) ?? 0) >= 2);
}

/** A service line named by its short number (12351职工服务热线, 12333热线): a number is its proper part. */
const NUMBERED_LINE = /(?<![0-9A-Za-z０-９-])[0-9]{4,6}[\u4e00-\u9fff]{0,6}?(?:热线|专线)/g;

function numberedLines(text: string): Candidate[] {
  if (!text.includes('热线') && !text.includes('专线')) return [];
  return [...text.matchAll(NUMBERED_LINE)].map((m) => candidate('program.suffix', 'program', m.index, m.index + m[0].length, m[0]));
}

/** How often each of `names` occurs in the text, in one pass. */
function countAll(text: string, names: Iterable<string>): Map<string, number> {
  const matcher = new DictMatcher<string>();
  for (const n of names) matcher.add(n, n);
  const counts = new Map<string, number>();
  if (!matcher.size) return counts;
  for (let i = 0; i < text.length; i++) for (const m of matcher.matchesAt(text, i)) counts.set(m.value, (counts.get(m.value) ?? 0) + 1);
  return counts;
}

/** Programs named by a suffix; the walk stops at places but not at named sites. */
export const suffixProgramRules: Recogniser = {
  emits: ['program.suffix'],
  run: (ctx, env) => findSuffixPrograms(ctx, placeEndMap(env.ofType('place').filter((p) => p.rule !== 'place.site'))),
};
