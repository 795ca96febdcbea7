import { isHan, stripQuotes } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import { DictMatcher } from './dict-matcher';
import type { AppLexicons, OrgSuffix } from './lexicons';
import { nameWithout, walkNameStart } from './name-walk';

/** Known organisations and the suffix list, built once per lexicon set. */
export interface OrgIndex {
  known: DictMatcher<string>;
  suffixes: DictMatcher<OrgSuffix>;
  /** Suffix strings by their last character, longest first. */
  suffixesByLast: Map<string, string[]>;
}

const cache = new WeakMap<AppLexicons, OrgIndex>();

/** Builds (once per lexicon set) the matchers of known organisations and institutional suffixes. */
export function buildOrgIndex(lex: AppLexicons): OrgIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const known = new DictMatcher<string>();
  for (const e of lex.organisations) {
    known.add(e.name, e.name);
    for (const a of e.aliases) known.add(a, e.name);
  }
  const suffixes = new DictMatcher<OrgSuffix>();
  const suffixesByLast = new Map<string, string[]>();
  for (const [s, info] of lex.orgSuffixes) {
    suffixes.add(s, info);
    const list = suffixesByLast.get(s[s.length - 1]) ?? [];
    list.push(s);
    suffixesByLast.set(s[s.length - 1], list);
  }
  for (const list of suffixesByLast.values()) list.sort((a, b) => b.length - a.length);
  const index = { known, suffixes, suffixesByLast };
  cache.set(lex, index);
  return index;
}

/** Characters glued after a suffix by the segmenter (文化宫内, 交通运输局等): the name ends before them. */
const LOCATIVE = new Set(['内', '外', '里', '前', '旁', '等']);
/** The organs of a level named without its place (市委, 县妇联, 团县委, 村委会). */
const BARE_ORGAN = /^(?:团?[省市县区州](?:委|政府|妇联|纪委|教委|人大|政协|总工会)|村委会|村党支部)/;
const SPECIFIC_TAG = /^(x|nz|nr|nrt|nrfg|eng|nt|j|ns)$/;
const QUANTIFIED = /[0-9０-９一二三四五六七八九十百千万两几多][个家支所批类项种名位]/;
const BAD_START = /^[各该本全每此这那其某(（]/;
/** Government bodies, courts, party organs and unions are named after a place (or a proper name). */
const NEEDS_PLACE = new Set(['gov', 'court', 'party', 'union']);

/** The longest place candidate ending at each offset. */
export function placeEndMap(places: Candidate[]): Map<number, Candidate> {
  const map = new Map<number, Candidate>();
  for (const p of places) {
    const cur = map.get(p.end);
    if (!cur || p.end - p.start > cur.end - cur.start) map.set(p.end, p);
  }
  return map;
}

/**
 * Organisation mentions: known organisations, and names ending in an institutional suffix
 * (总工会, 有限公司, 人民政府, 司法所, …) whose start is found by walking back over the name's
 * words to a place (深圳市职工发展基金会) or to the first function word or predicate verb.
 */
export function findOrganisations(ctx: Ctx, index: OrgIndex, places: Candidate[]): Candidate[] {
  const { text, tokens, lex } = ctx;
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue;
    for (const m of index.known.matchesAt(text, i)) {
      const longName = m.end - i >= 4 && m.key === m.value;
      if ((isBoundary(ctx, i) || !isHan(text[i - 1])) && (isBoundary(ctx, m.end) || !isHan(text[m.end]) || (longName && m.end - i >= 5))) {
        out.push({ type: 'organisation', start: i, end: m.end, name: m.value, priority: 75, rule: 'known' });
      }
    }
  }
  // A known organisation before the suffix anchors the name like a place (国务院残疾人工作协调委员会).
  const placeEnds = placeEndMap([...places, ...out.filter((o) => o.end - o.start >= 3)]);
  const ends: number[] = [];
  for (const t of tokens) {
    ends.push(t.end);
    // 文化宫内, 医院里: the suffix ends before a locative glued to it.
    if (t.word.length > 1 && LOCATIVE.has(t.word[t.word.length - 1])) ends.push(t.end - 1);
  }
  for (const end of ends) {
    const t = tokens[ctx.tokenAt[end - 1]];
    const options = index.suffixesByLast.get(text[end - 1]);
    if (!options) continue;
    for (const suffix of options) {
      if (!text.endsWith(suffix, end)) continue;
      const info = index.suffixes.get(suffix) as OrgSuffix;
      // A one-character suffix must be a word of its own or end a longer institution word (林业局).
      if (info.weak && t.end === end) {
        const own = t.word === suffix || t.tag === 'nt' || (t.word.length >= suffix.length + 2 && /^(n|nz|x)$/.test(t.tag));
        const next = tokens[ctx.tokenStartingAt[end]];
        if (!own || (next && /^(v|p|d)/.test(next.tag) && (suffix === '所' || (next.word.length > 1 && t.word === suffix)))) continue;
        // 南山中心渔港: a site word after the suffix heads the phrase.
        if (next && lex.siteSuffixes.has(next.word)) continue;
      }
      const headStart = end - suffix.length;
      const company = info.cls === 'company' || info.cls === 'branch';
      const walk = walkNameStart(ctx, headStart, { placeEnds, maxLen: 22, chainPlaces: company, allowVerbs: company });
      // 政府 alone names a government after a division of the gazetteer (正安县政府), not 印度政府.
      if (suffix === '政府' && !walk.place?.place) continue;
      const mod = text.slice(walk.start, headStart);
      if (!mod || BAD_START.test(mod) || index.suffixes.get(mod + suffix)) continue;
      const specific = walk.words.some((w) => SPECIFIC_TAG.test(w.tag) && !lex.genericWords.has(w.word));
      const nonGeneric = walk.words.some((w) => !lex.genericWords.has(w.word) && w.tag !== 'm');
      const quantified = QUANTIFIED.test(text.slice(Math.max(0, walk.start - 8), walk.start));
      let ok: boolean;
      if (walk.place) ok = !(company && !walk.words.length && info.cls !== 'branch');
      else if (company) ok = (specific || !!walk.parenPlace) && mod.length >= 2 && !(quantified && !walk.words.some((w) => /^(x|eng|nz)$/.test(w.tag)));
      else if (info.weak || NEEDS_PLACE.has(info.cls)) ok = specific && mod.length >= 2;
      else ok = nonGeneric && mod.length >= 2 && (specific || !quantified);
      if (!ok) continue;
      const name = stripQuotes(nameWithout(text, walk.start, end, walk.dropped));
      out.push({ type: 'organisation', start: walk.start, end, name, priority: 70, rule: `suffix:${info.cls}`, dropped: walk.dropped });
      break;
    }
  }
  out.push(...findUnionAbbreviations(ctx, places, out), ...findBareOrgans(ctx, index, places, out));
  return out;
}

/** 市委, 县妇联, 团县委: an organ of the text's own place, standing alone. */
function findBareOrgans(ctx: Ctx, index: OrgIndex, places: Candidate[], orgs: Candidate[]): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const placeEnds = new Set(places.map((p) => p.end));
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch !== '团' && ch !== '省' && ch !== '市' && ch !== '县' && ch !== '区' && ch !== '州' && ch !== '村') continue;
    const m = BARE_ORGAN.exec(text.slice(i, i + 6));
    if (!m || placeEnds.has(i) || (isHan(text[i - 1]) && !isBoundary(ctx, i))) continue;
    const end = i + m[0].length;
    // 市委书记 may be one word: a title after the organ is a boundary too.
    const right = isBoundary(ctx, end) || !isHan(text[end]) || [...ctx.lex.titles].some((t) => text.startsWith(t, end));
    if (!right || index.known.matchesAt(text, i).length) continue;
    // The organ of the same level named in full nearby (区总工会 after 金水区总工会) is that one.
    const full = orgs
      .filter((o) => o.name.length > m[0].length && o.name.endsWith(m[0].replace(/^团/, '')) && o.rule !== 'bare-organ')
      .sort((a, b) => Math.abs(a.start - i) - Math.abs(b.start - i))[0];
    out.push({ type: 'organisation', start: i, end, name: full && !m[0].startsWith('团') ? full.name : m[0], priority: 60, rule: 'bare-organ' });
    i = end - 1;
  }
  return out;
}

const ADMIN_LEVEL_CHAR = /[省市县区州旗盟镇]$/;

/**
 * Union abbreviations: 平度市总 → 平度市总工会 (a place with its level suffix, then 总 standing
 * alone), and bare 省总 / 县总 → the 总工会 of the text's place of that level.
 */
function findUnionAbbreviations(ctx: Ctx, places: Candidate[], orgs: Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  if (!text.includes('工会')) return [];
  const out: Candidate[] = [];
  const standsAlone = (pos: number): boolean => {
    const k = ctx.tokenAt[pos];
    const t = ctx.tokens[k];
    if (!t) return false;
    if (t.start === pos && (t.word === '总' || t.tag === 'x')) return !text.startsWith('总工会', pos);
    return false;
  };
  for (const p of places) {
    if (text[p.end] !== '总' || !ADMIN_LEVEL_CHAR.test(text.slice(p.start, p.end))) continue;
    const abbr = lex.unionAbbreviations.get(text[p.end - 1] + '总');
    if (!abbr || !standsAlone(p.end)) continue;
    out.push({ type: 'organisation', start: p.start, end: p.end + 1, name: `${p.name}总工会`, priority: 72, rule: 'union-abbr' });
  }
  for (const [abbr, full] of lex.unionAbbreviations) {
    for (let i = text.indexOf(abbr); i >= 0; i = text.indexOf(abbr, i + 1)) {
      if (isHan(text[i - 1]) && !isBoundary(ctx, i)) continue;
      if (places.some((p) => p.end === i + 1)) continue;
      if (text.startsWith('总工会', i + 1) || !standsAlone(i + 1)) continue;
      const level = full.slice(0, 1);
      const union = [...orgs, ...out]
        .filter((o) => o.name.endsWith(`${level}总工会`) && o.rule !== 'union-bare')
        .sort((a, b) => Math.abs(a.start - i) - Math.abs(b.start - i))[0];
      const place = places
        .filter((p) => p.name.endsWith(level) && p.start < i)
        .sort((a, b) => b.start - a.start)[0];
      const name = union?.name ?? (place ? `${place.name}总工会` : null);
      if (name) out.push({ type: 'organisation', start: i, end: i + abbr.length, name, priority: 72, rule: 'union-bare' });
    }
  }
  return out;
}
