import { isHanAt } from '../chars';
import type { Candidate, Ctx } from '../context';
import { isBoundary } from '../context';
import { DictMatcher } from '../dict-matcher';
import type { Recogniser } from '../rules/recogniser';
import type { RuleInfo } from '../rules/table';
import { RULES } from '../rules/table';
import { dictionaryWord } from './checks';
import { followScore, looksLikeName, person, surnameAt } from './names';

/** Found by a rule strong enough to vouch for the name elsewhere. */
const isStrong = (c: Candidate): boolean => !!(RULES[c.rule] as RuleInfo).strong;

/** Names listed with a person (王霞光、李长云; 张孝华、张友香父子) are people too. */
function listMates(ctx: Ctx, found: readonly Candidate[]): Candidate[] {
  const { text, lex } = ctx;
  const out: Candidate[] = [];
  const seen = new Set(found.map((c) => `${c.start}:${c.end}`));
  const consider = (start: number, end: number): void => {
    const s = text.slice(start, end);
    if (seen.has(`${start}:${end}`)) return;
    const chinese = looksLikeName(ctx, s) && s.length <= 3 && !dictionaryWord(ctx, s) && !surnameAt(ctx, start)?.rare;
    const foreign = s.length >= 2 && s.length <= 8 && [...s].every((ch) => lex.foreignNameChars.has(ch) || ch === '·');
    if (chinese || foreign) {
      seen.add(`${start}:${end}`);
      out.push(person(start, end, s, 'person.list'));
    }
  };
  for (const c of found) {
    if (!isStrong(c)) continue;
    // The item after: 、NAME then a separator, a cue or the end.
    if (text[c.end] === '、') {
      const s = c.end + 1;
      let e = s;
      while (e < text.length && isHanAt(text, e) && e - s < 8) e++;
      for (let k = Math.min(e, s + 3); k >= s + 2; k--) if (followScore(ctx, k) >= 2) { consider(s, k); break; }
    }
    // The item before: NAME、 right before this one.
    if (text[c.start - 1] === '、') {
      const e = c.start - 1;
      let s = e;
      while (s > 0 && isHanAt(text, s - 1) && e - s < 8) s--;
      for (let k = Math.max(s, e - 3); k <= e - 2; k++) if (k === 0 || !isHanAt(text, k - 1) || isBoundary(ctx, k)) { consider(k, e); break; }
    }
  }
  return out;
}

/** Every other occurrence of a name that a strong rule found, where it stands on its own. */
function propagate(ctx: Ctx, found: readonly Candidate[]): Candidate[] {
  const { text } = ctx;
  const names = new DictMatcher<string>();
  for (const c of found) if (isStrong(c) && c.name.length >= 2) names.add(c.name, c.name);
  if (!names.size) return [];
  const spans = new Set(found.map((c) => c.start * 65536 + (c.end - c.start)));
  const out: Candidate[] = [];
  for (let i = 0; i < text.length; i++) {
    for (const { end, value: name } of names.matchesAt(text, i)) {
      if (spans.has(i * 65536 + (end - i))) continue;
      const left = i === 0 || !isHanAt(text, i - 1) || isBoundary(ctx, i);
      if (left && followScore(ctx, end) >= 2) out.push(person(i, end, name, 'person.propagated'));
    }
  }
  return out;
}

/** Names listed with a person found so far. */
export const listRules: Recogniser = { emits: ['person.list'], run: (ctx, env) => listMates(ctx, env.ofType('person')) };

/** Other occurrences of the names strong rules found. */
export const propagateRules: Recogniser = { emits: ['person.propagated'], run: (ctx, env) => propagate(ctx, env.ofType('person')) };
