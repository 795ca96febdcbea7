import type { Candidate } from './context';

/**
 * Settles overlaps: protected candidates first (user lexicon, bylines), then longer spans, then
 * higher priority. A nestable candidate may stand inside one accepted span.
 */
export function selectMentions(length: number, candidates: Candidate[]): Candidate[] {
  const order = [...candidates].sort(
    (a, b) =>
      Number(!!b.protect) - Number(!!a.protect) ||
      b.end - b.start - (a.end - a.start) ||
      b.priority - a.priority ||
      a.start - b.start,
  );
  const owner = new Int32Array(length + 1).fill(-1);
  const nestedOwner = new Int32Array(length + 1).fill(-1);
  const accepted: Candidate[] = [];
  for (const c of order) {
    if (c.end <= c.start) continue;
    let parent = -1;
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (owner[k] < 0) continue;
      free = false;
      if (parent === -1) parent = owner[k];
      else if (parent !== owner[k]) parent = -2;
    }
    if (free) {
      for (let k = c.start; k < c.end; k++) owner[k] = accepted.length;
      accepted.push(c);
      continue;
    }
    if (!c.nestable || parent < 0) continue;
    const host = accepted[parent];
    if (host.start > c.start || host.end < c.end) continue;
    let nestedFree = true;
    for (let k = c.start; k < c.end; k++) if (nestedOwner[k] >= 0) nestedFree = false;
    if (!nestedFree) continue;
    for (let k = c.start; k < c.end; k++) nestedOwner[k] = accepted.length;
    accepted.push(c);
  }
  return accepted.sort((a, b) => a.start - b.start || b.end - a.end);
}
