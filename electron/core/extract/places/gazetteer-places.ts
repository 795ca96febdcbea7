import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { candidate, isBoundary } from '../context';
import type { GazPlace } from '../gazetteer';
import type { Recogniser } from '../rules/recogniser';
import type { RuleName } from '../rules/table';
import type { PlaceIndex, PlaceSense } from './place-index';

/** Characters that make a preceding place name part of a road or site name (广州路, 北京街). */
const ROAD_AFTER = /^(路|街|大街|大道|巷|胡同|弄|里|道|桥|站|口|号|广场|公园)/;
/** Tags of function words: a short form tagged so is no place without context. */
const PLAIN_TAG = /^(m|q|r|p|c|u|f|y|e|o)$/;
const ADMIN_END = /[省市县区州镇乡旗盟]$/;

/** What every reading of a place starting at `i` needs on its left (see aligned and softAligned). */
function mayStartPlace(ctx: Ctx, i: number): boolean {
  const { text } = ctx;
  return isBoundary(ctx, i) || !isHanAt(text, i - 1) || ADMIN_END.test(text[i - 1]) || ctx.tokens[ctx.tokenAt[i]]?.tag === 'x';
}

/** True when the place name at [start, end) stands on word boundaries of its own. */
function aligned(ctx: Ctx, start: number, end: number): boolean {
  const { text } = ctx;
  const left = isBoundary(ctx, start) || !isHanAt(text, start - 1) || ADMIN_END.test(text[start - 1]);
  // 贵州籍: a native-place suffix glued to the name.
  const right = isBoundary(ctx, end) || !isHanAt(text, end) || (text[end] === '籍' && isBoundary(ctx, end + 1));
  return left && right;
}

/** Looser: a name with its administrative suffix may sit inside an unknown-word token. */
function softAligned(ctx: Ctx, start: number, end: number): boolean {
  if (aligned(ctx, start, end)) return true;
  const t = ctx.tokens[ctx.tokenAt[start]];
  const u = ctx.tokens[ctx.tokenAt[end - 1]];
  const leftOk = isBoundary(ctx, start) || !isHanAt(ctx.text, start - 1) || t?.tag === 'x' || ADMIN_END.test(ctx.text[start - 1]);
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

/** A place candidate for a division of the gazetteer (no code when the reading is ambiguous). */
export function gazCandidate(start: number, end: number, place: GazPlace, rule: RuleName, ambiguous: boolean): Candidate {
  return candidate(rule, 'place', start, end, place.name, { code: ambiguous ? undefined : place.code, place });
}

/**
 * Place mentions from the gazetteer and the lexicons: full names, short forms (深圳), typos
 * (黑龙省), towns with their suffix, countries, regions and cities abroad. Short forms of cities
 * and counties that jieba does not know as places, and towns named without their suffix, need
 * the place itself or a place around it named in the same text.
 */
function findPlaces(ctx: Ctx, index: PlaceIndex, enabled: (rule: RuleName) => boolean): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  const needContext: Array<{ start: number; end: number; sense: PlaceSense }> = [];
  const generic: Array<{ start: number; end: number; sense: PlaceSense }> = [];
  for (let i = 0; i < text.length; i++) {
    // No entry starts with this character: most offsets end here, before the alignment tests.
    if (!index.senses.mayStartAt(text, i) || !isHanAt(text, i) || !mayStartPlace(ctx, i)) continue;
    for (const { end, key: s, value: senses } of index.senses.matchesAt(text, i)) {
      for (const sense of senses) {
        const places = sense.places ?? [];
        const amb = places.length > 1;
        switch (sense.kind) {
          case 'full':
          case 'typo':
          case 'town':
            if (!softAligned(ctx, i, end)) break;
            // 城区, 矿区, 小城镇: a division named by an everyday word needs the division it belongs to.
            if (sense.kind !== 'typo' && ctx.lex.ambiguousPlaces.has(s)) generic.push({ start: i, end, sense });
            else out.push(gazCandidate(i, end, places[0], sense.kind === 'full' ? 'place.full' : sense.kind === 'town' ? 'place.town' : 'place.typo', amb));
            break;
          case 'short':
            if (!aligned(ctx, i, end) || ROAD_AFTER.test(text.slice(end, end + 2))) break;
            if (standsAlone(ctx, s, places[0])) out.push(gazCandidate(i, end, places[0], 'place.short', amb));
            else needContext.push({ start: i, end, sense });
            break;
          case 'townShort':
            if (aligned(ctx, i, end) && !ROAD_AFTER.test(text.slice(end, end + 2))) needContext.push({ start: i, end, sense });
            break;
          case 'named':
            // Country and region names are distinctive: they may open a longer word (中国政府).
            if ((aligned(ctx, i, end) || (isBoundary(ctx, i) && end - i >= 2 && !ADMIN_END.test(text[end]))) && !ROAD_AFTER.test(text.slice(end, end + 2))) {
              out.push(candidate('place.named', 'place', i, end, sense.name ?? s, { code: sense.code }));
            }
            break;
        }
      }
    }
  }
  const context = new Set(out.flatMap((c) => (c.place && c.code && enabled(c.rule) ? [c.place] : [])));
  const parents = new Set([...context].map((q) => q.parent));
  for (const { start, end, sense } of needContext) {
    const s = text.slice(start, end);
    const tag = ctx.seg.wordTag(s);
    const plainWord = tag !== null && tag !== 'ns';
    // The place itself named in full, or (for a name that is no common word) its parent or a child.
    const places = (sense.places ?? []).filter(
      (p) =>
        context.has(p) ||
        (!plainWord && p.parent !== null && context.has(p.parent)) ||
        (!plainWord && sense.kind === 'short' && parents.has(p)),
    );
    if (places.length) out.push(gazCandidate(start, end, places[0], sense.kind === 'townShort' ? 'place.town-context' : 'place.short-context', places.length > 1));
  }
  for (const { start, end, sense } of generic) {
    const places = (sense.places ?? []).filter((p) => p.parent !== null && context.has(p.parent));
    if (places.length) out.push(gazCandidate(start, end, places[0], sense.kind === 'town' ? 'place.town' : 'place.full', places.length > 1));
  }
  return out.filter((c) => !issuesLaw(text, c));
}

/** 《中华人民共和国劳动合同法》: the state issuing a law is part of the law's title, not a place mention. */
export function issuesLaw(text: string, c: Candidate): boolean {
  if (text[c.start - 1] !== '《') return false;
  const close = text.indexOf('》', c.end);
  return close > c.end && close - c.end <= 30 && /(法|条例|办法|规定|细则)$/.test(text.slice(c.end, close));
}

/** Places from the gazetteer and the lexicons: full names, short forms, typos, towns, countries. */
export const gazetteerRules: Recogniser = {
  emits: ['place.full', 'place.typo', 'place.named', 'place.town', 'place.short', 'place.short-context', 'place.town-context'],
  run: (ctx, env) => findPlaces(ctx, env.idx.places, env.enabled),
};
