import type { EntityType, UserLexicon } from '../../shared/types';
import { isHanAt } from './chars';
import type { Candidate, Ctx } from './context';
import { candidate, isBoundary } from './context';
import { DictMatcher } from './dict-matcher';
import type { Recogniser } from './rules/recogniser';

export type { UserLexicon } from '../../shared/types';

/** A user lexicon ready for matching. */
export interface CompiledUserLexicon {
  matcher: DictMatcher<{ type: EntityType; name: string }>;
  isBlocked(type: EntityType, name: string, surface: string): boolean;
  words(): Array<[string, string]>;
}

const TAGS: Record<EntityType, string> = { person: 'nr', place: 'ns', organisation: 'nt', program: 'nz' };

/** Compiles the user's entries (each name and alias maps to the entry's name) and blocked names. */
export function compileUserLexicon(lexicon: UserLexicon | undefined): CompiledUserLexicon {
  const matcher = new DictMatcher<{ type: EntityType; name: string }>();
  for (const e of lexicon?.entries ?? []) {
    const name = e.name.trim();
    if (!name) continue;
    for (const s of [name, ...(e.aliases ?? [])]) matcher.add(s.trim(), { type: e.type, name });
  }
  const blocked = (lexicon?.blocked ?? []).map((b) => ({ type: b.type, name: b.name.trim() }));
  return {
    matcher,
    isBlocked: (type, name, surface) => blocked.some((b) => (!b.type || b.type === type) && (b.name === name || b.name === surface)),
    words: () => [...matcher.keys()].map((k) => [k, TAGS[matcher.get(k)?.type ?? 'program']] as [string, string]),
  };
}

/** Mentions of the user's names: taken before anything else, where they stand as words. */
export function findUserEntries(ctx: Ctx, user: CompiledUserLexicon): Candidate[] {
  const { text } = ctx;
  const out: Candidate[] = [];
  if (!user.matcher.size) return out;
  for (let i = 0; i < text.length; i++) {
    const m = user.matcher.longestAt(text, i);
    if (!m) continue;
    const left = i === 0 || !isHanAt(text, i - 1) || isBoundary(ctx, i);
    const right = m.end >= text.length || !isHanAt(text, m.end) || isBoundary(ctx, m.end);
    if (!left || !right) continue;
    out.push(candidate('user.entry', m.value.type, i, m.end, m.value.name));
    i = m.end - 1;
  }
  return out;
}

/** The user's names. */
export const userRules: Recogniser = { emits: ['user.entry'], run: (ctx, env) => findUserEntries(ctx, env.idx.user) };
