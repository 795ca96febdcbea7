import { DictMatcher } from '../dict-matcher';
import type { Gazetteer, GazPlace } from '../gazetteer';
import type { AppLexicons } from '../lexicons';

export type PlaceSenseKind = 'full' | 'short' | 'typo' | 'town' | 'townShort' | 'named';

/** One reading of a string as a place. */
export interface PlaceSense {
  kind: PlaceSenseKind;
  /** Gazetteer divisions it may be (several when ambiguous), higher levels first. */
  places?: GazPlace[];
  /** Canonical name, for non-gazetteer places (countries, regions, cities abroad). */
  name?: string;
  code?: string;
}

/** Every place name the extractor knows, by string, with the lengths to try at each first char. */
export interface PlaceIndex {
  senses: DictMatcher<PlaceSense[]>;
  /** One-character abbreviations of countries and regions (中, 美, 欧) → canonical name. */
  countryAbbr: Map<string, string>;
  /** One-character abbreviations of provinces (京, 沪) → canonical province name. */
  provinceAbbr: Map<string, string>;
}

const cache = new WeakMap<AppLexicons, PlaceIndex>();

/** Builds (once per lexicon set) the index of place names: gazetteer, countries, regions, cities abroad. */
export function buildPlaceIndex(lex: AppLexicons, gaz: Gazetteer): PlaceIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const senses = new Map<string, PlaceSense[]>();
  const add = (s: string, sense: PlaceSense): void => {
    if (s.length < 2) return;
    const list = senses.get(s);
    if (list) list.push(sense);
    else senses.set(s, [sense]);
  };
  for (const [name, places] of gaz.byName) {
    const towns = places.filter((p) => p.level === 'town');
    const others = places.filter((p) => p.level !== 'town');
    if (others.length) add(name, { kind: 'full', places: others });
    if (towns.length) add(name, { kind: 'town', places: towns });
  }
  for (const [name, places] of gaz.byShort) add(name, { kind: 'short', places });
  for (const [name, places] of gaz.townShort) add(name, { kind: 'townShort', places });
  for (const [name, place] of gaz.typos) add(name, { kind: 'typo', places: [place] });
  const countryAbbr = new Map<string, string>();
  for (const list of [lex.countries, lex.regions, lex.worldCities]) {
    for (const e of list) {
      add(e.name, { kind: 'named', name: e.name, code: e.code });
      for (const a of e.aliases) {
        if (a.length === 1) countryAbbr.set(a, e.name);
        else add(a, { kind: 'named', name: e.name, code: e.code });
      }
    }
  }
  const matcher = new DictMatcher<PlaceSense[]>();
  for (const [s, list] of senses) matcher.add(s, list);
  const index: PlaceIndex = { senses: matcher, countryAbbr, provinceAbbr: lex.provinceAbbreviations };
  cache.set(lex, index);
  return index;
}
