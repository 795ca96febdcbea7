import { findLexiconDir, readLexiconRows } from './files';

/** A surname of data/lexicons/surnames.txt. */
export interface Surname {
  /** Also an everyday word or particle (于, 高, 方): a name with it needs a strong cue. */
  rare: boolean;
}

const cache = new Map<string, ReadonlyMap<string, Surname>>();

/**
 * The surnames of data/lexicons/surnames.txt (single, compound and traditional forms), read once
 * per folder. The one list both the extractor and the byline reader use.
 */
export function loadSurnames(dir: string = findLexiconDir()): ReadonlyMap<string, Surname> {
  const hit = cache.get(dir);
  if (hit) return hit;
  const surnames = new Map<string, Surname>();
  for (const cols of readLexiconRows(dir, 'surnames.txt')) surnames.set(cols[0][0], { rare: cols[1]?.[0] === 'rare' });
  cache.set(dir, surnames);
  return surnames;
}
