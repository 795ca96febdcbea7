import type { Candidate, Ctx } from '../context';
import type { GazPlace } from '../gazetteer';

/** Picks, for each ambiguous place mention, the division that other places in the text surround. */
export function disambiguatePlaces(ctx: Ctx, mentions: Candidate[], context: GazPlace[]): void {
  const sure = new Set(context);
  // Every division that contains a named one.
  const containing = new Set<GazPlace>();
  for (const q of sure) for (let a = q.parent; a; a = a.parent) containing.add(a);
  // The reading whose nearest surrounding (or contained) place is named: a county beats a province.
  const scoreOf = (p: GazPlace): number => {
    // The division itself named in full elsewhere in the text (岳阳市 for 岳阳) wins.
    if (sure.has(p)) return 10;
    let score = containing.has(p) ? LEVEL_DEPTH[p.level] : -1;
    for (let a = p.parent; a; a = a.parent) if (sure.has(a)) score = Math.max(score, LEVEL_DEPTH[a.level]);
    return score;
  };
  for (const m of mentions) {
    if (m.type !== 'place' || !m.place || m.code) continue;
    const options = optionsOf(ctx, m);
    let pick: GazPlace | null = null;
    let best = -1;
    for (const p of options) {
      const score = scoreOf(p);
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
  return m.rule === 'place.town-context' ? ctx.gaz.townShort.get(surface) ?? places : places.filter((p) => (m.rule === 'place.town' ? p.level === 'town' : p.level !== 'town'));
}
