import type { Candidate, Ctx } from '../context';
import type { GazPlace } from '../gazetteer';
import type { Recogniser } from '../rules/recogniser';
import { gazCandidate, issuesLaw } from './gazetteer-places';
import type { PlaceIndex } from './place-index';

/** Two short forms run together into one word (甘肃兰州): each is a place when the second lies in the first. */
function splitPlaceChains(ctx: Ctx, index: PlaceIndex, found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const covered = new Uint8Array(ctx.text.length + 1);
  for (const c of found) for (let k = c.start; k < c.end; k++) covered[k] = 1;
  const admin = (s: string): GazPlace[] =>
    (index.senses.get(s) ?? []).flatMap((sense) => (sense.kind === 'full' || sense.kind === 'short' ? sense.places ?? [] : []));
  for (const t of ctx.tokens) {
    if (t.tag !== 'ns' || t.word.length < 4 || t.word.length > 8) continue;
    if (covered[t.start] && covered[t.end - 1]) continue;
    for (let k = 2; k <= t.word.length - 2; k++) {
      const left = admin(t.word.slice(0, k));
      const right = admin(t.word.slice(k));
      const pair = left.flatMap((a) => right.filter((b) => ctx.gaz.contains(a, b)).map((b) => [a, b] as const))[0];
      if (!pair) continue;
      out.push(gazCandidate(t.start, t.start + k, pair[0], 'place.split', false), gazCandidate(t.start + k, t.end, pair[1], 'place.split', false));
      break;
    }
  }
  return out;
}

/** Place chains the segmenter keeps as one word (甘肃兰州), split where no place was found. */
export const chainRules: Recogniser = {
  emits: ['place.split'],
  run: (ctx, env) => splitPlaceChains(ctx, env.idx.places, env.ofType('place')).filter((c) => !issuesLaw(ctx.text, c)),
};
