import { findLexiconDir, loadSurnames, readLexiconRows } from '../lexicon';

/** A named thing with its other names (countries, regions, organisations). */
export interface NamedEntry {
  name: string;
  aliases: string[];
  code?: string;
}

export type OrgSuffixClass =
  | 'company'
  | 'union'
  | 'gov'
  | 'court'
  | 'school'
  | 'health'
  | 'association'
  | 'team'
  | 'culture'
  | 'media'
  | 'party'
  | 'branch'
  | 'unit'
  | 'home';

export interface OrgSuffix {
  cls: OrgSuffixClass;
  /** One-character or very common suffix: needs a place or proper name before it. */
  weak: boolean;
}

export type ProgramSuffixKind = 'strong' | 'quoted' | 'inner' | 'descriptor';

/** The app's own lexicons, read from `data/lexicons/` (see its README). */
export interface AppLexicons {
  surnames: Map<string, { rare: boolean }>;
  /** Titles before or after a name (秘书长夏海燕): cues of the people recogniser and role words. */
  titles: Set<string>;
  /** Rows of titles.txt marked `role`: role words for relations only, never a cue before a name. */
  roleTitles: Set<string>;
  honorifics: Set<string>;
  /** Honorifics that stand for the one person of the text with that surname (李师傅 → 李卫国). */
  linkedHonorifics: Set<string>;
  speechVerbs: Set<string>;
  bylineRoles: Set<string>;
  orgSuffixes: Map<string, OrgSuffix>;
  unionAbbreviations: Map<string, string>;
  programSuffixes: Map<string, ProgramSuffixKind>;
  /** Program suffixes marked `proper`: an unquoted name ending in one needs a place, a distinctive word or a number. */
  programProperSuffixes: Set<string>;
  siteSuffixes: Set<string>;
  /** Site suffixes marked `zone`: a zone keeps the place it is named after (东阿县经济开发区), and a place before it is name enough. */
  zoneSuffixes: Set<string>;
  shortReferences: Set<string>;
  genericWords: Set<string>;
  predicateVerbs: Set<string>;
  ambiguousPlaces: Set<string>;
  countries: NamedEntry[];
  regions: NamedEntry[];
  worldCities: NamedEntry[];
  provinceAbbreviations: Map<string, string>;
  organisations: NamedEntry[];
  people: NamedEntry[];
  foreignNameChars: Set<string>;
}

const cache = new Map<string, AppLexicons>();

const named = (rows: string[][][]): NamedEntry[] =>
  rows.map((cols) => ({ name: cols[0][0], aliases: cols[1] ?? [], code: cols[2]?.[0] }));

/** Loads (once per folder) the app's lexicons. */
export function loadAppLexicons(dir: string = findLexiconDir()): AppLexicons {
  const hit = cache.get(dir);
  if (hit) return hit;
  const rows = (file: string): string[][][] => readLexiconRows(dir, file);
  const firsts = (file: string): Set<string> => new Set(rows(file).map((cols) => cols[0][0]));

  const surnames = new Map(loadSurnames(dir));

  const orgSuffixes = new Map<string, OrgSuffix>();
  for (const cols of rows('org-suffixes.txt')) {
    orgSuffixes.set(cols[0][0], { cls: cols[1][0] as OrgSuffixClass, weak: cols[2]?.[0] === 'weak' });
  }
  const programSuffixes = new Map<string, ProgramSuffixKind>();
  for (const cols of rows('program-suffixes.txt')) programSuffixes.set(cols[0][0], cols[1][0] as ProgramSuffixKind);

  const unionAbbreviations = new Map<string, string>();
  for (const cols of rows('union-abbreviations.txt')) unionAbbreviations.set(cols[0][0], cols[1][0]);

  const provinceAbbreviations = new Map<string, string>();
  for (const cols of rows('province-abbreviations.txt')) {
    for (const abbr of cols[1] ?? []) provinceAbbreviations.set(abbr, cols[0][0]);
  }
  const foreignNameChars = new Set<string>();
  for (const cols of rows('foreign-name-chars.txt')) for (const ch of cols[0][0]) foreignNameChars.add(ch);

  const lex: AppLexicons = {
    surnames,
    titles: new Set(rows('titles.txt').filter((cols) => cols[1]?.[0] !== 'role').map((cols) => cols[0][0])),
    roleTitles: new Set(rows('titles.txt').filter((cols) => cols[1]?.[0] === 'role').map((cols) => cols[0][0])),
    honorifics: firsts('honorifics.txt'),
    linkedHonorifics: new Set(rows('honorifics.txt').filter((cols) => cols[1]?.[0] === 'linked').map((cols) => cols[0][0])),
    speechVerbs: firsts('speech-verbs.txt'),
    bylineRoles: firsts('byline-roles.txt'),
    orgSuffixes,
    unionAbbreviations,
    programSuffixes,
    programProperSuffixes: new Set(rows('program-suffixes.txt').filter((cols) => cols[2]?.[0] === 'proper').map((cols) => cols[0][0])),
    siteSuffixes: firsts('site-suffixes.txt'),
    zoneSuffixes: new Set(rows('site-suffixes.txt').filter((cols) => cols[1]?.[0] === 'zone').map((cols) => cols[0][0])),
    shortReferences: firsts('short-references.txt'),
    genericWords: firsts('generic-words.txt'),
    predicateVerbs: firsts('predicate-verbs.txt'),
    ambiguousPlaces: firsts('ambiguous-places.txt'),
    countries: named(rows('countries.txt')),
    regions: named(rows('regions.txt')),
    worldCities: named(rows('world-cities.txt')),
    provinceAbbreviations,
    organisations: named(rows('organisations.txt')),
    people: named(rows('people.txt')),
    foreignNameChars,
  };
  cache.set(dir, lex);
  return lex;
}
