import { stripQuotes } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { OrgSuffix, OrgSuffixClass } from '../lexicons';
import type { NameStart } from '../name-walk';
import { isNumberedUnit, nameWithout, placeEndMap, walkNameStart } from '../name-walk';
import type { Recogniser } from '../rules/recogniser';
import { suffixIndexOf } from '../suffix-index';
import type { Token } from '../segmenter';
import type { OrgIndex } from './org-index';

/** Characters glued after a suffix by the segmenter (文化宫内, 交通运输局等): the name ends before them. */
const LOCATIVE = new Set(['内', '外', '里', '前', '旁', '等']);
const SPECIFIC_TAG = /^(x|nz|nr|nrt|nrfg|eng|nt|j|ns)$/;
const BRAND_TAG = /^(x|eng|nz)$/;
const QUANTIFIED = /[0-9０-９一二三四五六七八九十百千万两几多][个家支所批类项种名位]/;
const BAD_START = /^[各该本全每此这那其某(（]/;

/** What the words before a suffix must show when no place starts the name. */
type Requirement = 'company' | 'proper' | 'plain';

/**
 * By suffix class: companies need a brand (or a place in parentheses); government bodies,
 * courts, party organs and unions are named after a place or a proper name; schools, hospitals,
 * associations, teams and the like need one word that is not generic; a unit of a larger body
 * (车间, 车站, 工区) is named after a place or a proper name, and so is a home for a trade
 * (司机之家, 职工之家) or a centre of a field (调解中心). A weak suffix (局, 所)
 * needs a proper name whatever its class.
 */
const REQUIRES: Record<OrgSuffixClass, Requirement> = {
  company: 'company',
  branch: 'company',
  unit: 'proper',
  home: 'proper',
  gov: 'proper',
  court: 'proper',
  party: 'proper',
  union: 'proper',
  school: 'plain',
  health: 'plain',
  association: 'plain',
  team: 'plain',
  culture: 'plain',
  media: 'plain',
};

/** What the walk back from a suffix found, as the acceptance checks read it. */
interface Evidence {
  walk: NameStart;
  /** The characters between the start and the suffix. */
  mod: string;
  /** A proper word: a name, a brand, a place the gazetteer does not know. */
  specific: boolean;
  /** A word that is neither generic nor a number. */
  nonGeneric: boolean;
  /** A quantity just before the name (一家, 3个): a description, not a name. */
  quantified: boolean;
}

/** A place starts the name: any words may follow it, but a company needs some (深圳市有限公司 is none). */
function placeAnchored(e: Evidence, info: OrgSuffix): boolean {
  return !(info.cls === 'company' && !e.walk.words.length);
}

/** 富士胶片制造(深圳)有限公司 yes; 一家苗木合作社 no (quantified, no brand word). */
function companyName(e: Evidence): boolean {
  const brand = e.walk.words.some((w: Token) => BRAND_TAG.test(w.tag));
  return (e.specific || !!e.walk.parenPlace) && e.mod.length >= 2 && !(e.quantified && !brand);
}

/** 黄桥司法所 yes (a proper name); 基层工会 no. */
function properName(e: Evidence): boolean {
  return e.specific && e.mod.length >= 2;
}

/** 广州路小学 yes; 两所小学 no. */
function plainName(e: Evidence): boolean {
  return e.nonGeneric && e.mod.length >= 2 && (e.specific || !e.quantified);
}

/** True when the name before `info`'s suffix, found by `walk`, makes an organisation. */
function accepts(e: Evidence, info: OrgSuffix): boolean {
  if (e.walk.place) return placeAnchored(e, info);
  const need: Requirement = REQUIRES[info.cls] === 'company' ? 'company' : info.weak ? 'proper' : REQUIRES[info.cls];
  return need === 'company' ? companyName(e) : need === 'proper' ? properName(e) : plainName(e);
}

/** Where a suffix ends inside a word that starts with it and goes on with a title, a generic word or a predicate (工会|主席, 工会|组织), or -1. */
function gluedSuffixEnd(ctx: Ctx, t: Token): number {
  for (let len = Math.min(4, t.word.length - 1); len >= 2; len--) {
    if (!ctx.lex.orgSuffixes.has(t.word.slice(0, len))) continue;
    const rest = t.word.slice(len);
    if (ctx.lex.titles.has(rest) || ctx.lex.roleTitles.has(rest) || ctx.lex.genericWords.has(rest) || ctx.lex.predicateVerbs.has(rest)) return t.start + len;
  }
  return -1;
}

/**
 * A one-character suffix must be a word of its own or end a longer institution word (林业局):
 * 'yes', 'no', or 'named' when it stands alone before a verb (…厅|联合主办), where only a name
 * written in full after its place reads as an organisation (see fullAfterPlace).
 */
function weakSuffixStands(ctx: Ctx, t: Token, end: number, suffix: string): 'yes' | 'no' | 'named' {
  const own = t.word === suffix || t.tag === 'nt' || (t.word.length >= suffix.length + 2 && /^(n|nz|x)$/.test(t.tag));
  if (!own) return 'no';
  const next = ctx.tokens[ctx.tokenStartingAt[end]];
  // 南山中心渔港: a site word after the suffix heads the phrase.
  if (next && ctx.lex.siteSuffixes.has(next.word)) return 'no';
  if (next && /^(v|p|d)/.test(next.tag) && (suffix === '所' || (next.word.length > 1 && t.word === suffix))) return suffix === '所' ? 'no' : 'named';
  // 12所高校, 3家企业: after a number and before the noun it counts, the character is a measure word.
  const prev = ctx.tokens[ctx.tokenEndingAt[t.start]];
  if (t.word === suffix && prev?.tag === 'm' && /^[0-9０-９]+$/.test(prev.word) && next && /^n/.test(next.tag) && !ctx.lex.titles.has(next.word)) return 'no';
  return 'yes';
}

/**
 * 湘潭X钢铁有限公司|宽厚|板厂: a plant named by a product word (two characters or more) the
 * segmenter glued to 厂, right after the company it belongs to, is a unit of that company.
 */
function plantOfCompany(ctx: Ctx, t: Token, companies: ReadonlyMap<number, Candidate>): Candidate | null {
  if (t.word.length < 2 || !/^(n|nz|x|ng)$/.test(t.tag)) return null;
  for (let gap = 0; gap <= 2; gap++) {
    const end = t.start - gap;
    // 有限公司|建厂: one character before 厂 names no plant.
    if (!companies.has(end) || (gap && !isBoundary(ctx, end)) || gap + t.word.length - 1 < 2) continue;
    const between = ctx.tokens.slice(ctx.tokenStartingAt[end], ctx.tokenStartingAt[t.start]);
    if (between.every((w) => /^(n|a|b|ng|x)$/.test(w.tag) && !ctx.lex.predicateVerbs.has(w.word))) return companies.get(end) ?? null;
  }
  return null;
}

/** A name written in full: a division of the gazetteer, then at least four characters of words (陕西省|人力资源和社会保障|厅). */
function fullAfterPlace(walk: NameStart, headStart: number): boolean {
  return !!walk.place?.place && headStart - walk.place.end >= 4;
}

/**
 * A unit is named on its own after the body it belongs to (柳州工务段 + 鹿寨线路车间): its name
 * starts after another organisation's suffix or an organisation the walk reached.
 */
function unitStart(ctx: Ctx, walk: NameStart): NameStart {
  const k = walk.words.findIndex((w) => ctx.lex.orgSuffixes.has(w.word));
  if (k >= 0) return { ...walk, start: walk.words[k].end, words: walk.words.slice(0, k), place: null };
  return walk.place?.type === 'organisation' ? { ...walk, start: walk.place.end, place: null } : walk;
}

/** Party bodies inside an organisation that a member's title names (湖北省总工会党组成员, 该段党委副书记). */
const INNER_PARTY = /^(?:党组|党委|党总支|党支部)$/;

/**
 * `X党组书记`, `X党委副书记`: the party body is part of the title of the person that follows, and
 * the organisation is X, which its own suffix finds (the title goes with the person's role).
 */
function partyOfTitle(ctx: Ctx, end: number, suffix: string, info: OrgSuffix): boolean {
  if (info.cls !== 'party' || !INNER_PARTY.test(suffix)) return false;
  for (let n = 1; n <= 4; n++) if (ctx.lex.titles.has(suffix + ctx.text.slice(end, end + n))) return true;
  return false;
}

/**
 * `X总工会女职工部部长`, `X公司人力资源部经理`: a department named after the body it belongs to,
 * before a title, is part of the title of the person that follows; the organisation is the body,
 * which its own suffix finds. A ministry (自然资源部部长) names no body before it and stays.
 */
function departmentOfTitle(ctx: Ctx, end: number, suffix: string, walk: NameStart): boolean {
  if (suffix !== '部' || !walk.words.some((w) => ctx.lex.orgSuffixes.has(w.word) && !ctx.lex.orgSuffixes.get(w.word)?.weak)) return false;
  for (let n = 1; n <= 4; n++) {
    const after = ctx.text.slice(end, end + n);
    if (ctx.lex.titles.has(after) || ctx.lex.roleTitles.has(after)) return true;
  }
  return false;
}

/** Tags of a common word: a noun, a verbal noun, a verb or an adjective of the dictionary. */
const COMMON_TAG = /^(n|vn|v|a|an)$/;

/**
 * `农家院`, `…公司…人力资源部`: one word the segmenter tags as an institution but made of a common
 * word and a one-character suffix, with nothing before it, names a kind of unit, not one
 * organisation: always for 院; for 部 when its sentence has named a company before it (a ministry,
 * 农业部, names none).
 */
function commonUnitWord(ctx: Ctx, t: Token, walk: NameStart, headStart: number, end: number): boolean {
  if (t.tag !== 'nt' || t.end !== end || end - headStart !== 1 || walk.start !== t.start || walk.place) return false;
  const tag = ctx.seg.wordTag(ctx.text.slice(t.start, headStart));
  if (!tag || !COMMON_TAG.test(tag)) return false;
  const suffix = ctx.text[headStart];
  if (suffix === '院') return true;
  // 部 names a ministry as well (农业部): a company's department only when its sentence has named a company before it.
  return suffix === '部' && COMPANY_BEFORE.test(sentenceBefore(ctx.text, t.start));
}

const COMPANY_BEFORE = /公司|企业|集团|工厂/;

/** The text of the sentence before `pos` (at most 40 characters). */
function sentenceBefore(text: string, pos: number): string {
  const before = text.slice(Math.max(0, pos - 40), pos);
  const cut = Math.max(before.lastIndexOf('。'), before.lastIndexOf('！'), before.lastIndexOf('？'), before.lastIndexOf('\n'));
  return before.slice(cut + 1);
}

/**
 * Names ending in an institutional suffix (总工会, 有限公司, 人民政府, 司法所, …) whose start is
 * found by walking back over the name's words to a place (深圳市职工发展基金会) or to the first
 * function word or predicate verb.
 */
function findSuffixed(ctx: Ctx, index: OrgIndex, placeEnds: Map<number, Candidate>): Candidate[] {
  const { text, tokens, lex } = ctx;
  const out: Candidate[] = [];
  const ends: number[] = [];
  const companies = new Map<number, Candidate>();
  const sites = suffixIndexOf(lex.siteSuffixes);
  const glued = new Set<number>();
  for (const t of tokens) {
    ends.push(t.end);
    // 文化宫内, 医院里: the suffix ends before a locative glued to it.
    if (t.word.length > 1 && LOCATIVE.has(t.word[t.word.length - 1])) ends.push(t.end - 1);
    // 工会主席, 工会组织: a suffix the segmenter glued to a title or a generic word after it.
    if (t.word.length >= 3) {
      const at = gluedSuffixEnd(ctx, t);
      if (at > 0) {
        ends.push(at);
        glued.add(at);
      }
    }
  }
  for (const end of ends) {
    const t = tokens[ctx.tokenAt[end - 1]];
    const options = index.suffixesByLast.get(text[end - 1]);
    if (!options) continue;
    for (const suffix of options) {
      if (!text.endsWith(suffix, end)) continue;
      const info = index.suffixes.get(suffix) as OrgSuffix;
      const stands = info.weak && t.end === end ? weakSuffixStands(ctx, t, end, suffix) : 'yes';
      const plantOf = stands === 'no' && suffix === '厂' ? plantOfCompany(ctx, t, companies) : null;
      if (stands === 'no' && !plantOf) continue;
      // 火车站, 高铁/站 hold 车站 and 站: a site word, not an office.
      const site = sites.longestAt(text, end);
      if (site && site.length > suffix.length && isBoundary(ctx, end - site.length)) continue;
      if (partyOfTitle(ctx, end, suffix, info)) continue;
      const headStart = end - suffix.length;
      const company = info.cls === 'company' || info.cls === 'branch';
      // A company's union or party body (…联合有限公司工会): the company found just before is its start.
      const owner = info.cls === 'union' || info.cls === 'party' ? companies.get(headStart) : undefined;
      // A suffix glued to what follows: before a title it names the body the title belongs to
      // (…联合工会|主席), unless a company precedes it, whose title it is (…有限公司工会主席 is the
      // company's); before a predicate only a company's own union is read (…有限公司工会|组织).
      // A railway section's union before a title is the union's (…车务段工会|主席, as 段工会主席 is),
      // as a named union's is; a company's or project's title stays theirs.
      if (glued.has(end) && t.end !== end && (ctx.lex.predicateVerbs.has(text.slice(end, t.end)) ? !owner : !!owner && !/段$/.test(owner.name))) continue;
      if (owner) {
        out.push(candidate('org.suffix', 'organisation', owner.start, end, owner.name + suffix, { dropped: owner.dropped, cls: info.cls }));
        break;
      }
      let walk = walkNameStart(ctx, headStart, { placeEnds, maxLen: 22, chainPlaces: company, allowVerbs: company });
      // A unit is named on its own after the body it belongs to (…工务段 + 鹿寨线路车间).
      if (info.cls === 'unit') walk = unitStart(ctx, walk);
      // 政府 alone names a government after a division of the gazetteer (正安县政府), not 印度政府.
      if (suffix === '政府' && !walk.place?.place) continue;
      const mod = text.slice(walk.start, headStart);
      // 项目部党工委, 公司工会: a bare head before the suffix refers to a body named elsewhere; it
      // names none (nor does a shorter suffix: 项目部党工|委).
      if (index.suffixes.get(mod)) break;
      // 全国铁路总工会, 全国律师协会: a national body of a trade is named by 全国 as by a place.
      const national = /^全国[^各]{2,}/.test(mod) && (info.cls === 'union' || info.cls === 'association');
      if (!mod || (BAD_START.test(mod) && !national) || index.suffixes.get(mod + suffix)) continue;
      if (stands === 'named' && !fullAfterPlace(walk, headStart)) continue;
      if (departmentOfTitle(ctx, end, suffix, walk)) continue;
      // 内蒙古自治区中西部, 浙江省东北部: a part of a region named by directions, not a ministry.
      if (suffix === '部' && walk.place && /^[东南西北中]{1,2}$/.test(text.slice(walk.place.end, headStart))) continue;
      // 南昌站: a station named by its place alone is a site (place.site), not an office.
      const before = ctx.tokens[ctx.tokenEndingAt[headStart]];
      if (suffix === '站' && before?.tag === 'ns' && walk.start === before.start) continue;
      if (commonUnitWord(ctx, t, walk, headStart, end)) continue;
      const evidence: Evidence = {
        walk,
        mod,
        specific: walk.words.some((w) => (SPECIFIC_TAG.test(w.tag) && !lex.genericWords.has(w.word)) || isNumberedUnit(ctx, w)),
        nonGeneric: walk.words.some((w) => !lex.genericWords.has(w.word) && w.tag !== 'm'),
        quantified: QUANTIFIED.test(text.slice(Math.max(0, walk.start - 8), walk.start)),
      };
      if (!national && !accepts(evidence, info)) continue;
      // The company stays a mention inside the name of the plant joined to it (the plant is part of it).
      if (plantOf) plantOf.nestable = true;
      const name = stripQuotes(nameWithout(text, walk.start, end, walk.dropped));
      out.push(candidate('org.suffix', 'organisation', walk.start, end, name, { dropped: walk.dropped, cls: info.cls }));
      if (company) companies.set(end, out[out.length - 1]);
      break;
    }
  }
  return out;
}

/** Organisations named by a suffix; known organisations before it anchor the name like a place (国务院残疾人工作协调委员会). */
export const suffixOrgRules: Recogniser = {
  emits: ['org.suffix'],
  run: (ctx, env) => {
    const anchors = [...env.ofType('place'), ...env.ofType('organisation').filter((o) => o.end - o.start >= 3)];
    return findSuffixed(ctx, env.idx.orgs, placeEndMap(anchors));
  },
};
