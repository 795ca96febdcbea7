import type { Article, ArticleSearchHit } from '../../shared/types';

/** Snippets per hit article, and characters shown around a hit. */
const SNIPPETS = 3;
const CONTEXT = 30;
/** Most hit articles returned. */
export const MAX_SEARCH_LIMIT = 500;

/**
 * Folds a text for matching without changing its length (offsets stay valid): full-width ASCII
 * forms and the ideographic space become their half-width forms, Latin letters lower case.
 */
export function foldText(text: string): string {
  let out = '';
  let changed = false;
  const codes: number[] = new Array(text.length);
  for (let i = 0; i < text.length; i++) {
    let c = text.charCodeAt(i);
    if (c >= 0xff01 && c <= 0xff5e) c -= 0xfee0;
    else if (c === 0x3000) c = 0x20;
    if (c >= 0x41 && c <= 0x5a) c += 0x20;
    if (c !== text.charCodeAt(i)) changed = true;
    codes[i] = c;
  }
  if (!changed) return text;
  for (let i = 0; i < codes.length; i += 8192) out += String.fromCharCode(...codes.slice(i, i + 8192));
  return out;
}

/** The folded texts of an article set, built once per set (and per growth of it). */
interface SearchIndex {
  count: number;
  folded: string[];
}

const indexes = new WeakMap<readonly Article[], SearchIndex>();

function indexOf(articles: readonly Article[]): SearchIndex {
  let index = indexes.get(articles);
  if (!index || index.count !== articles.length) {
    index = { count: articles.length, folded: articles.map((a) => foldText(a.text)) };
    indexes.set(articles, index);
  }
  return index;
}

/** Start offsets of every occurrence of `term` in `text` (not overlapping). */
function occurrences(text: string, term: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(term); at >= 0; at = text.indexOf(term, at + term.length)) out.push(at);
  return out;
}

function snippetsOf(text: string, hits: Array<{ start: number; end: number }>): ArticleSearchHit['snippets'] {
  const snippets: ArticleSearchHit['snippets'] = [];
  for (const hit of hits) {
    const last = snippets[snippets.length - 1];
    if (last && hit.start < last.start + last.text.length) {
      // Within the previous snippet's window: widen it to hold this hit too.
      const end = Math.min(text.length, Math.max(last.start + last.text.length, hit.end + CONTEXT));
      last.text = text.slice(last.start, end);
      last.ranges.push({ start: hit.start - last.start, end: hit.end - last.start });
      continue;
    }
    if (snippets.length === SNIPPETS) break;
    const start = Math.max(0, hit.start - CONTEXT);
    const end = Math.min(text.length, hit.end + CONTEXT);
    snippets.push({ text: text.slice(start, end), start, ranges: [{ start: hit.start - start, end: hit.end - start }] });
  }
  return snippets;
}

/**
 * Full-text search of article titles and bodies (the title heads each article's text): every
 * whitespace-separated term must occur, as a substring, ignoring full-width/half-width forms and
 * Latin case. Articles with the most hits come first (then newest, then by id); `total` counts
 * all matching articles, `hits` lists at most `limit` of them, each with up to three snippets in
 * which `ranges` mark the hits (offsets into the snippet; `start` is the snippet's offset in
 * the article text). The folded texts are built once per article set.
 */
export function searchArticles(articles: readonly Article[], query: string, limit = 50): { total: number; hits: ArticleSearchHit[] } {
  const terms = [...new Set(foldText(query).split(/\s+/).filter(Boolean))];
  if (terms.length === 0) return { total: 0, hits: [] };
  const { folded } = indexOf(articles);
  const matches: Array<{ i: number; found: Array<{ start: number; end: number }> }> = [];
  for (let i = 0; i < articles.length; i++) {
    const text = folded[i];
    if (!terms.every((t) => text.includes(t))) continue;
    const found = terms.flatMap((t) => occurrences(text, t).map((start) => ({ start, end: start + t.length })));
    matches.push({ i, found: found.sort((a, b) => a.start - b.start || b.end - a.end) });
  }
  matches.sort((a, b) => {
    const da = articles[a.i].date ?? '';
    const db = articles[b.i].date ?? '';
    return b.found.length - a.found.length || (da < db ? 1 : da > db ? -1 : 0) || (articles[a.i].id < articles[b.i].id ? -1 : 1);
  });
  const shown = matches.slice(0, Math.max(0, Math.min(MAX_SEARCH_LIMIT, Math.floor(limit))));
  return {
    total: matches.length,
    hits: shown.map(({ i, found }) => {
      const a = articles[i];
      return { article: a.id, title: a.title, date: a.date, hits: found.length, snippets: snippetsOf(a.text, found) };
    }),
  };
}
