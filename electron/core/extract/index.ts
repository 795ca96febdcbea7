import type { EntityMention, ExtractResult, RelationMention } from '../../shared/types';
import type { Candidate } from './context';
import { makeCtx } from './context';
import { dropProgramPlaces, linkHonorifics, mergeOrganisationForms, mergeProgramForms, mergeProgramVariants, resolveShortReferences } from './coref';
import { loadGazetteer } from './gazetteer';
import { loadAppLexicons } from './lexicons';
import { locatedIn } from './located-in';
import { buildOrgIndex, findOrganisations, placeEndMap } from './organisations';
import { buildPeopleIndex, findPeople } from './people';
import { buildPlaceIndex } from './place-index';
import { disambiguatePlaces, findPlaces } from './places';
import { findQuotedNames, findSuffixPrograms } from './programs';
import { extractRelations } from './relations';
import { createSegmenter } from './segmenter';
import { selectMentions } from './select';
import { splitSentences } from './sentences';
import { findSites } from './sites';
import { combineOrganisations } from './combine';
import { compileUserLexicon, findUserEntries } from './user-lexicon';
import type { UserLexicon } from './user-lexicon';

export type { UserLexicon } from './user-lexicon';

/** Bumped whenever the extractor's output for the same text may change. */
export const EXTRACTOR_VERSION = '1.1.0';

/** Finds the entities and relations of one article's text. */
export interface Extractor {
  extract(text: string): ExtractResult;
}

export interface ExtractorOptions {
  /** Names the user added, renamed or merged (found first), and names the user deleted (never emitted). */
  userLexicon?: UserLexicon;
  /** Folder of the app's lexicons (default: the project's `data/lexicons`). */
  lexiconDir?: string;
}

/**
 * Builds an extractor: loads the app's lexicons, the gazetteer (once per process) and jieba with
 * their names as user words. Each `extract(text)` handles one article's text.
 */
export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const lex = loadAppLexicons(opts.lexiconDir);
  const gaz = loadGazetteer();
  const placeIndex = buildPlaceIndex(lex, gaz);
  const orgIndex = buildOrgIndex(lex);
  const peopleIndex = buildPeopleIndex(lex);
  const user = compileUserLexicon(opts.userLexicon);
  const seg = createSegmenter(segmenterWords(gaz, lex, user.words()));
  const titles = [...lex.titles];

  return {
    extract(text: string): ExtractResult {
      if (typeof text !== 'string' || !text.trim()) return { entities: [], relations: [] };
      const ctx = makeCtx(text, lex, gaz, seg);
      const places = [...findPlaces(ctx, placeIndex)];
      const placeEnds = placeEndMap(places);
      places.push(...findSites(ctx, placeEnds));
      const placeStarts = new Set(places.map((p) => p.start));
      const orgs = findOrganisations(ctx, orgIndex, places);
      const programs = [...findQuotedNames(ctx, orgIndex, placeStarts), ...findSuffixPrograms(ctx, placeEnds)];
      const named = [...orgs, ...programs];
      const all: Candidate[] = [
        ...findUserEntries(ctx, user),
        ...places,
        ...named,
        ...combineOrganisations(ctx, named),
        ...findPeople(ctx, peopleIndex),
      ];
      markNestedPlaces(all);
      const placeContext = places.filter((p) => p.code && p.place).map((p) => p.place!);
      disambiguatePlaces(ctx, places, placeContext);
      const selected = selectMentions(text.length, all);
      const mentions = [...selected, ...resolveShortReferences(ctx, selected)];
      mergeProgramVariants(mentions);
      mergeProgramForms(ctx, mentions);
      mergeOrganisationForms(ctx, mentions, places);
      linkHonorifics(mentions);
      dropProgramPlaces(mentions, places);
      const kept = mentions
        .filter((m) => !user.isBlocked(m.type, m.name, text.slice(m.start, m.end)))
        .sort((a, b) => a.start - b.start || b.end - a.end);
      const entities: EntityMention[] = kept.map((m) => {
        const e: EntityMention = { type: m.type, name: m.name, surface: text.slice(m.start, m.end), start: m.start, end: m.end };
        if (m.type === 'place' && m.code) e.code = m.code;
        return e;
      });
      const keptNames = new Set(kept.map((m) => `${m.type}:${m.name}`));
      const sentences = splitSentences(text);
      const relations: RelationMention[] = [
        ...extractRelations(text, entities, { titles, sentences }),
        ...locatedIn(ctx, kept, places, sentences).filter(
          (r) => keptNames.has(`${r.sourceType}:${r.source}`) || r.sourceType === 'place',
        ),
      ].filter((r) => !user.isBlocked(r.sourceType, r.source, r.source) && !user.isBlocked(r.targetType, r.target, r.target));
      return { entities, relations };
    },
  };
}

/** Places inside a parenthesised list within a longer name may stand as mentions of their own. */
function markNestedPlaces(all: Candidate[]): void {
  for (const host of all) {
    for (const [a, b] of host.dropped ?? []) {
      for (const c of all) if (c.type === 'place' && c.start > a && c.end < b) c.nestable = true;
    }
  }
}

function* segmenterWords(
  gaz: ReturnType<typeof loadGazetteer>,
  lex: ReturnType<typeof loadAppLexicons>,
  userWords: Array<[string, string]>,
): Iterable<[string, string]> {
  for (const name of gaz.byName.keys()) yield [name, 'ns'];
  for (const list of [lex.countries, lex.regions, lex.worldCities]) {
    for (const e of list) for (const n of [e.name, ...e.aliases]) yield [n, 'ns'];
  }
  for (const e of lex.organisations) if (e.name.length >= 4) yield [e.name, 'nt'];
  yield* userWords;
}
