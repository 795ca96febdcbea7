import { DictMatcher } from '../dict-matcher';
import type { AppLexicons } from '../lexicons';

/** Titles, speech verbs, honorifics and byline roles as matchers, built once per lexicon set. */
export interface PeopleIndex {
  known: DictMatcher<string>;
  titles: DictMatcher<true>;
  after: DictMatcher<true>;
  roles: DictMatcher<true>;
}

const cache = new WeakMap<AppLexicons, PeopleIndex>();

/** Builds (once per lexicon set) the matchers of known people, titles, cues and byline credits. */
export function buildPeopleIndex(lex: AppLexicons): PeopleIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const titles = new DictMatcher<true>();
  for (const t of lex.titles) titles.add(t, true);
  const after = new DictMatcher<true>();
  for (const t of [...lex.titles, ...lex.speechVerbs]) after.add(t, true);
  const roles = new DictMatcher<true>();
  for (const r of lex.bylineRoles) if (r.length > 1) roles.add(r, true);
  const known = new DictMatcher<string>();
  for (const e of lex.people) for (const n of [e.name, ...e.aliases]) known.add(n, e.name);
  const index = { known, titles, after, roles };
  cache.set(lex, index);
  return index;
}
