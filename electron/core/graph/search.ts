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
  return text.replace(FOLDABLE, fold);
}

/** Characters that fold: full-width ASCII forms, the ideographic space, Latin capitals. */
const FOLDABLE = /[\uff01-\uff5e\u3000A-Z]/g;

function fold(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c === 0x3000) return ' ';
  const half = c >= 0xff01 ? c - 0xfee0 : c;
  return String.fromCharCode(half >= 0x41 && half <= 0x5a ? half + 0x20 : half);
}

/** Finds one search term in a text: a plain substring, or a pattern when the term has width or case variants. */
interface Matcher {
  length: number;
  /** How many times it occurs (not overlapping), without keeping where. */
  count(text: string): number;
  /** Start offsets of every occurrence (not overlapping). */
  all(text: string): number[];
}

const hex = (c: number): string => `\\u${c.toString(16).padStart(4, '0')}`;

/** The forms of one (folded) character that match it: half- and full-width, both cases. */
function variants(c: number): number[] {
  if (c === 0x20) return [0x20, 0x3000];
  if (c < 0x21 || c > 0x7e) return [c];
  const forms = [c, c + 0xfee0];
  if (c >= 0x61 && c <= 0x7a) forms.push(c - 0x20, c - 0x20 + 0xfee0);
  return forms;
}

function matcherOf(term: string): Matcher {
  const folded = foldText(term);
  const plain = [...folded].every((ch) => variants(ch.charCodeAt(0)).length === 1);
  if (plain) {
    return {
      length: folded.length,
      count: (text) => {
        let n = 0;
        for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + folded.length)) n++;
        return n;
      },
      all: (text) => {
        const out: number[] = [];
        for (let at = text.indexOf(folded); at >= 0; at = text.indexOf(folded, at + folded.length)) out.push(at);
        return out;
      },
    };
  }
  let source = '';
  for (let i = 0; i < folded.length; i++) source += `[${variants(folded.charCodeAt(i)).map(hex).join('')}]`;
  const once = new RegExp(source);
  const every = new RegExp(source, 'g');
  return {
    length: folded.length,
    count: (text) => {
      if (!once.test(text)) return 0;
      let n = 0;
      every.lastIndex = 0;
      while (every.exec(text)) n++;
      return n;
    },
    all: (text) => {
      const out: number[] = [];
      every.lastIndex = 0;
      for (let m = every.exec(text); m; m = every.exec(text)) out.push(m.index);
      return out;
    },
  };
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
 * the article text). No index: a Chinese term is a plain substring scan (V8's `indexOf`), a term
 * with width or case variants one pattern; `npm run bench` measures it at 30,000 articles.
 */
export function searchArticles(articles: readonly Article[], query: string, limit = 50): { total: number; hits: ArticleSearchHit[] } {
  const terms = [...new Set(foldText(query).split(/\s+/).filter(Boolean))].map(matcherOf);
  if (terms.length === 0) return { total: 0, hits: [] };
  // Count first (no positions kept); positions only for the articles shown.
  const matches: Array<{ i: number; count: number }> = [];
  for (let i = 0; i < articles.length; i++) {
    const text = articles[i].text;
    let count = 0;
    for (const t of terms) {
      const n = t.count(text);
      if (n === 0) {
        count = 0;
        break;
      }
      count += n;
    }
    if (count > 0) matches.push({ i, count });
  }
  matches.sort((a, b) => {
    const da = articles[a.i].date ?? '';
    const db = articles[b.i].date ?? '';
    return b.count - a.count || (da < db ? 1 : da > db ? -1 : 0) || (articles[a.i].id < articles[b.i].id ? -1 : 1);
  });
  const shown = matches.slice(0, Math.max(0, Math.min(MAX_SEARCH_LIMIT, Math.floor(limit))));
  return {
    total: matches.length,
    hits: shown.map(({ i, count }) => {
      const a = articles[i];
      const found = terms.flatMap((t) => t.all(a.text).map((start) => ({ start, end: start + t.length })));
      found.sort((x, y) => x.start - y.start || y.end - x.end);
      return { article: a.id, title: a.title, date: a.date, hits: count, snippets: snippetsOf(a.text, found) };
    }),
  };
}
