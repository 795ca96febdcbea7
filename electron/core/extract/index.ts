import type { EntityMention, ExtractResult, RelationMention } from '../../shared/types';
import { startBudget } from './budget';
import type { Candidate } from './context';
import { makeCtx } from './context';
import { normaliseForSegmenter } from './normalise';
import { dropProgramPlaces, linkHonorifics, mergeOrganisationForms, mergeProgramForms, mergeProgramVariants, resolveShortReferences } from './coref';
import type { Gazetteer } from './gazetteer';
import { loadGazetteer } from './gazetteer';
import type { AppLexicons } from './lexicons';
import { loadAppLexicons } from './lexicons';
import { locatedIn } from './located-in';
import { namePlaces } from './name-places';
import { buildOrgIndex } from './organisations/index';
import { buildPeopleIndex } from './people/index';
import { buildPlaceIndex, disambiguatePlaces } from './places/index';
import { extractRelations } from './relations';
import type { Indexes } from './rules/recogniser';
import { runRecognisers } from './rules/recogniser';
import { RECOGNISERS } from './rules/registry';
import type { RuleName } from './rules/table';
import type { Segmenter } from './segmenter';
import { createSegmenter } from './segmenter';
import { selectMentions } from './select';
import { splitSentences } from './sentences';
import { compileUserLexicon } from './user-lexicon';
import type { UserLexicon } from './user-lexicon';

export type { UserLexicon } from './user-lexicon';
export { ExtractionBudgetExceeded } from './budget';

/** Bumped whenever the extractor's output for the same text may change. */
export const EXTRACTOR_VERSION = '1.18.0';

/** An entity mention with the rule that found it (extract/rules/table.ts). */
export type ExplainedMention = EntityMention & { rule: RuleName };

/** Finds the entities and relations of one article's text. */
export interface Extractor {
  extract(text: string): ExtractResult;
  /** The entities of `extract`, each with the rule that found it (for evaluation and tests). */
  explain(text: string): ExplainedMention[];
}

export interface ExtractorOptions {
  /** Names the user added, renamed or merged (found first), and names the user deleted (never emitted). */
  userLexicon?: UserLexicon;
  /** Folder of the app's lexicons (default: the project's `data/lexicons`). */
  lexiconDir?: string;
  /** Rules to leave out (names of extract/rules/table.ts), to measure or test the others alone. */
  disabledRules?: readonly RuleName[];
  /** Time budget of one article in milliseconds (default DEFAULT_BUDGET_MS): past it, extract throws ExtractionBudgetExceeded. */
  budgetMs?: number;
  /** The clock the budget is measured with (default performance.now). */
  clock?: () => number;
}

/** Default time budget of one article: far above what linear extraction needs for any real article. */
export const DEFAULT_BUDGET_MS = 30_000;

/**
 * Builds an extractor: loads the app's lexicons, the gazetteer (once per process) and jieba with
 * their names as user words. Each `extract(text)` handles one article's text.
 */
export function createExtractor(opts: ExtractorOptions = {}): Extractor {
  const lex = loadAppLexicons(opts.lexiconDir);
  const gaz = loadGazetteer();
  const user = compileUserLexicon(opts.userLexicon);
  const idx: Indexes = { places: buildPlaceIndex(lex, gaz), orgs: buildOrgIndex(lex), people: buildPeopleIndex(lex), user };
  const seg = segmenterFor(lex, gaz, user.words());
  const disabled = new Set<string>(opts.disabledRules ?? []);
  const titles = [...lex.titles, ...lex.roleTitles];
  const budgetMs = opts.budgetMs ?? DEFAULT_BUDGET_MS;
  const clock = opts.clock ?? (() => performance.now());

  const run = (text: string): { text: string; kept: Candidate[]; entities: EntityMention[]; relations: RelationMention[] } | null => {
    if (typeof text !== 'string' || !text.trim()) return null;
    const budget = startBudget(budgetMs, text.length, clock);
    // The rules read a copy the segmenter cannot choke on; surfaces come from the text itself.
    const ctx = makeCtx(normaliseForSegmenter(text), lex, gaz, seg);
    budget.check();
    const all = runRecognisers(ctx, idx, RECOGNISERS, disabled, budget);
    const places = all.filter((c) => c.type === 'place' && c.rule !== 'user.entry');
    markNestedPlaces(all);
    const placeContext = places.filter((p) => p.code && p.place).map((p) => p.place!);
    disambiguatePlaces(ctx, places, placeContext);
    budget.check();
    const selected = selectMentions(text.length, all);
    const refs = disabled.has('ref.short') ? [] : resolveShortReferences(ctx, selected);
    const mentions = [...selected, ...refs];
    mergeProgramVariants(mentions);
    mergeProgramForms(ctx, mentions);
    mergeOrganisationForms(ctx, mentions, places);
    linkHonorifics(ctx, mentions);
    dropProgramPlaces(mentions, places);
    if (!disabled.has('place.in-name')) mentions.push(...namePlaces(ctx, mentions, places));
    const kept = mentions
      .filter((m) => !user.isBlocked(m.type, m.name, text.slice(m.start, m.end)))
      .sort((a, b) => a.start - b.start || b.end - a.end);
    const entities = kept.map((m) => toMention(text, m));
    budget.check();
    const sentences = splitSentences(text);
    let keptNames: Set<string> | null = null;
    const relations: RelationMention[] = [
      ...extractRelations(text, entities, { titles, sentences }),
      ...locatedIn(ctx, kept, places, sentences, all).filter(
        (r) => r.sourceType === 'place' || (keptNames ??= new Set(kept.map((m) => `${m.type}:${m.name}`))).has(`${r.sourceType}:${r.source}`),
      ),
    ].filter((r) => !user.isBlocked(r.sourceType, r.source, r.source) && !user.isBlocked(r.targetType, r.target, r.target));
    budget.check();
    return { text, kept, entities, relations };
  };

  return {
    extract(text: string): ExtractResult {
      const out = run(text);
      if (!out) return { entities: [], relations: [] };
      return { entities: out.entities, relations: out.relations };
    },
    explain(text: string): ExplainedMention[] {
      const out = run(text);
      return out ? out.entities.map((e, k) => ({ ...e, rule: out.kept[k].rule })) : [];
    },
  };
}

function toMention(text: string, m: Candidate): EntityMention {
  const e: EntityMention = { type: m.type, name: m.name, surface: text.slice(m.start, m.end), start: m.start, end: m.end };
  if (m.type === 'place' && m.code) e.code = m.code;
  return e;
}

let lastSegmenter: { lex: AppLexicons; key: string; seg: Segmenter } | null = null;

/** jieba with the names as user words; an extractor with the same words (other rules disabled) shares it. */
function segmenterFor(lex: AppLexicons, gaz: Gazetteer, userWords: Array<[string, string]>): Segmenter {
  const key = JSON.stringify(userWords);
  if (lastSegmenter && lastSegmenter.lex === lex && lastSegmenter.key === key) return lastSegmenter.seg;
  const seg = createSegmenter(segmenterWords(gaz, lex, userWords));
  lastSegmenter = { lex, key, seg };
  return seg;
}

/** Places inside a parenthesised list within a longer name may stand as mentions of their own. */
function markNestedPlaces(all: Candidate[]): void {
  const ranges: Array<[number, number]> = [];
  for (const host of all) if (host.dropped) for (const r of host.dropped) ranges.push(r);
  if (!ranges.length) return;
  ranges.sort((x, y) => x[0] - y[0]);
  // The furthest end among the ranges opened so far.
  const reach: number[] = [];
  for (const [, b] of ranges) reach.push(Math.max(b, reach[reach.length - 1] ?? -1));
  for (const c of all) {
    if (c.type !== 'place') continue;
    let lo = 0;
    let hi = ranges.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ranges[mid][0] < c.start) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && reach[lo - 1] > c.end) c.nestable = true;
  }
}

function* segmenterWords(
  gaz: Gazetteer,
  lex: AppLexicons,
  userWords: Array<[string, string]>,
): Iterable<[string, string]> {
  for (const name of gaz.byName.keys()) yield [name, 'ns'];
  for (const list of [lex.countries, lex.regions, lex.worldCities]) {
    for (const e of list) for (const n of [e.name, ...e.aliases]) yield [n, 'ns'];
  }
  for (const e of lex.organisations) if (e.name.length >= 4) yield [e.name, 'nt'];
  yield* userWords;
}
