import { isBreak, isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import type { GazPlace } from './gazetteer';
import { findAbbreviations } from './place-abbreviations';
import type { PlaceIndex, PlaceSense } from './place-index';

/** Characters that make a preceding place name part of a road or site name (广州路, 北京街). */
const ROAD_AFTER = /^(路|街|大街|大道|巷|胡同|弄|里|道|桥|站|口|号|广场|公园)/;
/** Tags of function words: a short form tagged so is no place without context. */
const PLAIN_TAG = /^(m|q|r|p|c|u|f|y|e|o)$/;
const ADMIN_END = /[省市县区州镇乡旗盟]$/;
const LOCAL_SUFFIXES = ['社区', '村', '嘎查', '屯', '居委会', '镇', '乡', '街道'];

/** True when the place name at [start, end) stands on word boundaries of its own. */
function aligned(ctx: Ctx, start: number, end: number): boolean {
  const { text } = ctx;
  const left = isBoundary(ctx, start) || !isHan(text[start - 1]) || ADMIN_END.test(text[start - 1]);
  // 贵州籍: a native-place suffix glued to the name.
  const right = isBoundary(ctx, end) || !isHan(text[end]) || (text[end] === '籍' && isBoundary(ctx, end + 1));
  return left && right;
}

/** Looser: a name with its administrative suffix may sit inside an unknown-word token. */
function softAligned(ctx: Ctx, start: number, end: number): boolean {
  if (aligned(ctx, start, end)) return true;
  const t = ctx.tokens[ctx.tokenAt[start]];
  const u = ctx.tokens[ctx.tokenAt[end - 1]];
  const leftOk = isBoundary(ctx, start) || !isHan(ctx.text[start - 1]) || t?.tag === 'x' || ADMIN_END.test(ctx.text[start - 1]);
  const rightOk = isBoundary(ctx, end) || u?.tag === 'x' || ctx.tokenStartingAt[end] >= 0;
  return leftOk && rightOk;
}

/**
 * Short forms of provinces, cities and county-level cities stand on their own, unless they are
 * everyday words (大同, 日照); those of districts and counties need context.
 */
function standsAlone(ctx: Ctx, s: string, place: GazPlace): boolean {
  const prominent = place.level === 'province' || place.level === 'city' || (place.level === 'county' && place.name.endsWith('市'));
  return prominent && !ctx.lex.ambiguousPlaces.has(s) && !PLAIN_TAG.test(ctx.seg.wordTag(s) ?? '');
}

function gazCandidate(start: number, end: number, place: GazPlace, priority: number, rule: string, ambiguous: boolean): Candidate {
  return { type: 'place', start, end, name: place.name, code: ambiguous ? undefined : place.code, place, priority, rule };
}

/**
 * Place mentions from the gazetteer and the lexicons: full names, short forms (深圳), typos
 * (黑龙省), towns with their suffix, countries, regions and cities abroad. Short forms of cities
 * and counties that jieba does not know as places, and towns named without their suffix, need
 * the place itself or a place around it named in the same text.
 */
export function findPlaces(ctx: Ctx, index: PlaceIndex): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const needContext: Array<{ start: number; end: number; sense: PlaceSense }> = [];
  for (let i = 0; i < text.length; i++) {
    if (!isHan(text[i])) continue;
    for (const { end, key: s, value: senses } of index.senses.matchesAt(text, i)) {
      for (const sense of senses) {
        const places = sense.places ?? [];
        const amb = places.length > 1;
        switch (sense.kind) {
          case 'full':
          case 'typo':
            if (softAligned(ctx, i, end)) out.push(gazCandidate(i, end, places[0], sense.kind === 'full' ? 60 : 58, sense.kind, amb));
            break;
          case 'town':
            if (softAligned(ctx, i, end)) out.push(gazCandidate(i, end, places[0], 57, 'town', amb));
            break;
          case 'short':
            if (!aligned(ctx, i, end) || ROAD_AFTER.test(text.slice(end, end + 2))) break;
            if (standsAlone(ctx, s, places[0])) out.push(gazCandidate(i, end, places[0], 55, 'short', amb));
            else needContext.push({ start: i, end, sense });
            break;
          case 'townShort':
            if (aligned(ctx, i, end) && !ROAD_AFTER.test(text.slice(end, end + 2))) needContext.push({ start: i, end, sense });
            break;
          case 'named':
            // Country and region names are distinctive: they may open a longer word (中国政府).
            if ((aligned(ctx, i, end) || (isBoundary(ctx, i) && end - i >= 2 && !ADMIN_END.test(text[end]))) && !ROAD_AFTER.test(text.slice(end, end + 2))) {
              out.push({ type: 'place', start: i, end, name: sense.name ?? s, code: sense.code, priority: 58, rule: 'named' });
            }
            break;
        }
      }
    }
  }
  const context = new Set(out.flatMap((c) => (c.place && c.code ? [c.place] : [])));
  for (const { start, end, sense } of needContext) {
    const s = text.slice(start, end);
    const tag = ctx.seg.wordTag(s);
    const plainWord = tag !== null && tag !== 'ns';
    // The place itself named in full, or (for a name that is no common word) its parent or a child.
    const places = (sense.places ?? []).filter(
      (p) =>
        context.has(p) ||
        (!plainWord && p.parent !== null && context.has(p.parent)) ||
        (!plainWord && sense.kind === 'short' && [...context].some((q) => q.parent === p)),
    );
    if (places.length) out.push(gazCandidate(start, end, places[0], sense.kind === 'townShort' ? 50 : 54, sense.kind, places.length > 1));
  }
  out.push(...splitPlaceChains(ctx, index, out), ...findLocalPlaces(ctx), ...findAbbreviations(ctx, index));
  return out.filter((c) => !issuesLaw(text, c));
}

/** 《中华人民共和国劳动合同法》: the state issuing a law is part of the law's title, not a place mention. */
function issuesLaw(text: string, c: Candidate): boolean {
  if (text[c.start - 1] !== '《') return false;
  const close = text.indexOf('》', c.end);
  return close > c.end && close - c.end <= 30 && /(法|条例|办法|规定|细则)$/.test(text.slice(c.end, close));
}

/** Two short forms run together into one word (甘肃兰州): each is a place when the second lies in the first. */
function splitPlaceChains(ctx: Ctx, index: PlaceIndex, found: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(ctx.text.length + 1);
  for (const c of found) for (let k = c.start; k < c.end; k++) covered[k] = 1;
  const admin = (s: string): GazPlace[] =>
    (index.senses.get(s) ?? []).flatMap((sense) => (sense.kind === 'full' || sense.kind === 'short' ? sense.places ?? [] : []));
  for (const t of ctx.tokens) {
    if (t.tag !== 'ns' || t.word.length < 4 || t.word.length > 8) continue;
    if (covered[t.start] && covered[t.end - 1]) continue;
    for (let k = 2; k <= t.word.length - 2; k++) {
      const left = admin(t.word.slice(0, k));
      const right = admin(t.word.slice(k));
      const pair = left.flatMap((a) => right.filter((b) => ctx.gaz.contains(a, b)).map((b) => [a, b] as const))[0];
      if (!pair) continue;
      out.push(gazCandidate(t.start, t.start + k, pair[0], 55, 'split', false), gazCandidate(t.start + k, t.end, pair[1], 55, 'split', false));
      break;
    }
  }
  return out;
}

/**
 * Communities, villages and towns the gazetteer does not list, named with their suffix:
 * 红星社区, 新桥村. The name is the one or two words right before the suffix.
 */
function findLocalPlaces(ctx: Ctx): Candidate[] {
  const { text, tokens } = ctx;
  const out: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k];
    let suffix = LOCAL_SUFFIXES.find((s) => t.word === s);
    let nameStart = -1;
    if (suffix) {
      let j = k - 1;
      while (j >= 0 && t.start - tokens[j].start <= 4 && isNameWord(ctx, j)) j--;
      nameStart = tokens[j + 1]?.start ?? -1;
      if (j + 1 >= k) nameStart = -1;
    } else if (t.tag === 'x' && t.word.length >= 3) {
      suffix = LOCAL_SUFFIXES.find((s) => t.word.endsWith(s));
      if (suffix) nameStart = t.start;
    }
    if (!suffix || nameStart < 0) continue;
    const name = text.slice(nameStart, t.end);
    const stem = name.slice(0, name.length - suffix.length);
    if (stem.length < 2 || stem.length > 4 || ctx.lex.genericWords.has(stem) || /[一二三四五六七八九十百千0-9各本全该每]/.test(stem[0])) continue;
    out.push({ type: 'place', start: nameStart, end: t.end, name, priority: 45, rule: 'local' });
  }
  return out;
}

function isNameWord(ctx: Ctx, j: number): boolean {
  const t = ctx.tokens[j];
  if (isBreak(t.word[0]) || !isHan(t.word[0])) return false;
  if (/[省市县区州镇乡旗村]$/.test(t.word) && t.word.length > 1) return false;
  return /^(n|nz|ns|nr|x|nrt|nt|ng|j|a|vn|b)$/.test(t.tag);
}

/** Picks, for each ambiguous place mention, the division that other places in the text surround. */
export function disambiguatePlaces(ctx: Ctx, mentions: Candidate[], context: GazPlace[]): void {
  const sure = [...new Set(context)];
  for (const m of mentions) {
    if (m.type !== 'place' || !m.place || m.code) continue;
    const options = optionsOf(ctx, m);
    // The reading whose nearest surrounding (or contained) place is named: a county beats a province.
    let pick: GazPlace | null = null;
    let best = -1;
    for (const p of options) {
      let score = -1;
      for (const q of sure) {
        // The division itself named in full elsewhere in the text (岳阳市 for 岳阳) wins.
        if (q === p) score = Math.max(score, 10);
        if (q === p) continue;
        if (ctx.gaz.contains(q, p)) score = Math.max(score, LEVEL_DEPTH[q.level]);
        else if (ctx.gaz.contains(p, q)) score = Math.max(score, LEVEL_DEPTH[p.level]);
      }
      if (score > best) {
        best = score;
        pick = p;
      }
    }
    if (best < 0) pick = options.length > 1 && options[0].level !== options[1].level ? options[0] : null;
    if (pick) {
      m.place = pick;
      m.name = pick.name;
      m.code = pick.code;
    } else if (options.every((p) => p.name === options[0].name)) {
      m.place = undefined;
    }
  }
}

const LEVEL_DEPTH: Record<string, number> = { province: 0, city: 1, county: 2, town: 3 };

function optionsOf(ctx: Ctx, m: Candidate): GazPlace[] {
  const surface = ctx.text.slice(m.start, m.end);
  const places = ctx.gaz.byName.get(surface) ?? ctx.gaz.byShort.get(surface) ?? ctx.gaz.townShort.get(surface) ?? [];
  return m.rule === 'townShort' ? ctx.gaz.townShort.get(surface) ?? places : places.filter((p) => (m.rule === 'town' ? p.level === 'town' : p.level !== 'town'));
}
