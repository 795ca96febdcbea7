import type { RelationMention } from '../../shared/types';
import type { Candidate, Ctx } from './context';
import type { SentenceSpan } from './sentences';

const LEVEL: Record<string, number> = { province: 0, city: 1, county: 2, town: 3 };
const LOCAL_LEVEL = 4;

function levelOf(m: Candidate): number {
  if (m.place) return LEVEL[m.place.level];
  if (m.rule === 'place.local') return LOCAL_LEVEL;
  return -1;
}

/**
 * `located_in` relations: place → parent place (chains in the text such as 广东省深圳市, and the
 * gazetteer's nearest ancestor that the text also names), organisation → place its name starts
 * with when the text names that place on its own (深圳市总工会 → 深圳市). Inferred relations never
 * point at a place the text does not name: it would become an entity without a mention.
 * One relation per pair, with the sentence of the first mention that supports it as evidence.
 */
export function locatedIn(ctx: Ctx, mentions: Candidate[], places: Candidate[], sentences: SentenceSpan[], orgs: Candidate[] = []): RelationMention[] {
  const out = new Map<string, RelationMention>();
  const sentenceOf = (pos: number): SentenceSpan => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= pos) lo = mid + 1;
      else if (sentences[mid].start > pos) hi = mid - 1;
      else return sentences[mid];
    }
    return { start: pos, end: pos };
  };
  const placesAt = new Map<number, Candidate[]>();
  for (const p of places) {
    const list = placesAt.get(p.start) ?? [];
    list.push(p);
    placesAt.set(p.start, list);
  }
  const add = (source: string, sourceType: 'place' | 'organisation', target: string, at: number, via: string): void => {
    if (source === target) return;
    const key = `${sourceType}:${source}>${target}`;
    const prev = out.get(key);
    if (prev && !(via === 'chain' && prev.attrs?.via === 'gazetteer')) return;
    const s = sentenceOf(at);
    out.set(key, { type: 'located_in', source, sourceType, target, targetType: 'place', label: '', start: s.start, end: s.end, attrs: { via } });
  };
  const sorted = [...mentions].sort((a, b) => a.start - b.start);
  // Places the text names as places of their own (not only inside a longer name).
  // Places written only inside an organisation's name get the chain they are written in, not the gazetteer's.
  const named = new Set(mentions.filter((m) => m.type === 'place' && m.rule !== 'place.in-name').map((m) => m.name));
  for (let i = 0; i < sorted.length; i++) {
    const m = sorted[i];
    if (m.type !== 'place') continue;
    const next = sorted[i + 1];
    if (next && next.type === 'place' && next.start === m.end && next.name !== m.name) {
      const a = m.place;
      const b = next.place;
      const chained = a && b ? ctx.gaz.contains(a, b) : levelOf(m) >= 0 && levelOf(next) > levelOf(m);
      if (chained) add(next.name, 'place', m.name, next.start, 'chain');
    } else if (next && next.start === m.end && (next.type === 'organisation' || next.type === 'program') && m.place) {
      // 长沙市 + 雨花区总工会: the place a name starts with lies in the place right before it.
      const inner = (placesAt.get(next.start) ?? []).filter((p) => p.place && p.end <= next.end).sort((a, b) => b.end - a.end)[0];
      if (inner?.place && inner.name !== m.name && ctx.gaz.contains(m.place, inner.place)) add(inner.name, 'place', m.name, next.start, 'chain');
    }
    if (m.place && m.code && m.rule !== 'place.in-name') {
      // The nearest ancestor that the text names as a place of its own: an ancestor it does not
      // name would be a node with no mention (广州 gives no 广东省 unless the text says 广东省).
      for (let p = m.place.parent; p; p = p.parent) {
        if (!named.has(p.name)) continue;
        add(m.name, 'place', p.name, m.start, 'gazetteer');
        break;
      }
    }
  }
  // Organisation candidates by start, for the parents written inside a name.
  const orgsAt = new Map<number, number[]>();
  for (const o of orgs) if (o.type === 'organisation') orgsAt.set(o.start, [...(orgsAt.get(o.start) ?? []), o.end]);
  // The places written inside each organisation's name (mentions nested in it).
  const nested = sorted.filter((p) => p.type === 'place' && p.rule === 'place.in-name');
  for (const m of sorted) {
    if (m.type === 'organisation' && !m.rule.startsWith('ref')) {
      const inName = nested.filter((p) => p.start >= m.start && p.end <= m.end);
      for (const [a, b] of inName.slice(0, -1).map((p, k) => [p, inName[k + 1]])) {
        // Places written next to each other where one holds the other (长沙市雨花区, 广东顺德).
        if (b.start === a.end && a.place && b.place && ctx.gaz.contains(a.place, b.place)) add(b.name, 'place', a.name, m.start, 'chain');
      }
      for (const p of ownPlaces(ctx, m, inName, orgsAt.get(m.start) ?? [])) add(m.name, 'organisation', p.name, m.start, 'name');
      continue;
    }
    if (m.type !== 'program' || m.rule.startsWith('ref')) continue;
    // The longest place at each start inside the name.
    const near: Candidate[] = [];
    for (let k = m.start; k < m.end; k++) near.push(...(placesAt.get(k) ?? []));
    const inside = near
      .filter((p) => p.end <= m.end && (p.code || !p.place) && p.rule !== 'place.local' && p.rule !== 'place.site')
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((p, k, list) => k === 0 || list[k - 1].start !== p.start);
    // A chain a program's name starts with (信阳市光山县…大赛) says where the second place is.
    if (!inside.length || inside[0].start !== m.start) continue;
    let chosen = inside[0];
    for (const p of inside.slice(1)) {
      if (p.start !== chosen.end || !p.place || (chosen.place && !ctx.gaz.contains(chosen.place, p.place))) continue;
      if (chosen.place) add(p.name, 'place', chosen.name, m.start, 'chain');
      chosen = p;
    }
  }
  return [...out.values()];
}

/** True when `inner` lies inside `outer`: by the gazetteer, or a community, village, zone or site written after a division. */
function within(ctx: Ctx, inner: Candidate, outer: Candidate): boolean {
  if (inner.place && outer.place) return ctx.gaz.contains(outer.place, inner.place);
  return !inner.place && !!outer.place && inner.start >= outer.end;
}

/**
 * The places an organisation lies in by its name: the most specific places of its own part of the
 * name, the part after the parent organisations written before it (`…集团有限公司怀化车务段` is in
 * 怀化, not in the bureau's 广州); with no place there, the parent's part (a company's union is in
 * its company's place). Places of one part that do not hold each other are all kept (宁波舟山港).
 */
function ownPlaces(ctx: Ctx, org: Candidate, inName: Candidate[], parentEnds: number[]): Candidate[] {
  const cuts = [...new Set(parentEnds.filter((e) => e > org.start && e < org.end))].sort((a, b) => b - a);
  for (const cut of [...cuts, org.start]) {
    const part = inName.filter((p) => p.start >= cut);
    if (!part.length) continue;
    return part.filter((p) => !part.some((q) => q !== p && within(ctx, q, p)));
  }
  return [];
}
