import type { Candidate, Ctx } from '../context';
import type { GazPlace } from '../gazetteer';

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
  return m.rule === 'place.town-context' ? ctx.gaz.townShort.get(surface) ?? places : places.filter((p) => (m.rule === 'place.town' ? p.level === 'town' : p.level !== 'town'));
}
