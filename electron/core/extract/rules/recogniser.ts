import type { EntityType } from '../../../shared/types';
import type { Budget } from '../budget';
import type { Candidate, Ctx } from '../context';
import type { OrgIndex } from '../organisations/org-index';
import type { PeopleIndex } from '../people/people-index';
import type { PlaceIndex } from '../places/place-index';
import type { CompiledUserLexicon } from '../user-lexicon';
import type { RuleName } from './table';
import { RULES } from './table';

/** The matchers the recognisers share, built once per extractor. */
export interface Indexes {
  places: PlaceIndex;
  orgs: OrgIndex;
  people: PeopleIndex;
  user: CompiledUserLexicon;
}

/** What a recogniser sees besides the text: the indexes, and what earlier recognisers found. */
export interface RuleEnv {
  idx: Indexes;
  /** Candidates of the recognisers that ran before, in their order (disabled rules left out). */
  found: readonly Candidate[];
  /** Candidates found so far of one type. */
  ofType(type: EntityType): Candidate[];
  /** False for a rule the extractor was told to leave out. */
  enabled(rule: RuleName): boolean;
}

/**
 * A recogniser: one unit of code that finds candidates for the rules it names. Each rule's
 * priority comes from the rule table; a disabled rule's candidates are dropped before later
 * recognisers see them.
 */
export interface Recogniser {
  /** Rules whose candidates it emits (the names of extract/rules/table.ts). */
  emits: readonly RuleName[];
  run(ctx: Ctx, env: RuleEnv): Candidate[];
}

/** True when `name` is a dictionary word of another kind than a name (解忧, 特别). */
function plainWord(ctx: Ctx, name: string): boolean {
  const tag = ctx.seg.wordTag(name);
  return tag !== null && !/^(nr|x|ns|nz|nt|j|eng)/.test(tag);
}

const active = new WeakMap<readonly Recogniser[], WeakMap<ReadonlySet<string>, Recogniser[]>>();

/** The recognisers with a rule not disabled, in order (worked out once per list and set, not per text). */
function activeRecognisers(recognisers: readonly Recogniser[], disabled: ReadonlySet<string>): Recogniser[] {
  let bySet = active.get(recognisers);
  if (!bySet) active.set(recognisers, (bySet = new WeakMap()));
  let list = bySet.get(disabled);
  if (!list) bySet.set(disabled, (list = recognisers.filter((r) => !r.emits.every((rule) => disabled.has(rule)))));
  return list;
}

/**
 * Runs the recognisers in order over one text and returns every candidate, in order. A person
 * found by a rule not marked `wordOk` is dropped when the name is an everyday word. The budget
 * is checked before each recogniser.
 */
export function runRecognisers(ctx: Ctx, idx: Indexes, recognisers: readonly Recogniser[], disabled: ReadonlySet<string>, budget?: Budget): Candidate[] {
  const found: Candidate[] = [];
  const enabled = (rule: RuleName): boolean => !disabled.has(rule);
  const env: RuleEnv = {
    idx,
    found,
    ofType: (type) => found.filter((c) => c.type === type),
    enabled,
  };
  for (const r of activeRecognisers(recognisers, disabled)) {
    budget?.check();
    for (const c of r.run(ctx, env)) {
      if (disabled.has(c.rule)) continue;
      const info = RULES[c.rule];
      if (c.type === 'person' && !('wordOk' in info && info.wordOk) && !c.protect && plainWord(ctx, c.name)) continue;
      found.push(c);
    }
  }
  return found;
}
