import { loadSurnames } from '../lexicon';

// The surnames of data/lexicons/surnames.txt, every row (rare ones too): enough to tell a byline from a headline.
let lists: { single: Set<string>; double: string[] } | null = null;
function surnameLists(): { single: Set<string>; double: string[] } {
  if (!lists) {
    const all = [...loadSurnames().keys()];
    lists = { single: new Set(all.filter((s) => s.length === 1)), double: all.filter((s) => s.length > 1) };
  }
  return lists;
}

/** True when a 2-4 character string can be a Chinese personal name (starts with a known surname). */
export function looksLikePersonName(name: string): boolean {
  // Names of minority peoples are written with a middle dot (阿不都·热合曼); accept those as they are.
  if (/^\p{Script=Han}{1,8}[·•]\p{Script=Han}{1,8}$/u.test(name)) return true;
  if (!/^\p{Script=Han}{2,4}$/u.test(name)) return false;
  const { single, double } = surnameLists();
  if (double.some((s) => name.startsWith(s)) && name.length >= 3) return true;
  return single.has(name[0]);
}

/** True when a name starts with a compound surname (欧阳, 司马...). */
export function hasCompoundSurname(name: string): boolean {
  return surnameLists().double.some((s) => name.startsWith(s));
}
