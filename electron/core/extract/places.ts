import { isBreak, isHan } from './chars';
import type { Candidate, Ctx } from './context';
import { isBoundary } from './context';
import type { GazPlace } from './gazetteer';
import { findAbbreviations } from './place-abbreviations';
import type { PlaceIndex, PlaceSense } from './place-index';

/** Characters that make a preceding place name part of a road or site name (广州路, 北京街). */
const ROAD_AFTER = /^(路|街|大街|大道|巷|胡同|弄|里|道|桥|站|口|号|广场|公园)/;
/** Tags of everyday words: a city's short form that is one (大同, 长治) needs context. */
const COMMON_TAG = /^(n|v|vn|a|ad|an|d|m|q|r|p|c|u|f|t|l|i)$/;
const ADMIN_END = /[省市县区州镇乡旗盟]$/;
const LOCAL_SUFFIXES = ['社区', '村', '嘎查', '屯', '居委会', '镇', '乡', '街道'];

/** True when the place name at [start, end) stands on word boundaries of its own. */
function aligned(ctx: Ctx, start: number, end: number): boolean {
  const { text } = ctx;
  const left = isBoundary(ctx, start) || !isHan(text[start - 1]) || ADMIN_END.test(text[start - 1]);
  const right = isBoundary(ctx, end) || !isHan(text[end]);
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
    const lens = isHan(text[i]) ? index.lengths.get(text[i]) : undefined;
    if (!lens) continue;
    for (const len of lens) {
      if (i + len > text.length) continue;
      const s = text.slice(i, i + len);
      const senses = index.senses.get(s);
      if (!senses) continue;
      const end = i + len;
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
            if (places[0].level === 'province' || (places[0].level === 'city' && !COMMON_TAG.test(ctx.seg.wordTag(s) ?? ''))) {
              out.push(gazCandidate(i, end, places[0], 55, 'short', amb));
            }
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
  out.push(...findLocalPlaces(ctx), ...findAbbreviations(ctx, index));
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
      while (j >= 0 && t.start - tokens[j].start < 3 && isNameWord(ctx, j)) j--;
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
  const sure = context.filter(Boolean);
  for (const m of mentions) {
    if (m.type !== 'place' || !m.place || m.code) continue;
    const options = optionsOf(ctx, m);
    const inContext = options.filter((p) => sure.some((q) => q !== p && (ctx.gaz.contains(q, p) || ctx.gaz.contains(p, q))));
    const pick = inContext.length ? inContext[0] : options.length > 1 && options[0].level !== options[1].level ? options[0] : null;
    if (pick) {
      m.place = pick;
      m.name = pick.name;
      m.code = pick.code;
    } else if (options.every((p) => p.name === options[0].name)) {
      m.place = undefined;
    }
  }
}

function optionsOf(ctx: Ctx, m: Candidate): GazPlace[] {
  const surface = ctx.text.slice(m.start, m.end);
  const places = ctx.gaz.byName.get(surface) ?? ctx.gaz.byShort.get(surface) ?? ctx.gaz.townShort.get(surface) ?? [];
  return m.rule === 'townShort' ? ctx.gaz.townShort.get(surface) ?? places : places.filter((p) => (m.rule === 'town' ? p.level === 'town' : p.level !== 'town'));
}
