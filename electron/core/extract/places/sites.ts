import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { NameStart } from '../name-walk';
import { placeEndMap, walkNameStart } from '../name-walk';
import type { Recogniser } from '../rules/recogniser';
import type { Token } from '../segmenter';
import { suffixIndexOf } from '../suffix-index';

/** Words that describe a site rather than name it: 主要/b, 大型/b, 省内/s, 当地/s. */
const DESCRIPTIVE_TAG = /^(b|s)$/;
/** Words for the town or the district at large before a site's own name (县城西城广场). */
const AREA_WORD = /^(县城|市区|城区|城里|城内|省内|市内|县内|区内|境内|本地|当地|全市|全县|全区|全省)$/;

/**
 * A site's name starts after the words that describe it (内河主要|港口: no name left) and after a
 * word for the area at large (县城|西城广场).
 */
function descriptionCut(ctx: Ctx, walk: NameStart): NameStart {
  if (walk.place) return walk;
  // Words run from the suffix backwards: the furthest describing word from the start ends the cut.
  const k = walk.words.findIndex((w) => DESCRIPTIVE_TAG.test(w.tag) || AREA_WORD.test(w.word));
  if (k < 0) return walk;
  const words = walk.words.slice(0, k);
  return { ...walk, words, start: k > 0 ? words[k - 1].start : walk.words[k].end };
}

/** One word made of a division's name (full or short) and a zone suffix: 某市高新区, 某某经济技术开发区. */
function zoneWord(ctx: Ctx, t: Token, zone: string): boolean {
  const stem = t.word.slice(0, t.word.length - zone.length);
  if (t.word.length <= zone.length || stem.length < 2) return false;
  return ctx.gaz.byName.has(stem) || ctx.gaz.byShort.has(stem);
}

/**
 * Named sites (places): a proper name before a site suffix (森铁文化园, 人民大会堂), or a place
 * and a word that is not generic before a two-character suffix (佳木斯森林公园).
 */
function findSites(ctx: Ctx, placeEnds: Map<number, Candidate>): Candidate[] {
  const { text, tokens, lex } = ctx;
  const out: Candidate[] = [];
  const sites = suffixIndexOf(lex.siteSuffixes);
  const zones = suffixIndexOf(lex.zoneSuffixes);
  for (const t of tokens) {
    // 北京经济技术开发区/nt: the segmenter keeps a zone whole as one word; its place is its name.
    const whole = zones.longestAt(text, t.end, 9);
    if (whole && zoneWord(ctx, t, whole)) {
      out.push(candidate('place.site', 'place', t.start, t.end, t.word));
      continue;
    }
    let suffix = sites.longestAt(text, t.end, Math.min(5, t.word.length));
    // A zone's suffix may be cut into words (合作/区, 科技/城): it must start a word.
    if (!suffix) {
      const zone = zones.longestAt(text, t.end, 9);
      if (zone && isBoundary(ctx, t.end - zone.length)) suffix = zone;
    }
    if (!suffix) continue;
    const headStart = t.end - suffix.length;
    const walk = descriptionCut(ctx, walkNameStart(ctx, headStart, { placeEnds, maxLen: 8, chainPlaces: false }));
    const mod = text.slice(walk.start, headStart);
    if (mod.length < 2 || /^[各该本每此这那其某]/.test(mod)) continue;
    // A proper name jieba tags as a place but the gazetteer does not know (南山) is specific too.
    const specific = walk.words.some((w) => (/^(x|nz|nr|nrfg|nrt|eng|j)$/.test(w.tag) || (w.tag === 'ns' && !placeEnds.has(w.end))) && !lex.genericWords.has(w.word));
    const nonGeneric = walk.words.some((w) => !lex.genericWords.has(w.word));
    // A zone is named after its place (东阿县经济开发区): the place alone is name enough, and it stays.
    const zone = lex.zoneSuffixes.has(suffix);
    if (zone && walk.place) {
      // 唐山市曹妃甸工业区: a proper name of its own after a division named in full starts the zone.
      const own = /[省市县区州旗]$/.test(walk.place.name) && text.slice(walk.place.start, walk.place.end) === walk.place.name && specific;
      const start = own ? walk.place.end : walk.start;
      // 高铁站前4标: works before the station (站前工程), no station.
      if (suffix.endsWith('站') && text[t.end] === '前') continue;
      // A station is a unit where staff work (convention 3 of 2026-12-05), not a place.
      const station = suffix.endsWith('站');
      out.push(candidate(station ? 'org.station' : 'place.site', station ? 'organisation' : 'place', start, t.end, text.slice(start, t.end)));
      // A site after the zone (重庆两江新区 + 鱼复工业园) starts after it, as after a division named in full.
      if (!station && !placeEnds.has(t.end)) placeEnds.set(t.end, out[out.length - 1]);
      continue;
    }
    // A city's short form keeps its place in the site's name (义乌国际商贸城): the site starts after
    // a place only when the text names that place in full.
    const inFull = !!walk.place && text.slice(walk.place.start, walk.place.end) === walk.place.name;
    // A place's short form opening the name (闵行|体育公园) is the site's proper part, like a brand.
    const shortOpens = !!walk.place && !inFull && walk.place.start === walk.start && suffix.length >= 2;
    // A site named after the zone it stands in (…西海岸新区|体育中心): the zone is its proper part.
    const afterZone = !!walk.place && !walk.place.place && walk.place.end === headStart && suffix.length >= 2;
    if (!(specific || shortOpens || afterZone || (walk.place && nonGeneric && suffix.length >= 2))) continue;
    // A chain 桦南县森铁文化园 is two places: the site starts after a place named in full.
    // A short form right after the full name (崖州区崖州中心渔港) is part of the site's own name.
    const repeated = !!walk.place && placeEnds.has(walk.place.start) && text.slice(walk.place.start, walk.place.end) !== walk.place.name;
    // After a zone (no division), only a name of its own starts a site: 两江新区|鱼复工业园, but 西海岸新区体育中心.
    const ownName = !!walk.place && (!!walk.place.place || headStart - walk.place.end >= 2);
    const start = walk.place && /[省市县区州镇乡旗]$/.test(walk.place.name) && walk.place.end < headStart && !repeated && inFull && ownName ? walk.place.end : walk.start;
    if (headStart - start < 2) continue;
    out.push(candidate('place.site', 'place', start, t.end, text.slice(start, t.end)));
  }
  return out;
}

/** A railway station named by its city alone (南昌站, 长沙南站): the word before 站 is a place name; the station is a unit. */
const STATION = /^[东南西北]?站$/;

function findStations(ctx: Ctx): Candidate[] {
  const out: Candidate[] = [];
  const { tokens, text } = ctx;
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    const prev = tokens[k - 1];
    if (!STATION.test(t.word) || prev.end !== t.start || prev.tag !== 'ns' || prev.word.length < 2 || prev.word.length > 4) continue;
    // The station ends the phrase (南昌站出站口 is still the station; 南昌站点 is not a station).
    if (!isBoundary(ctx, t.end)) continue;
    out.push(candidate('org.station', 'organisation', prev.start, t.end, text.slice(prev.start, t.end)));
  }
  return out;
}

/** Named sites after the places: a site's name may start after a place (桦南县森铁文化园). */
export const siteRules: Recogniser = {
  emits: ['place.site', 'org.station'],
  run: (ctx, env) => [...findSites(ctx, placeEndMap(env.ofType('place'))), ...findStations(ctx)],
};
