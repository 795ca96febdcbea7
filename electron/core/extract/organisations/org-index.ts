import { DictMatcher } from '../dict-matcher';
import type { AppLexicons, OrgSuffix } from '../lexicons';
import { SuffixIndex } from '../suffix-index';

/** Known organisations and the suffix list, built once per lexicon set. */
export interface OrgIndex {
  known: DictMatcher<string>;
  suffixes: DictMatcher<OrgSuffix>;
  /** Suffix strings by their last character, longest first. */
  suffixesByLast: Map<string, string[]>;
  /** The suffixes that are not weak, by their last character. */
  strongSuffixes: SuffixIndex;
}

const cache = new WeakMap<AppLexicons, OrgIndex>();

/** Builds (once per lexicon set) the matchers of known organisations and institutional suffixes. */
export function buildOrgIndex(lex: AppLexicons): OrgIndex {
  const hit = cache.get(lex);
  if (hit) return hit;
  const known = new DictMatcher<string>();
  for (const e of lex.organisations) {
    known.add(e.name, e.name);
    for (const a of e.aliases) known.add(a, e.name);
  }
  const suffixes = new DictMatcher<OrgSuffix>();
  const suffixesByLast = new Map<string, string[]>();
  for (const [s, info] of lex.orgSuffixes) {
    suffixes.add(s, info);
    const list = suffixesByLast.get(s[s.length - 1]) ?? [];
    list.push(s);
    suffixesByLast.set(s[s.length - 1], list);
  }
  for (const list of suffixesByLast.values()) list.sort((a, b) => b.length - a.length);
  const strongSuffixes = new SuffixIndex([...lex.orgSuffixes].filter(([, info]) => !info.weak).map(([s]) => s));
  const index = { known, suffixes, suffixesByLast, strongSuffixes };
  cache.set(lex, index);
  return index;
}
