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
export function locatedIn(ctx: Ctx, mentions: Candidate[], places: Candidate[], sentences: SentenceSpan[]): RelationMention[] {
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
  const named = new Set(mentions.filter((m) => m.type === 'place').map((m) => m.name));
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
    if (m.place && m.code) {
      // The nearest ancestor that the text names as a place of its own: an ancestor it does not
      // name would be a node with no mention (广州 gives no 广东省 unless the text says 广东省).
      for (let p = m.place.parent; p; p = p.parent) {
        if (!named.has(p.name)) continue;
        add(m.name, 'place', p.name, m.start, 'gazetteer');
        break;
      }
    }
  }
  for (const m of sorted) {
    if ((m.type !== 'organisation' && m.type !== 'program') || m.rule.startsWith('ref')) continue;
    // The longest place at each start inside the name.
    const near: Candidate[] = [];
    for (let k = m.start; k < m.end; k++) near.push(...(placesAt.get(k) ?? []));
    const inside = near
      .filter((p) => p.end <= m.end && (p.code || !p.place) && p.rule !== 'place.local' && p.rule !== 'place.site')
      .sort((a, b) => a.start - b.start || b.end - a.end)
      .filter((p, k, list) => k === 0 || list[k - 1].start !== p.start);
    if (!inside.length) continue;
    // The place the name starts with, or the last of a leading chain, or one in parentheses.
    let chosen: Candidate | undefined;
    if (inside[0].start === m.start) {
      chosen = inside[0];
      for (const p of inside.slice(1)) {
        if (p.start !== chosen.end || !p.place || (chosen.place && !ctx.gaz.contains(chosen.place, p.place))) continue;
        // A chain inside a name (十堰市郧阳区总工会, 信阳市光山县…大赛) says where the second place is.
        if (chosen.place) add(p.name, 'place', chosen.name, m.start, 'chain');
        chosen = p;
      }
    } else {
      chosen = inside.find((p) => /[(（]/.test(ctx.text[p.start - 1] ?? ''));
    }
    // Only towards a place the text also names on its own: otherwise the place exists only inside the name.
    if (chosen && m.type === 'organisation' && named.has(chosen.name)) add(m.name, 'organisation', chosen.name, m.start, 'name');
  }
  return [...out.values()];
}
